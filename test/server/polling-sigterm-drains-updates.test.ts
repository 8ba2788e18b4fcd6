// SIGTERM in long-polling mode while a search is held at the provider: the search finishes and its
// results reach the agent before Redis closes, as in webhook mode (the drain in main.ts).
import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { startMmbcSandbox, type MmbcSandbox } from "../../src/sandbox/mmbc/index.js";
import { futureDate } from "../support/bot-harness.js";
import { startBotProcess } from "../support/bot-process.js";
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

describe("polling mode shutdown", { timeout: 150_000 }, () => {
  it("SIGTERM during a slow search: no more polling, the search ends with its results, then exit 0", async () => {
    const userId = 61_001;
    const bot = startBotProcess({
      BOT_TOKEN: emulator.token, TELEGRAM_API_ROOT: emulator.apiRoot, REDIS_URL: inject("redisUrl"), REDIS_NAMESPACE: "drainpoll",
      MMBC_BASE_URL: sandbox.baseUrl, MMBC_USERNAME: sandbox.credentials.username, MMBC_PASSWORD: sandbox.credentials.password,
      ISSUER_IDS: String(userId), LOG_LEVEL: "info", BOT_MODE: "polling", ROLE: "bot",
    });
    try {
      await emulator.waitFor(() => emulator.calls.some((c) => c.method === "getUpdates") || undefined, 60_000);
      sandbox.controls.hold("getflights-json");
      const user = { id: userId, first_name: "Agen", language_code: "id" };
      emulator.sendText({ chat: { id: userId, type: "private" }, from: user, text: `/cari CGK SUB ${futureDate(30).wire} 1` });
      await emulator.waitFor(() => sandbox.controls.callCount("getflights-json") > 0 || undefined, 30_000);
      bot.child.kill("SIGTERM");
      await sleep(2_000);
      const pollsAfterStop = emulator.calls.filter((c) => c.method === "getUpdates").length;
      sandbox.controls.release("getflights-json");
      expect(await bot.exited).toBe(0);
      const texts = emulator.chatMessages(userId).filter((m) => m.fromBot).map((m) => m.text ?? "");
      expect(texts.at(-1)).toContain("CGK → SUB");
      expect(texts.join("\n")).not.toContain("terganggu");
      expect(bot.output()).not.toContain("Connection is closed");
      // Fetching stopped at SIGTERM: no getUpdates while the search was finishing.
      expect(emulator.calls.filter((c) => c.method === "getUpdates").length).toBe(pollsAfterStop);
    } finally {
      sandbox.controls.reset();
      bot.child.kill("SIGKILL");
    }
  });
});
