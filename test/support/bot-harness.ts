import { randomBytes } from "node:crypto";
import { inject } from "vitest";
import { assemble, type App } from "../../src/main/assemble.js";
import { createConfig } from "../../src/config.js";
import { MmbcProvider } from "../../src/providers/mmbc/mmbc-provider.js";
import { startMmbcSandbox, type MmbcSandbox } from "../../src/sandbox/mmbc/index.js";
import { startTelegramEmulator, type ChatRef, type StoredMessage, type TelegramEmulator, type UserRef } from "./telegram/index.js";
import { captureLogger } from "./test-logger.js";
import { Redis } from "ioredis";
import { CombinedProvider } from "../../src/providers/combined/combined-provider.js";
import { TiketProvider } from "../../src/providers/tiket/tiket-provider.js";
import { RedisTiketTokenStore } from "../../src/store/tiket-token-store.js";
import { startTiketSandbox, type TiketSandbox } from "../../src/sandbox/tiket/index.js";

export interface Harness {
  app: App;
  emulator: TelegramEmulator;
  sandbox: MmbcSandbox;
  /** Present when the harness runs tiket.com (PROVIDER tiket or both). */
  tiket?: TiketSandbox;
  logLines: string[];
  close(): Promise<void>;
}

export interface HarnessOptions {
  env?: Record<string, string>;
  now?: () => Date;
  namespace?: string;
  sandbox?: MmbcSandbox;
  emulator?: TelegramEmulator;
  /** Which providers the bot uses (default mmbc). */
  use?: "mmbc" | "tiket" | "both";
  /** Run the job worker in this process (default true: reminders and e-ticket delivery work as in production). */
  worker?: boolean;
  workerLateAfterMs?: number;
  /**
   * A live (non-sandbox) operator account: the same sandbox servers over HTTP, but the bot treats them
   * as real money, so the trust model applies in full (who may use and spend it).
   */
  live?: boolean;
  /**
   * MMBC client timeouts. The default is generous, so no working call fails because the machine is
   * busy; tests that inject `timeout` faults shorten the calls the fault is on.
   */
  mmbcTimeouts?: Partial<Record<"read" | "search" | "book" | "issue", number>>;
  /** How long the tiket.com adapter waits for the ticket after paying (default generous: it ends when issued). */
  tiketIssuePollMs?: number;
  /** The tiket.com sandbox to use (a proxy in front of one, say) instead of a new one; the caller closes it. */
  tiketSandbox?: TiketSandbox;
  /** The bot's own deadline for answering a held tap or an inline query (production: 8 s). */
  answerDeadlineMs?: number;
}

/** Generous: these only bound a broken call; working ones end as soon as they are answered. */
const GENEROUS_MS = 20_000;

/** The real bot (createBot via the composition root), real Redis, the MMBC sandbox over HTTP, the emulator. */
export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const emulator = options.emulator ?? (await startTelegramEmulator());
  const sandbox = options.sandbox ?? (await startMmbcSandbox({ timeZone: "Asia/Jakarta" }));
  const sandboxFlag = !options.live;
  const liveEnv = options.live ? { MMBC_BASE_URL: sandbox.baseUrl, MMBC_USERNAME: sandbox.credentials.username, MMBC_PASSWORD: sandbox.credentials.password } : {};
  const config = createConfig({
    BOT_TOKEN: emulator.token, TELEGRAM_API_ROOT: emulator.apiRoot, LOG_LEVEL: "debug", ...liveEnv, ...options.env,
    // The suite's Redis, unless the test gives a Cluster or Sentinel (test/scale).
    REDIS_URL: options.env?.REDIS_CLUSTER_NODES || options.env?.REDIS_SENTINELS ? undefined : options.env?.REDIS_URL ?? inject("redisUrl"),
  }, { testTimings: true }); // a conversation may time out in a second here
  const { logger, lines } = captureLogger("debug");
  const provider = new MmbcProvider({
    baseUrl: sandbox.baseUrl, credentials: sandbox.credentials, timeZone: config.TIMEZONE, sandbox: sandboxFlag, logger,
    timeouts: { read: GENEROUS_MS, search: GENEROUS_MS, book: GENEROUS_MS, issue: GENEROUS_MS, ...options.mmbcTimeouts },
    retryDelaysMs: [20, 50], progressiveSearch: true,
  });
  const use = options.use ?? "mmbc";
  const namespace = options.namespace ?? `t${randomBytes(4).toString("hex")}`;
  let tiket: TiketSandbox | undefined;
  let tiketProvider: TiketProvider | undefined;
  const tokenRedis = new Redis(inject("redisUrl"));
  if (use !== "mmbc") {
    tiket = options.tiketSandbox ?? (await startTiketSandbox({ issueDelayMs: 100, searchRefreshMs: 150 }));
    tiketProvider = new TiketProvider({
      baseUrl: tiket.origin, ...tiket.credentials, timeZone: config.TIMEZONE, sandbox: sandboxFlag, logger, tokens: new RedisTiketTokenStore(tokenRedis, `${namespace}:tiket:`),
      retryDelaysMs: [20, 50], timeouts: { read: GENEROUS_MS, search: GENEROUS_MS, book: GENEROUS_MS, issue: GENEROUS_MS },
      // The loops end as soon as the sandbox says the list is complete / the ticket is out.
      searchRefresh: { maxMs: GENEROUS_MS, intervalMs: 50 }, issuePoll: { maxMs: options.tiketIssuePollMs ?? GENEROUS_MS, intervalMs: 50 },
    });
  }
  const byId = { ...(use !== "tiket" ? { mmbc: provider } : {}), ...(tiketProvider ? { tiket: tiketProvider } : {}) };
  const search = use === "both" ? new CombinedProvider([provider, tiketProvider!]) : use === "tiket" ? tiketProvider! : provider;
  const app = await assemble(config, {
    logger, botInfo: emulator.botInfo, namespace, now: options.now,
    autoRetry: { maxRetryAttempts: 2, maxDelaySeconds: 2 },
    providers: { search, byId, close: async () => undefined },
    runWorker: options.worker ?? true,
    workerLateAfterMs: options.workerLateAfterMs,
    answerDeadlineMs: options.answerDeadlineMs,
  });
  return {
    app, emulator, sandbox, tiket, logLines: lines,
    close: async () => {
      await app.close();
      await provider.close();
      await tiketProvider?.close();
      if (!options.tiketSandbox) await tiket?.close();
      tokenRedis.disconnect();
      if (!options.sandbox) await sandbox.close();
      if (!options.emulator) await emulator.close();
    },
  };
}

/** An agent typing and tapping in one chat, each update run through the bot to completion. */
export class Agent {
  /** `threadId`: the forum topic (emulator.createForumTopic) this agent writes in. */
  constructor(readonly h: Harness, readonly user: UserRef, readonly chat: ChatRef, readonly threadId?: number) {}

  async say(text: string, replyToMessageId?: number): Promise<StoredMessage | undefined> {
    const update = this.h.emulator.sendText({ chat: this.chat, from: this.user, text, replyToMessageId, threadId: this.threadId });
    if (update) await this.h.app.bot.handleUpdate(update);
    return this.last();
  }

  /** In a group with privacy mode, answers must be replies: reply to the bot's newest message addressed to me. */
  async reply(text: string): Promise<StoredMessage | undefined> {
    const messages = this.h.emulator.chatMessages(this.chat.id);
    const mine = new Set(messages.filter((m) => !m.fromBot && m.from.id === this.user.id).map((m) => m.message_id));
    const prompt = messages.filter((m) => m.fromBot && m.reply_to_message_id !== undefined && mine.has(m.reply_to_message_id)).at(-1);
    if (!prompt) throw new Error(`no prompt addressed to ${this.user.first_name}:\n${this.transcript(6)}`);
    await this.say(text, prompt.message_id);
    return this.lastForMe();
  }

  /** The bot's newest message replying to one of mine (groups), or simply the newest (private). */
  lastForMe(): StoredMessage | undefined {
    if (this.chat.type === "private") return this.last();
    const messages = this.h.emulator.chatMessages(this.chat.id);
    const mine = new Set(messages.filter((m) => !m.fromBot && m.from.id === this.user.id).map((m) => m.message_id));
    return messages.filter((m) => m.fromBot && m.reply_to_message_id !== undefined && mine.has(m.reply_to_message_id)).at(-1);
  }

  /** Taps a button on the newest bot message that has it (by label substring or exact data). */
  async tap(label: string | { data: string }): Promise<StoredMessage | undefined> {
    const all = this.h.emulator.chatMessages(this.chat.id);
    const mine = new Set(all.filter((m) => !m.fromBot && m.from.id === this.user.id).map((m) => m.message_id));
    // In groups, my buttons are on messages replying to me; in private chats, on any bot message.
    const withButtons = all.filter((m) => m.fromBot && m.reply_markup);
    const addressed = withButtons.filter((m) => this.chat.type === "private" || (m.reply_to_message_id !== undefined && mine.has(m.reply_to_message_id)));
    // Mine first (a group member's flow replies to them), then any bot message (settings, cards).
    for (const m of [...addressed.reverse(), ...withButtons.reverse()]) {
      const button = m.reply_markup!.inline_keyboard.flat().find((b) =>
        typeof label === "string" ? b.text.includes(label) : "callback_data" in b && b.callback_data === label.data,
      );
      if (button && "callback_data" in button) {
        await this.h.app.bot.handleUpdate(this.h.emulator.clickButton({ chat: this.chat, from: this.user, messageId: m.message_id, data: button.callback_data }));
        return this.lastForMe();
      }
    }
    throw new Error(`no button "${JSON.stringify(label)}" in chat ${this.chat.id}:\n${this.transcript(8)}`);
  }

  last(): StoredMessage | undefined {
    return this.h.emulator.lastBotMessage(this.chat.id);
  }

  /** Waits for a document (the e-ticket arrives from the worker, not from the handler). */
  async document(fileName: string): Promise<StoredMessage> {
    return this.h.emulator.waitFor(() => this.h.emulator.chatMessages(this.chat.id).find((m) => m.document?.file_name === fileName));
  }

  /** Bot texts (and document names) since index `from`. */
  botTexts(from = 0): string[] {
    return this.h.emulator.chatMessages(this.chat.id).slice(from).filter((m) => m.fromBot).map((m) => m.text ?? m.caption ?? m.document?.file_name ?? "");
  }

  transcript(lastN = 1000): string {
    return this.h.emulator
      .chatMessages(this.chat.id)
      .slice(-lastN)
      .map((m) => `${m.fromBot ? "BOT" : "YOU"}: ${m.text ?? m.caption ?? m.document?.file_name ?? ""}${m.reply_markup ? `  [${m.reply_markup.inline_keyboard.flat().map((b) => b.text).join(" | ")}]` : ""}`)
      .join("\n");
  }
}

export function futureDate(days: number): { iso: string; wire: string } {
  const d = new Date(Date.now() + days * 86_400_000 + 7 * 3_600_000);
  const iso = d.toISOString().slice(0, 10);
  const [y, m, day] = iso.split("-");
  return { iso, wire: `${day}-${m}-${y}` };
}
