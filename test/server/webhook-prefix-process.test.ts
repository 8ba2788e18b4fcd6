// The bot as a process with WEBHOOK_URL under a prefix: registers the prefixed URL, and an update posted
// to it (as Telegram would, through a proxy that passes the path on) is answered.
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { startMmbcSandbox, type MmbcSandbox } from "../../src/sandbox/mmbc/index.js";
import { startBotProcess } from "../support/bot-process.js";
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

describe("WEBHOOK_URL with a path prefix", { timeout: 150_000 }, () => {
  it("registers https?://host/agt-bot/telegram/<id> and answers updates posted there", async () => {
    const port = await freePort();
    const bot = startBotProcess({
      BOT_TOKEN: emulator.token, TELEGRAM_API_ROOT: emulator.apiRoot, REDIS_URL: inject("redisUrl"), REDIS_NAMESPACE: "hookprefix",
      MMBC_BASE_URL: sandbox.baseUrl, MMBC_USERNAME: sandbox.credentials.username, MMBC_PASSWORD: sandbox.credentials.password,
      AGENT_IDS: "62001", LOG_LEVEL: "info", ROLE: "bot",
      BOT_MODE: "webhook", PORT: String(port), WEBHOOK_URL: `http://127.0.0.1:${port}/agt-bot/`, WEBHOOK_SECRET: "path_prefix_secret_1",
    });
    try {
      const hook = await emulator.waitFor(() => emulator.calls.find((c) => c.method === "setWebhook" && c.ok), 60_000);
      expect(String(hook.payload.url)).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${port}/agt-bot/telegram/\\d+$`));
      const user = { id: 62_001, first_name: "Agen", language_code: "en" };
      emulator.sendText({ chat: { id: user.id, type: "private" }, from: user, text: "/start" });
      const reply = await emulator.waitFor(() => emulator.lastBotMessage(user.id), 30_000);
      expect(reply.text).toContain("Flight booking assistant");
      const bare = String(hook.payload.url).replace("/agt-bot", "");
      const update = { update_id: 888_001, message: { message_id: 1, date: 1, chat: { id: 62_001, type: "private" }, from: { id: 62_001, is_bot: false, first_name: "X" }, text: "/help" } };
      const viaStrippingProxy = await fetch(bare, { method: "POST", headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": "path_prefix_secret_1" }, body: JSON.stringify(update) });
      expect(viaStrippingProxy.status).toBe(200);
    } finally {
      bot.child.kill("SIGTERM");
    }
    expect(await bot.exited).toBe(0);
  });
});
