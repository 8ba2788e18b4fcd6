// A group tap held for its outcome (held-taps.ts) whose handler fails is answered by the error boundary:
// the spinner stops with the error as the tapper's alert at once, never "still checking" at the deadline
// for a lookup that already failed; one that failed after the deadline is posted for the member, naming her.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, startHarness, type Harness } from "../support/bot-harness.js";
import { startTelegramEmulator } from "../support/telegram/index.js";
import { bookInGroup } from "../security/helpers.js";

const BOT_DEADLINE_MS = 600;

let h: Harness;
beforeAll(async () => {
  const emulator = await startTelegramEmulator({ queryMaxAgeMs: 5_000 });
  h = await startHarness({ emulator, answerDeadlineMs: BOT_DEADLINE_MS });
});
afterAll(async () => { await h?.close(); });

async function cardIn(n: number, label: string) {
  const agency = { id: -100_870_000 - n, type: "supergroup" as const, title: "Agen" };
  const owner = { id: 87_000 + n, first_name: `Dewi${n}`, language_code: "id" };
  h.emulator.setChatAdministrators(agency.id, [owner.id]);
  await h.app.bot.handleUpdate(h.emulator.addBotToGroup(agency, owner));
  await bookInGroup(new Agent(h, owner, agency), "Mr Owner Dua", "CGK SUB", 50 + n);
  const card = h.emulator.chatMessages(agency.id).filter((m) => m.fromBot && m.reply_markup?.inline_keyboard.flat().some((x) => x.text.includes(label))).at(-1)!;
  const button = card.reply_markup!.inline_keyboard.flat().find((x) => x.text.includes(label)) as { callback_data: string };
  return { agency, owner, card, data: button.callback_data };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("a held group tap whose handler fails", () => {
  it("Status: the card's post refused after the tap was answered: the notice names the member and replies to the card", async () => {
    const t = await cardIn(1, "Status");
    const before = h.emulator.chatMessages(t.agency.id).length;
    const from = h.emulator.calls.length;
    h.emulator.failNext("sendMessage", { error_code: 400, description: "Bad Request: message is too long" });
    await h.app.bot.handleUpdate(h.emulator.clickButton({ chat: t.agency, from: t.owner, messageId: t.card.message_id, data: t.data }));
    await sleep(BOT_DEADLINE_MS * 2);
    // Answered once, when the outcome was known; nothing "still checking" at the deadline after it.
    const answers = h.emulator.calls.slice(from).filter((c) => c.method === "answerCallbackQuery");
    expect(answers.map((a) => [a.ok, a.payload.text])).toEqual([[true, undefined]]);
    const told = h.emulator.chatMessages(t.agency.id).slice(before).filter((m) => m.fromBot);
    expect(told.map((m) => m.text)).toEqual([expect.stringMatching(new RegExp(`^${t.owner.first_name}:\\n.*Terjadi kesalahan`, "s"))]);
    expect(told[0]!.reply_to_message_id).toBe(t.card.message_id);
  }, 60_000);

  it("a tapper whose Telegram speaks English: the notice is in English, naming her", async () => {
    const t = await cardIn(2, "Status");
    const before = h.emulator.chatMessages(t.agency.id).length;
    h.emulator.failNext("sendMessage", { error_code: 400, description: "Bad Request: message is too long" });
    await h.app.bot.handleUpdate(h.emulator.clickButton({ chat: t.agency, from: { ...t.owner, language_code: "en" }, messageId: t.card.message_id, data: t.data }));
    const told = h.emulator.chatMessages(t.agency.id).slice(before).filter((m) => m.fromBot);
    expect(told.map((m) => m.text)).toEqual([expect.stringMatching(new RegExp(`^${t.owner.first_name}:\\n.*Something went wrong`, "s"))]);
  }, 60_000);

  it("failing after the deadline ('still checking' said): the failure is posted replying to the card, naming the member", async () => {
    const t = await cardIn(3, "Status");
    const before = h.emulator.chatMessages(t.agency.id).length;
    const from = h.emulator.calls.length;
    h.sandbox.controls.setLatency("*", BOT_DEADLINE_MS * 2);
    h.emulator.failNext("sendMessage", { error_code: 400, description: "Bad Request: message is too long" });
    try {
      await h.app.bot.handleUpdate(h.emulator.clickButton({ chat: t.agency, from: t.owner, messageId: t.card.message_id, data: t.data }));
    } finally {
      h.sandbox.controls.setLatency("*", 0);
    }
    const answers = h.emulator.calls.slice(from).filter((c) => c.method === "answerCallbackQuery");
    expect(answers.map((a) => a.payload.text)).toEqual([expect.stringMatching(/Masih dicek/)]);
    const told = h.emulator.chatMessages(t.agency.id).slice(before).filter((m) => m.fromBot).at(-1);
    expect(told?.text).toMatch(new RegExp(`^${t.owner.first_name}:\\n.*Terjadi kesalahan`, "s"));
    expect(told?.reply_to_message_id).toBe(t.card.message_id);
  }, 60_000);
});
