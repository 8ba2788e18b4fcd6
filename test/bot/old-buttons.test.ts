import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { Agent, futureDate, startHarness, type Harness } from "../support/bot-harness.js";
import { dayWith, moreThanAPage } from "../support/sandbox-days.js";
import { pickFirstFlight, toSummary } from "./journey-steps.js";
import { money } from "../security/helpers.js";

// Buttons whose data names no flight or price ("book", "book at the new price", "continue") answer only
// the message they sit on: an older one, tapped twice in a hurry or left from an earlier flow, must
// never book what the agent did not see (found by a black-box probe).
let h: Harness;
beforeAll(async () => { h = await startHarness({ live: true, env: { ISSUER_IDS: "9300001,9300002,9300003,9300004,9300005" } }); });
afterEach(() => h.sandbox.controls.reset());
afterAll(async () => { await h?.close(); });

const STALE = "Tombol ini sudah tidak aktif";
const dm = (id: number) => new Agent(h, { id, first_name: "Bos", language_code: "id" }, { id, type: "private" });

/** Taps `label` on one given message; returns the toasts the tap was answered with. */
async function press(a: Agent, messageId: number, label: string): Promise<string[]> {
  const m = h.emulator.chatMessages(a.chat.id).find((x) => x.message_id === messageId)!;
  const b = m.reply_markup!.inline_keyboard.flat().find((x) => x.text.includes(label)) as { callback_data: string };
  const from = h.emulator.calls.length;
  await h.app.bot.handleUpdate(h.emulator.clickButton({ chat: a.chat, from: a.user, messageId, data: b.callback_data }));
  return h.emulator.calls.slice(from).filter((c) => c.method === "answerCallbackQuery").map((c) => String(c.payload.text ?? ""));
}

const rupiah = (text: string, re: RegExp) => Number(re.exec(text)![1]!.replace(/\./g, ""));
const codeIn = (text: string | undefined) => /Kode: ([A-Z0-9]{6})/.exec(text ?? "")?.[1];

describe("a flow's choice counts only on the message that asked it", () => {
  it("'book at the new price' on an earlier price change can't accept a later, higher one", async () => {
    const a = dm(9_300_001);
    await toSummary(a, `/cari CGK SUB ${futureDate(60).wire} 1`);
    h.sandbox.controls.setPriceChange("*", 10_000);
    const first = (await a.tap("✅ Booking"))!;
    expect(first.text).toContain("Harga naik");
    h.sandbox.controls.setPriceChange("*", 50_000);
    await press(a, first.message_id, "Booking dengan harga baru");
    const second = a.last()!;
    expect(second.message_id).not.toBe(first.message_id);
    expect(second.text).toContain("Harga naik");
    const before = money(h);
    // The hurried second tap on the first message: a toast, no booking.
    expect(await press(a, first.message_id, "Booking dengan harga baru")).toEqual([expect.stringContaining(STALE)]);
    expect(money(h).bookings).toBe(before.bookings);
    // Accepting the price on screen books at exactly that price.
    await press(a, second.message_id, "Booking dengan harga baru");
    const code = codeIn(a.last()?.text);
    expect(code).toBeDefined();
    expect(h.sandbox.controls.getBooking(code!)!.totalFare).toBe(rupiah(second.text!, /→ Rp ([\d.]+)/));
  });

  it("'Booking' on the summary of an earlier flow books nothing; the current summary still books its own flight", async () => {
    const a = dm(9_300_002);
    await toSummary(a, `/cari CGK DPS ${futureDate(61).wire} 1`);
    const oldSummary = a.last()!;
    expect(oldSummary.text).toContain("Periksa sebelum booking");
    const flight = await toSummary(a, `/cari CGK SUB ${futureDate(62).wire} 1`, ["Mr Andi Wijaya"]);
    const current = a.last()!;
    const before = money(h);
    expect(await press(a, oldSummary.message_id, "Booking")).toEqual([expect.stringContaining(STALE)]);
    expect(money(h).bookings).toBe(before.bookings);
    expect(a.last()!.message_id).toBe(current.message_id);
    await press(a, current.message_id, "Booking");
    const booked = h.sandbox.controls.getBooking(codeIn(a.last()?.text)!)!;
    expect([booked.flightCode, booked.from, booked.to]).toEqual([flight, "CGK", "SUB"]);
    expect(booked.passengers.map((p) => p.fullName)).toEqual(["Andi Wijaya"]);
  });

  it("a double tap on a flight opens it once; back at the list, the same flight opens again", async () => {
    const a = dm(9_300_004);
    await a.say(`/cari CGK SUB ${futureDate(65).wire} 1`);
    const list = h.emulator.chatMessages(a.chat.id).filter((m) => m.fromBot && m.reply_markup).at(-1)!;
    const prices = h.sandbox.controls.callCount("getprice-json");
    const from = h.emulator.chatMessages(a.chat.id).length;
    const flight = list.reply_markup!.inline_keyboard.flat().find((b) => "callback_data" in b && b.callback_data.includes(":o:"))!.text;
    await Promise.all([press(a, list.message_id, flight), press(a, list.message_id, flight)]);
    expect(a.botTexts(from).filter((t) => t.includes("Sisa kursi"))).toHaveLength(1);
    expect(h.sandbox.controls.callCount("getprice-json") - prices).toBe(1);
    await a.say("kembali");
    await pickFirstFlight(a);
    expect(a.last()?.text).toContain("Sisa kursi");
    expect(h.sandbox.controls.callCount("getprice-json") - prices).toBe(2);
  });

  it("a blank or label button of a live list answers silently, not 'no longer active'", async () => {
    const a = dm(9_300_005);
    // A list of more than a page: its page row has the blank and label buttons.
    await a.say(`/cari CGK SUB ${dayWith(["CGK", "SUB"], moreThanAPage, 66).wire} 1`);
    const list = h.emulator.chatMessages(a.chat.id).filter((m) => m.fromBot && m.reply_markup).at(-1)!;
    const blank = list.reply_markup!.inline_keyboard.flat().find((b) => "callback_data" in b && b.callback_data === "c:noop");
    expect(blank).toBeDefined();
    const from = h.emulator.calls.length;
    await h.app.bot.handleUpdate(h.emulator.clickButton({ chat: a.chat, from: a.user, messageId: list.message_id, data: "c:noop" }));
    const calls = h.emulator.calls.slice(from);
    expect(calls.map((c) => c.method)).toEqual(["answerCallbackQuery"]);
    expect(calls[0]!.payload.text).toBeUndefined();
  });

  it("'Lanjut' on an earlier quote does not move the current quote on", async () => {
    const a = dm(9_300_003);
    await a.say(`/cari CGK DPS ${futureDate(63).wire} 1`);
    await pickFirstFlight(a);
    const oldQuote = a.last()!;
    await a.say(`/cari CGK UPG ${futureDate(64).wire} 1`);
    await pickFirstFlight(a);
    const current = a.last()!;
    expect(await press(a, oldQuote.message_id, "Lanjut")).toEqual([expect.stringContaining(STALE)]);
    expect(a.last()!.message_id).toBe(current.message_id);
    await press(a, current.message_id, "Lanjut");
    expect(a.last()?.text).toContain("Penumpang 1 dari 1");
  });
});
