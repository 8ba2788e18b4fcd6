import { setTimeout as sleep } from "node:timers/promises";
import { startBotProcess, type BotProcess } from "../support/bot-process.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startMmbcSandbox, type MmbcSandbox } from "../../src/sandbox/mmbc/index.js";
import { freePort, startRedisServer, type RedisProcess } from "../support/redis-server.js";
import { startTelegramEmulator, type TelegramEmulator } from "../support/telegram/index.js";

// The bot as a process on a Redis of its own, which the test stops and starts again. What it prints
// (stdout and stderr, LOG_LEVEL=debug) is captured whole and searched for the secrets and the text.
const TOKEN = "7012345678:AAHk3F9-realistic_Token-value_0123456789";
const PASSWORD = "mmbc-Pa55word-never-logged";
const SECRET_TEXT = "pesan rahasia nomor 4455667788";
const TRY_AGAIN = { id: "⏳ Layanan sedang terganggu sebentar. Silakan coba lagi beberapa saat lagi.", en: "⏳ Temporarily unavailable. Please try again in a moment." };

let sandbox: MmbcSandbox;
let emulator: TelegramEmulator;
beforeAll(async () => {
  sandbox = await startMmbcSandbox({ credentials: { username: "agen-outage", password: PASSWORD } });
  emulator = await startTelegramEmulator({ token: TOKEN });
});
afterAll(async () => {
  await sandbox.close();
  await emulator.close();
});

function startBot(redisUrl: string, env: Record<string, string>): BotProcess {
  return startBotProcess({
    BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: emulator.apiRoot, REDIS_URL: redisUrl,
    MMBC_BASE_URL: sandbox.baseUrl, MMBC_USERNAME: "agen-outage", MMBC_PASSWORD: PASSWORD, LOG_LEVEL: "debug",
    // A live account: the people in this test are the operator's agents.
    AGENT_IDS: "97101,97102,97201,97202", ...env,
  });
}

describe.each([
  ["long polling", "polling", 97_100],
  ["webhook", "webhook", 97_200],
])("Redis goes away and comes back (%s)", (_mode, mode, baseId) => {
  let redis: RedisProcess;
  beforeAll(async () => { redis = await startRedisServer(); });
  afterAll(async () => { await redis.stop(); });

  it("answers 'try again' in the user's language, logs no secret and no text, keeps running, and works again without a restart", async () => {
    const port = await freePort();
    const webhookEnv = { BOT_MODE: "webhook", WEBHOOK_URL: `http://127.0.0.1:${port}`, WEBHOOK_SECRET: "outage_webhook_secret", PORT: String(port) };
    const bot = startBot(redis.url, mode === "webhook" ? webhookEnv : { BOT_MODE: "polling" });
    const agent = { id: baseId + 1, first_name: "Agen", language_code: "id" };
    const english = { id: baseId + 2, first_name: "Agent", language_code: "en" };
    const say = (user: typeof agent, text: string) => emulator.sendText({ chat: { id: user.id, type: "private" }, from: user, text });
    const lastText = (user: typeof agent) => emulator.lastBotMessage(user.id)?.text;
    try {
      await emulator.waitFor(() => emulator.calls.some((c) => (mode === "webhook" ? c.method === "setWebhook" : c.method === "getUpdates")), 45_000);
      say(agent, "/start");
      await emulator.waitFor(() => lastText(agent)?.includes("Asisten booking tiket pesawat"), 10_000);

      await redis.stop();
      say(agent, SECRET_TEXT);
      say(english, `/cari ${SECRET_TEXT}`);
      await emulator.waitFor(() => lastText(agent) === TRY_AGAIN.id && lastText(english) === TRY_AGAIN.en, 15_000);
      await sleep(300);
      expect(bot.child.exitCode).toBeNull();

      await redis.restart();
      // The bot reconnects on its own (backoff up to 2 s) and says so; then the next message works.
      await emulator.waitFor(() => bot.output().includes("redis reconnected"), 15_000);
      say(agent, "/saldo");
      await emulator.waitFor(() => lastText(agent)?.includes("Saldo deposit"), 20_000);
      say(english, "/start");
      await emulator.waitFor(() => lastText(english)?.includes("Flight booking assistant"), 10_000);
    } finally {
      bot.child.kill("SIGTERM");
    }
    expect(await bot.exited).toBe(0);
    const output = bot.output();
    // The outage was logged, with what helps: the update, the chat, the error's name and message.
    const logged = output.split("\n").filter((l) => l.includes("redis unavailable: answered try-again"));
    expect(logged.length).toBeGreaterThanOrEqual(2);
    expect(logged.map((l) => (JSON.parse(l) as { chat_id: number }).chat_id)).toEqual(expect.arrayContaining([agent.id, english.id]));
    expect(JSON.parse(logged[0]!)).toMatchObject({ update_id: expect.any(Number), err: { name: expect.any(String), message: expect.any(String) } });
    // And nothing else: not the bot token, not the provider password, not what the user wrote.
    expect(output).not.toContain(TOKEN);
    expect(output).not.toContain(TOKEN.split(":")[1]);
    expect(output).not.toContain(PASSWORD);
    expect(output).not.toContain("4455667788");
    expect(output).not.toContain("rahasia");
    expect(emulator.errors.filter((e) => !e.injected)).toEqual([]);
  }, 150_000);
});
