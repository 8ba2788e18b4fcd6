import { randomBytes } from "node:crypto";
import { afterAll, describe, expect, inject, it } from "vitest";
import type { Update } from "grammy/types";
import { createConfig } from "../../src/config.js";
import { assemble } from "../../src/main/assemble.js";
import { MmbcProvider } from "../../src/providers/mmbc/mmbc-provider.js";
import { startMmbcSandbox } from "../../src/sandbox/mmbc/index.js";
import { startServers } from "../../src/server/servers.js";
import { createWebhookHandler } from "../../src/server/webhook.js";
import { freePort } from "../support/redis-server.js";
import { startTelegramEmulator } from "../support/telegram/index.js";
import { captureLogger } from "../support/test-logger.js";

// The bot in webhook mode, in-process: the real webhook handler and listeners, Redis, the MMBC sandbox
// over HTTP and the Bot API emulator. The provider client waits as long as a real one may (no retries),
// so a 60 s provider answer is a slow success, as in production.
const SECRET = "webhook_secret_for_tests";
const PROVIDER_LATENCY_MS = 60_000;
const sandbox = await startMmbcSandbox();
const emulator = await startTelegramEmulator();
const { logger } = captureLogger("info");
const provider = new MmbcProvider({
  baseUrl: sandbox.baseUrl, credentials: sandbox.credentials, timeZone: "Asia/Jakarta", sandbox: true, logger,
  timeouts: { read: 120_000 }, retryDelaysMs: [],
});
const port = await freePort();
const config = createConfig({
  BOT_TOKEN: emulator.token, TELEGRAM_API_ROOT: emulator.apiRoot, REDIS_URL: inject("redisUrl"),
  BOT_MODE: "webhook", WEBHOOK_URL: `http://127.0.0.1:${port}`, WEBHOOK_SECRET: SECRET, PORT: String(port), HEALTH_INTERVAL_SECONDS: "3600",
});
const app = await assemble(config, {
  logger, botInfo: emulator.botInfo, namespace: `t${randomBytes(4).toString("hex")}`, runWorker: false,
  autoRetry: { maxRetryAttempts: 1, maxDelaySeconds: 1 },
  providers: { search: provider, byId: { mmbc: provider }, close: async () => undefined },
});
const webhook = createWebhookHandler(app.bot, { secretToken: SECRET, logger });
const servers = await startServers(config, logger, {
  registry: app.metrics.registry, checks: {}, webhook: { path: "/telegram/hook", handler: webhook },
});
afterAll(async () => {
  sandbox.controls.setLatency("ceksaldo", 0);
  await servers.close();
  await sandbox.close(); // ends provider calls still waiting out the latency
  await webhook.drain(5_000);
  await app.close();
  await provider.close();
  await emulator.close();
});

const URL_ = `http://127.0.0.1:${port}/telegram/hook`;
const post = (body: string, secret: string | null = SECRET) =>
  fetch(URL_, { method: "POST", headers: { "content-type": "application/json", ...(secret === null ? {} : { "x-telegram-bot-api-secret-token": secret }) }, body });
const balanceReplies = (chatId: number) => emulator.chatMessages(chatId).filter((m) => m.fromBot && /Saldo deposit/.test(m.text ?? ""));

describe("webhook mode with a provider that takes a minute", () => {
  it("answers Telegram at once, handles the update after the answer, exactly once, even when Telegram sends it again", async () => {
    sandbox.controls.setLatency("ceksaldo", PROVIDER_LATENCY_MS);
    const calls = sandbox.controls.callCount("ceksaldo");
    const user = { id: 96_001, first_name: "Agen", language_code: "id" };
    const update = emulator.sendText({ chat: { id: user.id, type: "private" }, from: user, text: "/saldo" });

    const started = Date.now();
    const first = await post(JSON.stringify(update));
    const answeredInMs = Date.now() - started;
    expect(first.status).toBe(200);
    // Telegram gave up on grammY's default webhook after 10 s with an HTTP 500; here the answer comes
    // after at most a few seconds (generous bound, far below the provider's minute).
    expect(answeredInMs).toBeLessThan(PROVIDER_LATENCY_MS / 2);
    expect(balanceReplies(user.id)).toHaveLength(0);
    expect(webhook.inFlight).toBe(1);

    // Telegram redelivering the same update (as it does after an error or a timeout): answered, dropped.
    const again = await post(JSON.stringify(update));
    expect(again.status).toBe(200);

    // Shutdown waits for what was accepted: when drain resolves, the update has been handled.
    await webhook.drain(PROVIDER_LATENCY_MS * 2);
    expect(webhook.inFlight).toBe(0);
    const replies = balanceReplies(user.id);
    expect(replies).toHaveLength(1);
    expect(replies[0]!.text).toContain("Saldo deposit");
    expect(sandbox.controls.callCount("ceksaldo") - calls).toBe(1);
    expect(emulator.errors.filter((e) => !e.injected)).toEqual([]);
  }, PROVIDER_LATENCY_MS * 3);

  it("refuses a wrong or missing secret, an oversized body and a body that is not an update", async () => {
    const user = { id: 96_002, first_name: "Agen" };
    const update: Update = emulator.sendText({ chat: { id: user.id, type: "private" }, from: user, text: "/help" });
    expect((await post(JSON.stringify(update), "wrong_secret_value")).status).toBe(401);
    expect((await post(JSON.stringify(update), null)).status).toBe(401);
    expect((await post(JSON.stringify({ ...update, pad: "x".repeat(2 * 1024 * 1024) }))).status).toBe(413);
    expect((await post("{not json")).status).toBe(400);
    expect((await post(JSON.stringify({ message: update.message }))).status).toBe(400);
    expect(emulator.chatMessages(user.id).filter((m) => m.fromBot)).toHaveLength(0);
    expect((await post(JSON.stringify(update))).status).toBe(200);
    expect(emulator.chatMessages(user.id).filter((m) => m.fromBot).length).toBeGreaterThan(0);
  });
});
