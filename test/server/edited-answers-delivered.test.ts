import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { startBotProcess, type BotProcess } from "../support/bot-process.js";
import { Agent, futureDate, startHarness, type Harness } from "../support/bot-harness.js";
import { startTelegramEmulator, type TelegramEmulator } from "../support/telegram/index.js";

// Telegram sends only the update kinds the bot asked for (allowed_updates). An agent who edits her
// answer at an open question is told edits aren't read; that needs edited_message in the list, which
// only a real process polling the emulator shows (the harness hands updates to the bot directly).
describe("an edited answer at an open question", { timeout: 60_000 }, () => {
  let emulator: TelegramEmulator;
  let bot: BotProcess;
  beforeAll(async () => {
    emulator = await startTelegramEmulator({ token: "5552345:EDITS" });
    bot = startBotProcess({
      BOT_TOKEN: emulator.token, TELEGRAM_API_ROOT: emulator.apiRoot, REDIS_URL: inject("redisUrl"), REDIS_NAMESPACE: `edits${process.pid}`,
      BOT_MODE: "polling", ROLE: "bot", LOG_LEVEL: "warn",
    });
    await emulator.waitFor(() => emulator.calls.some((c) => c.method === "getUpdates"), 30_000);
  }, 60_000);
  afterAll(async () => {
    bot?.child.kill("SIGTERM");
    await bot?.exited;
    await emulator?.close();
  });

  it("reaches the polling bot, which says it isn't read", async () => {
    const agent = { id: 7811, first_name: "Sari", language_code: "id" };
    const chat = { id: agent.id, type: "private" as const };
    const botMessages = () => emulator.chatMessages(chat.id).filter((m) => m.fromBot);
    emulator.sendText({ chat, from: agent, text: "/cari" });
    await emulator.waitFor(() => botMessages().length > 0 || undefined, 20_000);
    const sent = emulator.sendText({ chat, from: agent, text: "Jakarta" })!;
    const question = await emulator.waitFor(() => (botMessages().length > 1 ? botMessages().at(-1) : undefined), 20_000);
    emulator.editText({ chat, from: agent, messageId: sent.message!.message_id, text: "Surabaya" });
    const hint = await emulator.waitFor(() => (botMessages().at(-1)!.message_id !== question.message_id ? botMessages().at(-1) : undefined), 20_000);
    expect(hint.text).toContain("Pesan yang diedit tidak dibaca");
  });
});

describe("an edit in a group that shows the bot every message", () => {
  let h: Harness;
  beforeAll(async () => { h = await startHarness({ emulator: await startTelegramEmulator({ privacyMode: false }) }); });
  afterAll(async () => { await h?.close(); });

  it("gets the hint only when it replies to the bot; a member fixing a typo in her chatter hears nothing", async () => {
    const chat = { id: -1_009_673_000, type: "supergroup" as const, title: "Agen Sejahtera" };
    const rina = new Agent(h, { id: 96_812, first_name: "Rina", language_code: "id" }, chat);
    const question = await rina.say(`/cari CGK SUB ${futureDate(40).wire}`);
    const botCount = () => h.emulator.chatMessages(chat.id).filter((m) => m.fromBot).length;
    const before = botCount();
    const chatter = h.emulator.sendText({ chat, from: rina.user, text: "otw kantor bu" })!;
    await h.app.bot.handleUpdate(chatter);
    await h.app.bot.handleUpdate(h.emulator.editText({ chat, from: rina.user, messageId: chatter.message!.message_id, text: "otw kantor ya bu" })!);
    expect(botCount()).toBe(before);
    // Replying to the question (no answer yet: it gets its hint), then editing that reply.
    const reply = h.emulator.sendText({ chat, from: rina.user, text: "sebentar ya", replyToMessageId: question!.message_id })!;
    await h.app.bot.handleUpdate(reply);
    const afterReply = botCount();
    await h.app.bot.handleUpdate(h.emulator.editText({ chat, from: rina.user, messageId: reply.message!.message_id, text: "2 orang" })!);
    expect(botCount()).toBe(afterReply + 1);
    expect(rina.last()?.text).toContain("Pesan yang diedit tidak dibaca");
  });
});

describe("an edited command", () => {
  let h: Harness;
  beforeAll(async () => { h = await startHarness(); });
  afterAll(async () => { await h?.close(); });

  it("runs nothing again: with no question open it is only told edits aren't read, at an open one it gets the step's edits hint", async () => {
    const chat = { id: 96_813, type: "private" as const };
    const user = { id: 96_813, first_name: "Dewi", language_code: "en" };
    const agent = new Agent(h, user, chat);
    const search = h.emulator.sendText({ chat, from: user, text: `/search CGK SUB ${futureDate(33).wire} 1` })!;
    await h.app.bot.handleUpdate(search);
    const botCount = () => h.emulator.chatMessages(chat.id).filter((m) => m.fromBot).length;
    const afterResults = botCount();
    await h.app.bot.handleUpdate(h.emulator.editText({ chat, from: user, messageId: search.message!.message_id, text: `/search CGK DPS ${futureDate(33).wire} 1` })!);
    expect(botCount()).toBe(afterResults + 1);
    expect(agent.last()?.text).toContain("Edits aren't read: I act on what was sent first");
    expect(agent.last()?.reply_markup).toBeUndefined();
    await agent.say("/search");
    const asked = botCount();
    await h.app.bot.handleUpdate(h.emulator.editText({ chat, from: user, messageId: search.message!.message_id, text: "/status ABC123" })!);
    expect(botCount()).toBe(asked + 1);
    expect(agent.last()?.text).toContain("Edits aren't read");
  });
});
