import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, futureDate, startHarness, type Harness } from "../support/bot-harness.js";
import { pickFirstFlight, toSummary } from "./journey-steps.js";

/** What Telegram answers a button answered after the query's deadline (about 15 s: a tap that waited). */
const TOO_OLD = { error_code: 400, description: "Bad Request: query is too old and response timeout expired or query ID is invalid" };
const FAILED = /kesalahan|went wrong/;

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

const dm = (id: number, language_code = "id") => new Agent(h, { id, first_name: "Lambat", language_code }, { id, type: "private" });

describe("a tap whose answer Telegram refuses as too late still does what it says", () => {
  it("picking a flight, 'Lanjut' on the quote (inside the booking conversation) and 'Booking' on the summary", async () => {
    const a = dm(15_101);
    await a.say(`/cari CGK SUB ${futureDate(33).wire} 1`);
    h.emulator.failNext("answerCallbackQuery", TOO_OLD);
    await pickFirstFlight(a);
    expect(a.last()?.text).toContain("Total 1 penumpang");
    h.emulator.failNext("answerCallbackQuery", TOO_OLD);
    await a.tap("Lanjut");
    expect(a.last()?.text).toMatch(/Penumpang 1|nama/i);
    const b = dm(15_102);
    await toSummary(b, `/cari CGK DPS ${futureDate(34).wire} 1`);
    h.emulator.failNext("answerCallbackQuery", TOO_OLD);
    await b.tap("✅ Booking");
    expect(b.last()?.text).toMatch(/Kode: \w+/);
    expect([...a.botTexts(), ...b.botTexts()].join("\n")).not.toMatch(FAILED);
  });
});

describe("buttons Telegram no longer shows the bot, and double taps", () => {
  it("a results sort tapped on an inaccessible message (date 0) comes as a new message", async () => {
    const a = dm(15_103, "en");
    await a.say(`/search CGK SUB ${futureDate(35).wire} 1`);
    const nextOf = (m: { reply_markup?: { inline_keyboard: object[][] } }) =>
      m.reply_markup?.inline_keyboard.flat().find((x) => "callback_data" in x && /:s:departure$/.test(String(x.callback_data))) as { callback_data: string } | undefined;
    const list = h.emulator.chatMessages(a.chat.id).find((m) => m.fromBot && nextOf(m));
    const next = list && nextOf(list);
    expect(next, "the list can be sorted").toBeDefined();
    const update = h.emulator.clickButton({ chat: a.chat, from: a.user, messageId: list!.message_id, data: next!.callback_data });
    update.callback_query!.message = { chat: { id: a.chat.id, type: "private", first_name: "Lambat" }, message_id: list!.message_id, date: 0 };
    const sent = h.emulator.calls.length;
    await h.app.bot.handleUpdate(update);
    const calls = h.emulator.calls.slice(sent);
    expect(calls.filter((c) => c.method === "editMessageText")).toEqual([]);
    expect(calls.filter((c) => c.method === "sendMessage")).toHaveLength(1);
    expect(a.last()?.message_id).not.toBe(list!.message_id);
    expect(a.last()?.reply_markup?.inline_keyboard.flat().some((x) => "callback_data" in x && x.callback_data.includes(":o:"))).toBe(true);
    expect(a.botTexts().join("\n")).not.toMatch(FAILED);
  });

  it("English tapped twice on /language before the first edit shows: said once, no error", async () => {
    const a = dm(15_104);
    const picker = (await a.say("/language"))!;
    const tap = () => h.emulator.clickButton({ chat: a.chat, from: a.user, messageId: picker.message_id, data: "lang:en" });
    const [u1, u2] = [tap(), tap()];
    await h.app.bot.handleUpdate(u1);
    await h.app.bot.handleUpdate(u2);
    expect(a.botTexts().join("\n")).toContain("Language set to English");
    expect(a.botTexts().join("\n")).not.toMatch(FAILED);
  });
});
