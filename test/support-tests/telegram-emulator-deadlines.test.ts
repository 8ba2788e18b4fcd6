// Telegram refuses what the emulator used to take: a callback or inline answer after the query's deadline,
// a webhook on a port api.telegram.org does not post to.
import { Bot } from "grammy";
import { afterEach, describe, expect, it } from "vitest";
import { startTelegramEmulator, type TelegramEmulator } from "../support/telegram/index.js";
import { alice, greet, privateChat, rejection } from "./emulator-fixture.js";

let emulator: TelegramEmulator | undefined;
afterEach(async () => { await emulator?.close(); emulator = undefined; });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function start(options: Parameters<typeof startTelegramEmulator>[0]): Promise<{ emulator: TelegramEmulator; bot: Bot }> {
  emulator = await startTelegramEmulator(options);
  return { emulator, bot: new Bot(emulator.token, { botInfo: emulator.botInfo, client: { apiRoot: emulator.apiRoot } }) };
}

describe("query deadline", () => {
  it("a callback answered after the deadline is refused as Telegram refuses it; one in time is taken", async () => {
    const { emulator: e, bot } = await start({ queryMaxAgeMs: 300 });
    greet(e);
    const sent = await bot.api.sendMessage(alice.id, "Pilih", { reply_markup: { inline_keyboard: [[{ text: "x", callback_data: "x" }]] } });
    const fresh = e.forgeCallback({ chat: privateChat, from: alice, messageId: sent.message_id, data: "x" });
    await expect(bot.api.answerCallbackQuery(fresh.callback_query!.id)).resolves.toBe(true);
    const old = e.forgeCallback({ chat: privateChat, from: alice, messageId: sent.message_id, data: "x" });
    await sleep(400);
    expect((await rejection(bot.api.answerCallbackQuery(old.callback_query!.id))).description).toMatch(/query is too old and response timeout expired/);
  });

  it("inline queries too; the deadline can be changed while running (setQueryMaxAge)", async () => {
    const { emulator: e, bot } = await start({});
    e.setQueryMaxAge(200);
    const old = e.inlineQuery({ from: alice, query: "CGK SUB" });
    await sleep(300);
    expect((await rejection(bot.api.answerInlineQuery(old.inline_query!.id, []))).description).toMatch(/query is too old/);
  });
});

describe("setWebhook ports", () => {
  it("cloud rules: https on 80, 88, 443 or 8443 only", async () => {
    const { bot } = await start({ webhookRules: "cloud" });
    for (const ok of ["https://bot.example.com/hook", "https://bot.example.com:8443/hook", "https://bot.example.com:88"]) await expect(bot.api.setWebhook(ok), ok).resolves.toBe(true);
    for (const bad of ["https://bot.example.com:8080", "https://bot.example.com:3000/hook"]) {
      expect((await rejection(bot.api.setWebhook(bad))).description, bad).toMatch(/Webhook can be set up only on ports 80, 88, 443 or 8443/);
    }
    expect((await rejection(bot.api.setWebhook("http://bot.example.com/hook"))).description).toMatch(/HTTPS URL must be provided/);
  });

  it("self-hosted rules (default): any port", async () => {
    const { bot } = await start({});
    await expect(bot.api.setWebhook("http://127.0.0.1:3000/hook")).resolves.toBe(true);
  });
});
