import { run, type RunnerHandle } from "@grammyjs/runner";
import type { Update } from "grammy/types";
import type { Logger } from "pino";
import { pathToFileURL } from "node:url";
import { publishCommands } from "./bot/commands.js";
import { createI18n } from "./bot/i18n.js";
import { configWarnings, createConfig, type Config } from "./config.js";
import { createLogger } from "./logger.js";
import { startServers } from "./server/servers.js";
import { listenError } from "./server/listen-errors.js";
import { createWebhookHandler, localWebhookPaths, webhookUrlFor, type WebhookHandler } from "./server/webhook.js";
import { handleUpdateWithBoundary, InFlight } from "./server/handle-update.js";
import { journalFetchedUpdates, startUpdateRecovery, type UpdateRecovery } from "./server/update-recovery.js";
import { DEFAULT_UPDATE_LOG_OPTIONS } from "./store/update-log.js";
import { assemble } from "./main/assemble.js";

// chat_member (sent only where the bot is an admin): a member who leaves comes off the /allow list (chat-lifecycle.ts).
// edited_message: an answer edited at an open question is told it isn't read (search/ask.ts); Telegram
// sends only the kinds listed, so without it the agent would wait for a reply that never comes.
const ALLOWED_UPDATES = ["message", "edited_message", "callback_query", "inline_query", "my_chat_member", "chat_member"] as const;

/** auto-retry waits out network errors without end; a process that can't reach Telegram at start exits instead. */
const GET_ME_DEADLINE_MS = 60_000;

function withDeadline<T>(work: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(message)), ms)));
  return Promise.race([work, deadline]).finally(() => clearTimeout(timer));
}

/**
 * The built-in sandboxes live inside the process that starts them: with ROLE=bot or ROLE=worker beside
 * other processes, each holds bookings the others can't see (a worker checking a code its own sandbox
 * never booked). A lone ROLE=bot still works on it (trying the bot without jobs), so this is said loudly
 * rather than refused.
 */
function splitSandboxWarning(config: Config): string | undefined {
  if (config.ROLE === "all") return undefined;
  const inProcess = [
    config.PROVIDER !== "tiket" && !config.MMBC_BASE_URL && "MMBC_BASE_URL (e.g. the URL `npm run sandbox` prints)",
    config.PROVIDER !== "mmbc" && !config.TIKET_BASE_URL && "TIKET_BASE_URL (e.g. the URL `npm run sandbox:tiket` prints)",
  ].filter(Boolean);
  if (inProcess.length === 0) return undefined;
  return `ROLE=${config.ROLE} on a built-in sandbox of its own: other processes (bots, workers) will not see its bookings. To share one, set ${inProcess.join(" and ")}; or run a single process with ROLE=all`;
}

/** Between sweeps of the update journal for updates a crashed process was handling (server/update-recovery.ts). */
const RECOVERY_SWEEP_MS = 10_000;

/** How long shutdown waits for updates already accepted (polled or answered 200) before closing Redis. */
const SHUTDOWN_DRAIN_MS = 25_000;

/**
 * Waits until the runner's sink holds no update (each one handled, errors included), or `timeoutMs`.
 * The runner has no promise for that, only `size()`: the number of updates still being handled.
 */
export async function drainRunner(runner: Pick<RunnerHandle, "size">, timeoutMs: number, logger: Logger, pollMs = 50): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (runner.size() > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, pollMs));
  if (runner.size() > 0) logger.warn({ inFlight: runner.size() }, "shutting down with updates still being handled");
}

async function main(): Promise<void> {
  try {
    process.loadEnvFile();
  } catch {
    // no .env file: the environment alone configures the bot
  }
  const config = createConfig(process.env);
  const logger = createLogger(config.LOG_LEVEL);
  const split = splitSandboxWarning(config);
  if (split) logger.warn(split);
  for (const warning of configWarnings(config)) logger.warn(warning);
  // The built-in sandbox listens on SANDBOX_PORT (when MMBC_BASE_URL is unset): a port in use is named.
  const app = await assemble(config, { logger }).catch((e: unknown) => {
    const listening = (e as { syscall?: string } | undefined)?.syscall === "listen";
    throw listening ? listenError(e, { port: { name: "SANDBOX_PORT", value: config.SANDBOX_PORT } }) : e;
  });
  const { bot } = app;
  const takesUpdates = config.ROLE !== "worker";
  if (takesUpdates) {
    logger.info({ apiRoot: config.TELEGRAM_API_ROOT ?? "https://api.telegram.org" }, "connecting to Telegram (getMe)");
    await withDeadline(bot.init(), GET_ME_DEADLINE_MS, "Telegram did not answer getMe in 60 s: check the network and TELEGRAM_API_ROOT");
    logger.info({ username: bot.botInfo.username, sandbox: app.deps.provider.sandbox, role: config.ROLE }, "bot ready");
    await publishCommands(bot.api, createI18n(config.DEFAULT_LOCALE), config.DEFAULT_LOCALE);
  }

  let runner: RunnerHandle | undefined;
  let recovery: UpdateRecovery | undefined;
  // Updates taken over after a crash, in polling mode (in webhook mode the endpoint tracks them).
  const recovered = new InFlight();
  const recoverCutOffUpdates = async (handle: (u: Update) => Promise<void>) => {
    recovery = await startUpdateRecovery({
      journal: app.journal, handle, logger, everyMs: RECOVERY_SWEEP_MS, claimExpiryMs: DEFAULT_UPDATE_LOG_OPTIONS.inProgressMs,
      waitOutRunning: config.BOT_MODE === "polling",
    });
  };
  const checks = { redis: () => app.redis.ping(), provider: () => app.deps.provider.balance() };
  let servers: { close(): Promise<void> } | undefined;
  let webhook: WebhookHandler | undefined;
  if (!takesUpdates) {
    servers = await startServers(config, logger, { registry: app.metrics.registry, checks });
    logger.info({ role: config.ROLE }, "worker only: not taking updates");
  } else if (config.BOT_MODE === "webhook") {
    // The path carries no secret: the secret travels in X-Telegram-Bot-Api-Secret-Token (401 otherwise).
    const path = `/telegram/${bot.botInfo.id}`;
    // Telegram gets 200 once an update is handled or after a few seconds, whichever is first; a slow
    // provider call (45–60 s) goes on after the answer, so nothing is redelivered (server/webhook.ts).
    webhook = createWebhookHandler(bot, { secretToken: config.WEBHOOK_SECRET, logger, journal: app.journal });
    // WEBHOOK_URL's own path is kept (a reverse proxy under a prefix); the endpoint answers with or without it.
    const url = webhookUrlFor(config.WEBHOOK_URL, path);
    const paths = localWebhookPaths(config.WEBHOOK_URL, path);
    const hook = webhook;
    // Before this process takes updates: what a crashed process was handling goes first.
    await recoverCutOffUpdates((u) => hook.handle(u));
    servers = await startServers(config, logger, { registry: app.metrics.registry, checks, webhook: { path: paths, handler: webhook } });
    await bot.api.setWebhook(url, { secret_token: config.WEBHOOK_SECRET, allowed_updates: ALLOWED_UPDATES });
    logger.info({ port: config.PORT, paths, url }, "webhook mode");
  } else {
    servers = await startServers(config, logger, { registry: app.metrics.registry, checks });
    await bot.api.deleteWebhook();
    const boundary = handleUpdateWithBoundary(bot, logger);
    await recoverCutOffUpdates((u) => recovered.track(boundary(u)));
    bot.api.config.use(journalFetchedUpdates(app.journal, logger));
    runner = run(bot, { runner: { fetch: { allowed_updates: ALLOWED_UPDATES } } });
    logger.info({ username: bot.botInfo.username, sandbox: app.deps.provider.sandbox }, "long polling");
  }

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "shutting down");
    recovery?.stop();
    // Polling: no more getUpdates. The runner's stop() only ends fetching; the updates it already
    // took go on in its sink (their offsets are confirmed to Telegram, so they'd be lost if cut off).
    if (runner) {
      if (runner.isRunning()) await runner.stop();
      await drainRunner(runner, SHUTDOWN_DRAIN_MS, logger);
      if (!(await recovered.drain(SHUTDOWN_DRAIN_MS))) logger.warn({ inFlight: recovered.size }, "shutting down with recovered updates still being handled");
    }
    await servers?.close();
    // Updates already answered 200 are finished before Redis closes (compose allows 30 s to stop).
    await webhook?.drain(SHUTDOWN_DRAIN_MS);
    // BullMQ's worker.close() waits for its connection: while Redis is down or reconnecting it never
    // returns, so closing has a deadline (the updates are done by now; a job's lock expires and
    // another worker takes it).
    const closed = await Promise.race([app.close().then(() => true), new Promise<false>((r) => setTimeout(() => r(false), 10_000).unref())]);
    if (!closed) logger.warn("shutdown: Redis connections did not close in 10 s; exiting anyway");
    logger.flush();
    if (!closed) process.exit(0);
  };
  process.once("SIGTERM", () => void shutdown("SIGTERM"));
  process.once("SIGINT", () => void shutdown("SIGINT"));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  main().catch((err: unknown) => {
    process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
    // Redis, the job worker or a sandbox may already hold the event loop open: a process that could
    // not start ends, so a supervisor (Docker's restart policy) sees it and can start it again.
    process.exit(1);
  });
}
