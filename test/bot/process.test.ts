import { setTimeout as sleep } from "node:timers/promises";
import { startBotProcess, type BotProcess } from "../support/bot-process.js";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { startMmbcSandbox, type MmbcSandbox } from "../../src/sandbox/mmbc/index.js";
import { freePort } from "../support/redis-server.js";
import { startTelegramEmulator, type TelegramEmulator } from "../support/telegram/index.js";

let sandbox: MmbcSandbox;
let emulator: TelegramEmulator;
beforeAll(async () => {
  sandbox = await startMmbcSandbox();
  emulator = await startTelegramEmulator();
});
afterAll(async () => {
  await sandbox.close();
  await emulator.close();
});

function startBot(env: Record<string, string>): BotProcess {
  return startBotProcess({
    BOT_TOKEN: emulator.token, TELEGRAM_API_ROOT: emulator.apiRoot, REDIS_URL: inject("redisUrl"),
    MMBC_BASE_URL: sandbox.baseUrl, MMBC_USERNAME: sandbox.credentials.username, MMBC_PASSWORD: sandbox.credentials.password,
    // A live (non-sandbox) account: only the operator's people may use it.
    AGENT_IDS: "9501,9503", LOG_LEVEL: "info", ...env,
  });
}

// Each test starts the bot with tsx, which compiles its whole import graph first: seconds of CPU, and
// many more on a machine busy with other test files. The waits and the per-test timeout are generous
// because of that; they end as soon as the bot shows up.
const STARTUP_MS = 60_000;
const ANSWER_MS = 30_000;

describe("the bot as a process", { timeout: 150_000 }, () => {
  it("long polling with the runner: publishes commands in both languages, answers, stops cleanly on SIGTERM", async () => {
    const bot = startBot({ BOT_MODE: "polling" });
    try {
      await emulator.waitFor(() => emulator.calls.some((c) => c.method === "getUpdates"), STARTUP_MS);
      const user = { id: 9501, first_name: "Agen", language_code: "en" };
      emulator.sendText({ chat: { id: user.id, type: "private" }, from: user, text: "/start" });
      const reply = await emulator.waitFor(() => emulator.lastBotMessage(user.id), ANSWER_MS);
      expect(reply.text).toContain("Flight booking assistant");
      const commands = emulator.calls.filter((c) => c.method === "setMyCommands").map((c) => c.payload.language_code ?? "default");
      expect(commands).toEqual(expect.arrayContaining(["id", "en", "default"]));
      expect(bot.output()).not.toContain(sandbox.credentials.password);
    } finally {
      bot.child.kill("SIGTERM");
    }
    expect(await bot.exited).toBe(0);
    expect(emulator.errors.filter((e) => !e.injected)).toEqual([]);
  }, 90_000);

  it("webhook mode: registers the secret, accepts Telegram's pushes, refuses a wrong secret with 401", async () => {
    const [port, metricsPort] = [await freePort(), await freePort()];
    const bot = startBot({
      BOT_MODE: "webhook", WEBHOOK_URL: `http://127.0.0.1:${port}`, WEBHOOK_SECRET: "s3cret_token_for_tests", PORT: String(port),
      METRICS_PORT: String(metricsPort), METRICS_TOKEN: "metrics_token_for_tests",
    });
    try {
      const hook = await emulator.waitFor(() => emulator.calls.find((c) => c.method === "setWebhook" && c.ok), STARTUP_MS);
      expect(hook.payload.secret_token).toBe("s3cret_token_for_tests");
      const url = String(hook.payload.url);
      const update = { update_id: 777_001, message: { message_id: 1, date: 1, chat: { id: 9502, type: "private" }, from: { id: 9502, is_bot: false, first_name: "X" }, text: "/help" } };
      const wrong = await fetch(url, { method: "POST", headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": "nope" }, body: JSON.stringify(update) });
      expect(wrong.status).toBe(401);
      const none = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(update) });
      expect(none.status).toBe(401);
      const user = { id: 9503, first_name: "Agen", language_code: "id" };
      emulator.sendText({ chat: { id: user.id, type: "private" }, from: user, text: "/saldo" });
      const reply = await emulator.waitFor(() => emulator.lastBotMessage(user.id), ANSWER_MS);
      expect(reply.text).toContain("Saldo deposit");
      // Health is checked in the background: the first check may still be running.
      let health = await fetch(`http://127.0.0.1:${port}/healthz`);
      for (let i = 0; i < 100 && health.status !== 200; i++) {
        await sleep(50);
        health = await fetch(`http://127.0.0.1:${port}/healthz`);
      }
      expect(await health.json()).toEqual({ ok: true });
      expect((await fetch(`http://127.0.0.1:${port}/metrics`)).status).toBe(404);
      expect((await fetch(`http://127.0.0.1:${metricsPort}/metrics`)).status).toBe(401);
      const metrics = await (await fetch(`http://127.0.0.1:${metricsPort}/metrics`, { headers: { authorization: "Bearer metrics_token_for_tests" } })).text();
      expect(metrics).toMatch(/bot_updates_total\{type="message"\} [1-9]/);
      expect(metrics).toMatch(/provider_calls_total\{endpoint="ceksaldo",outcome="ok"\} [1-9]/);
      expect(metrics).toContain('jobs{state="delayed"}');
    } finally {
      bot.child.kill("SIGTERM");
    }
    expect(await bot.exited).toBe(0);
  }, 90_000);

  it("a process that can't start ends with the reason; a split role on a sandbox of its own says it loudly", async () => {
    const refused = startBot({ BOT_MODE: "polling", BOT_TOKEN: "123456:replace-me" });
    expect(await refused.exited).toBe(1);
    expect(refused.output()).toContain("401");
    const worker = startBot({ ROLE: "worker", MMBC_BASE_URL: "", MMBC_USERNAME: "", MMBC_PASSWORD: "" });
    try {
      await emulator.waitFor(() => worker.output().includes("worker only"), STARTUP_MS);
      expect(worker.output()).toContain("ROLE=worker on a built-in sandbox of its own: other processes (bots, workers) will not see its bookings");
    } finally {
      worker.child.kill("SIGTERM");
    }
    expect(await worker.exited).toBe(0);
  }, 120_000);
});
