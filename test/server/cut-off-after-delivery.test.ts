import { randomBytes } from "node:crypto";
import type { Update } from "grammy/types";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { startMmbcSandbox, type MmbcSandbox } from "../../src/sandbox/mmbc/index.js";
import { futureDate } from "../support/bot-harness.js";
import { startBotProcess, type BotProcess } from "../support/bot-process.js";
import { freePort } from "../support/redis-server.js";
import { startTelegramEmulator, type TelegramEmulator } from "../support/telegram/index.js";

// A process killed while it handles an update Telegram will not deliver again: in webhook mode one
// answered 200 (after 3 s, while its search waits on the provider), in polling mode one whose offset
// the runner already confirmed. The process started after it hands the update to the bot again from
// the journal (store/update-journal.ts): the agent gets the results, once.
const SECRET = "cut_off_after_delivery_secret";
const STARTUP_MS = 60_000;
// The dead process's claim expires 15 s after its last renewal; the restarted one waits it out.
const ANSWER_MS = 60_000;

let sandbox: MmbcSandbox;
let emulator: TelegramEmulator;
const delivered = new Set<number>();
const running = new Set<BotProcess>();
beforeAll(async () => {
  sandbox = await startMmbcSandbox();
  emulator = await startTelegramEmulator({ onWebhookDelivered: (u: Update) => delivered.add(u.update_id) });
});
afterAll(async () => {
  for (const bot of running) bot.child.kill("SIGKILL");
  await Promise.all([...running].map((b) => b.exited));
  await sandbox.close();
  await emulator.close();
});

function startBot(namespace: string, mode: { BOT_MODE: "polling" } | { BOT_MODE: "webhook"; port: number }): BotProcess {
  const bot = startBotProcess({
    BOT_TOKEN: emulator.token, TELEGRAM_API_ROOT: emulator.apiRoot, REDIS_URL: inject("redisUrl"), REDIS_NAMESPACE: namespace,
    MMBC_BASE_URL: sandbox.baseUrl, MMBC_USERNAME: sandbox.credentials.username, MMBC_PASSWORD: sandbox.credentials.password,
    ROLE: "bot", LOG_LEVEL: "info", HEALTH_INTERVAL_SECONDS: "3600", BOT_MODE: mode.BOT_MODE, AGENT_IDS: "98201,98202",
    ...(mode.BOT_MODE === "webhook" ? { WEBHOOK_URL: `http://127.0.0.1:${mode.port}`, WEBHOOK_SECRET: SECRET, PORT: String(mode.port) } : {}),
  });
  running.add(bot);
  void bot.exited.then(() => running.delete(bot));
  return bot;
}

async function kill(bot: BotProcess): Promise<void> {
  bot.child.kill("SIGKILL");
  await bot.exited;
}

/** The results list of this search (the "searching" message once edited into the flights found). */
const resultLists = (chatId: number) => emulator.chatMessages(chatId).filter((m) => m.fromBot && /CGK → SUB/.test(m.text ?? "") && /Pilih penerbangan/.test(m.text ?? ""));

async function searchCutOff(userId: number, start: () => BotProcess, accepted: (updateId: number) => boolean | undefined) {
  const first = start();
  let output = "";
  sandbox.controls.hold("getflights-json");
  try {
    const user = { id: userId, first_name: "Agen", language_code: "id" };
    // This test's search reaching the provider (the sandbox counts every test's calls).
    const searchesBefore = sandbox.controls.callCount("getflights-json");
    const update = emulator.sendText({ chat: { id: userId, type: "private" }, from: user, text: `/cari CGK SUB ${futureDate(30).wire} 1` });
    await emulator.waitFor(() => (sandbox.controls.callCount("getflights-json") > searchesBefore && accepted(update.update_id)) || undefined, STARTUP_MS);
    await kill(first);
    output = first.output();
  } finally {
    sandbox.controls.release("getflights-json");
  }
  expect(resultLists(userId)).toHaveLength(0);
  const second = start();
  const results = await emulator.waitFor(() => resultLists(userId)[0], STARTUP_MS + ANSWER_MS).catch((e: unknown) => {
    throw new Error(`${String(e)}\n--- the first process:\n${output.slice(-3000)}\n--- the second:\n${second.output().slice(-4000)}`);
  });
  expect(results.text).toContain("CGK → SUB");
  expect(second.output()).toContain("handling it again");
  // Nothing else would bring it back: Telegram considered it delivered. And it is handled once.
  await new Promise((r) => setTimeout(r, 2_000));
  expect(resultLists(userId)).toHaveLength(1);
  return second;
}

describe("an update cut off by a kill after Telegram considered it delivered", { timeout: 240_000 }, () => {
  it("webhook: answered 200 while its search waits on the provider, then the process is killed; the next process handles it", async () => {
    const ns = `t${randomBytes(4).toString("hex")}`;
    const port = await freePort();
    const second = await searchCutOff(98_201, () => startBot(ns, { BOT_MODE: "webhook", port }), (id) => delivered.has(id) || undefined);
    await kill(second);
  });

  it("long polling: the runner confirmed its offset while the search waits on the provider, then the poller is killed; the next poller handles it", async () => {
    const ns = `t${randomBytes(4).toString("hex")}`;
    // Confirmed: the poller asked for the updates after it.
    const confirmed = (id: number) => emulator.calls.some((c) => c.method === "getUpdates" && Number(c.payload.offset) > id) || undefined;
    const second = await searchCutOff(98_202, () => startBot(ns, { BOT_MODE: "polling" }), confirmed);
    await kill(second);
  });
});
