import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, futureDate, startHarness, type Harness } from "../support/bot-harness.js";
import { fillPassengers, pickFirstFlight, toSummary } from "./journey-steps.js";
import { forge } from "../security/helpers.js";

/**
 * A busy agent cancels a booking by mistake (/batal, "gk jd deh", ✖️ Batal at the summary): the "Cancelled"
 * reply carries ↩️ Resume, which opens the same flight again (price and seats checked afresh, as the timeout
 * notice's 🔁 does) with the passengers and the contact kept, or brings the list back when only a list was
 * open. Only the member who cancelled, in that chat, and only until a new search: anyone else (another member,
 * another chat, forged data) and a button outlived by a new /cari get what an expired button gets.
 */
let h: Harness;
beforeAll(async () => { h = await startHarness({ use: "mmbc" }); });
afterAll(async () => { await h?.close(); });

const words = {
  en: { search: "/search", cancel: "/cancel", typedCancel: "never mind", resume: "↩️ Resume", go: "Continue", cancelled: "Cancelled.", summary: "Check before booking", second: "Passenger 2 of 2", stale: "This button is no longer active.", ben: "Ben's search cancelled.", cancelButton: "✖️ Cancel", book: "✅ Book" },
  id: { search: "/cari", cancel: "/batal", typedCancel: "gk jd deh", resume: "↩️ Lanjutkan lagi", go: "Lanjut", cancelled: "Dibatalkan.", summary: "Periksa sebelum booking", second: "Penumpang 2 dari 2", stale: "Tombol ini sudah tidak aktif.", ben: "Pencarian Ben dibatalkan.", cancelButton: "✖️ Batal", book: "✅ Booking" },
} as const;

let n = 0;
const bot = () => `@${h.emulator.botInfo.username}`;
const privateAgent = (lang: keyof typeof words) => {
  n++;
  return new Agent(h, { id: 93_100 + n, first_name: "Rina", language_code: lang }, { id: 93_100 + n, type: "private" });
};
const buttonData = (m: { reply_markup?: { inline_keyboard: ({ text: string } & ({ callback_data: string } | object))[][] } } | undefined, label: string) => {
  const b = m?.reply_markup?.inline_keyboard.flat().find((x) => x.text === label);
  return b && "callback_data" in b ? b.callback_data : undefined;
};
const toastsSince = (from: number) => h.emulator.calls.slice(from).filter((c) => c.method === "answerCallbackQuery").map((c) => (c.payload as { text?: string }).text);

describe.each(["en", "id"] as const)("undo a cancel (%s)", (lang) => {
  const w = words[lang];

  it("/cancel at the summary: ↩️ Resume opens the same flight again, price checked, and (at the price agreed before) the summary with everyone and the contact kept right after; it books", async () => {
    const a = privateAgent(lang);
    const flight = await toSummary(a, `${w.search} CGK DPS ${futureDate(81).wire} 2`, ["Mr Budi Santoso", "Mrs Sari Dewi"]);
    expect(a.last()?.text).toContain(w.summary);
    const cancelled = await a.say(w.cancel);
    expect(cancelled?.text).toBe(w.cancelled);
    expect(buttonData(cancelled, w.resume)).toBeDefined();
    const quotes = h.sandbox.controls.callCount("getprice-json");
    const sent = h.emulator.chatMessages(a.chat.id).length;
    const summary = await a.tap(w.resume);
    // The flight's card, its price asked of the provider again; the same price: the summary without ✅ Continue again.
    expect(a.botTexts(sent).join("\n")).toContain(`✈️ ${flight}`);
    expect(h.sandbox.controls.callCount("getprice-json")).toBeGreaterThan(quotes);
    expect(summary?.text).toContain(w.summary);
    expect(summary?.text).toContain("Budi Santoso");
    expect(summary?.text).toContain("Sari Dewi");
    expect(summary?.text).toContain("agen@example.com");
    await a.tap(w.book);
    expect(a.last()?.text).toMatch(/(?:Kode|Code): [A-Z0-9]{6}/);
    expect(h.emulator.errors).toEqual([]);
  });

  it("✖️ Cancel tapped at the summary: the same way back", async () => {
    const a = privateAgent(lang);
    const flight = await toSummary(a, `${w.search} CGK SUB ${futureDate(82).wire} 1`);
    const cancelled = await a.tap(w.cancelButton);
    expect(cancelled?.text).toBe(w.cancelled);
    const sent = h.emulator.chatMessages(a.chat.id).length;
    const summary = await a.tap(w.resume);
    expect(a.botTexts(sent).join("\n")).toContain(`✈️ ${flight}`);
    expect(summary?.text).toContain(w.summary);
    expect(summary?.text).toContain("Budi Santoso");
  });

  it("cancel typed at the second passenger's name: the first one kept, the second asked", async () => {
    const a = privateAgent(lang);
    await a.say(`${w.search} CGK KNO ${futureDate(83).wire} 2`);
    const flight = await pickFirstFlight(a);
    await a.tap(w.go);
    await fillPassengersUntilSecond(a);
    expect(a.last()?.text).toContain(w.second);
    const cancelled = await a.say(w.typedCancel);
    expect(cancelled?.text).toBe(w.cancelled);
    const sent = h.emulator.chatMessages(a.chat.id).length;
    // The card (price checked again, the same), then the question the cancel was at.
    expect((await a.tap(w.resume))?.text).toContain(w.second);
    expect(a.botTexts(sent).join("\n")).toContain(`✈️ ${flight}`);
    // The flow goes on from there: the second name, the contact, then the summary with both.
    await fillPassengers(a, ["Mrs Sari Dewi"]);
    expect(a.last()?.text).toContain("Budi Santoso");
    expect(a.last()?.text).toContain("Sari Dewi");
  });

  it("cancel at a results list: ↩️ Resume brings the list back in that message; a second tap is an expired button", async () => {
    const a = privateAgent(lang);
    await a.say(`${w.search} CGK BPN ${futureDate(84).wire} 1`);
    const cancelled = await a.say(w.cancel);
    expect(cancelled?.text).toBe(w.cancelled);
    const data = buttonData(cancelled, w.resume)!;
    const list = await a.tap(w.resume);
    expect(list?.message_id).toBe(cancelled?.message_id);
    expect(list?.text).toContain("CGK → BPN");
    // The list is live again: a flight opens from it.
    await pickFirstFlight(a);
    expect(a.last()?.text).toContain("✈️");
    expect((await forge(a, data)).toast).toBe(w.stale);
  });

  it("nothing worth keeping (cancelled at 'Where from?'): the plain answer, no button", async () => {
    const a = privateAgent(lang);
    await a.say(w.search);
    const cancelled = await a.say(w.cancel);
    expect(cancelled?.text).toBe(w.cancelled);
    expect(cancelled?.reply_markup).toBeUndefined();
  });

  it("a new search started meanwhile: the old ↩️ Resume says it is no longer active, and the new search stays", async () => {
    const a = privateAgent(lang);
    await toSummary(a, `${w.search} CGK PNK ${futureDate(85).wire} 1`);
    const cancelled = await a.say(w.cancel);
    const data = buttonData(cancelled, w.resume)!;
    await a.say(`${w.search} CGK DJB ${futureDate(85).wire} 1`);
    const list = a.last();
    expect(list?.text).toContain("CGK → DJB");
    const n0 = h.emulator.chatMessages(a.chat.id).length;
    const calls = h.emulator.calls.length;
    await h.app.bot.handleUpdate(h.emulator.clickButton({ chat: a.chat, from: a.user, messageId: cancelled!.message_id, data }));
    expect(toastsSince(calls)).toEqual([w.stale]);
    expect(a.botTexts(n0)).toEqual([]);
    // The new list still takes a pick.
    await pickFirstFlight(a);
    expect(a.last()?.text).toContain("✈️");
  });

  it("in a group only the member who cancelled can use it: another member, another chat and forged data get the expired-button answer", async () => {
    n++;
    const chat = { id: -1_009_310_000 - n, type: "supergroup" as const, title: "Maju Travel" };
    const ana = new Agent(h, { id: 93_200 + n, first_name: "Ana", language_code: lang }, chat);
    const ben = new Agent(h, { id: 93_300 + n, first_name: "Ben", language_code: lang }, chat);
    h.emulator.addMember(chat.id, ana.user.id);
    h.emulator.addMember(chat.id, ben.user.id);
    await ben.say(`${w.search}${bot()} CGK LOP ${futureDate(86).wire} 1`);
    const cancelled = await ben.say(`${w.cancel}${bot()}`);
    expect(cancelled?.text).toBe(w.ben);
    const data = buttonData(cancelled, w.resume)!;
    expect(data).toBeDefined();
    const n0 = h.emulator.chatMessages(chat.id).length;
    // Ana taps Ben's button.
    let calls = h.emulator.calls.length;
    await h.app.bot.handleUpdate(h.emulator.clickButton({ chat, from: ana.user, messageId: cancelled!.message_id, data }));
    expect(toastsSince(calls)).toEqual([w.stale]);
    // Ben's data sent from another chat (his private chat, on the bot's message there), and made-up data in the group.
    const dm = new Agent(h, ben.user, { id: ben.user.id, type: "private" });
    await dm.say("/start");
    expect((await forge(dm, data)).toast).toMatch(/no longer active|sudah tidak aktif/);
    expect((await forge(ben, `${data.slice(0, -2)}zz`)).toast).toBe(w.stale);
    expect((await forge(ana, data)).toast).toBe(w.stale);
    expect(h.emulator.chatMessages(chat.id).slice(n0).filter((m) => m.fromBot)).toEqual([]);
    // Ben's own tap still works: his list comes back.
    calls = h.emulator.calls.length;
    const list = await ben.tap(w.resume);
    expect(list?.text).toContain("CGK → LOP");
    expect(toastsSince(calls)).not.toContain(w.stale);
    expect(h.emulator.errors).toEqual([]);
  });

  it.each([
    ["a list", false],
    ["a flight with a passenger", true],
  ] as const)("another member's OWN token sent on Ben's Cancelled message (she had %s): the expired-button answer, Ben's message and both Resumes unchanged", async (_, picked) => {
    n++;
    const chat = { id: -1_009_320_000 - n, type: "supergroup" as const, title: "Maju Travel" };
    const ana = new Agent(h, { id: 93_400 + n, first_name: "Ana", language_code: lang }, chat);
    const ben = new Agent(h, { id: 93_500 + n, first_name: "Ben", language_code: lang }, chat);
    h.emulator.addMember(chat.id, ana.user.id);
    h.emulator.addMember(chat.id, ben.user.id);
    await ben.say(`${w.search}${bot()} CGK LOP ${futureDate(86).wire} 1`);
    const benCancelled = (await ben.say(`${w.cancel}${bot()}`))!;
    await ana.say(`${w.search}${bot()} CGK DPS ${futureDate(87).wire} 1`);
    if (picked) {
      const results = ana.lastForMe()!;
      const pick = results.reply_markup!.inline_keyboard.flat().find((b) => "callback_data" in b && b.callback_data.includes(":o:")) as { callback_data: string };
      await ana.tap({ data: pick.callback_data });
      await ana.tap(w.go);
      await ana.reply("Mrs Ana Putri");
    }
    const anaCancelled = (await ana.say(`${w.cancel}${bot()}`))!;
    const anaData = buttonData(anaCancelled, w.resume)!;
    expect(anaData).toBeDefined();
    const before = JSON.stringify(h.emulator.chatMessages(chat.id).find((m) => m.message_id === benCancelled.message_id));
    const n0 = h.emulator.chatMessages(chat.id).length;
    const calls = h.emulator.calls.length;
    await h.app.bot.handleUpdate(h.emulator.forgeCallback({ chat, from: ana.user, messageId: benCancelled.message_id, data: anaData }));
    expect(toastsSince(calls)).toEqual([w.stale]);
    expect(JSON.stringify(h.emulator.chatMessages(chat.id).find((m) => m.message_id === benCancelled.message_id))).toBe(before);
    expect(h.emulator.chatMessages(chat.id).slice(n0).filter((m) => m.fromBot)).toEqual([]);
    // Nothing was used up: Ben's Resume brings his list back, Ana's her own.
    expect((await ben.tap({ data: buttonData(benCancelled, w.resume)! }))?.text).toContain("CGK → LOP");
    // Her list redrawn in place, or her flight's card followed by the question she was at.
    const sent = h.emulator.chatMessages(chat.id).length;
    const resumed = await ana.tap({ data: anaData });
    expect([resumed?.text, ...h.emulator.chatMessages(chat.id).slice(sent).filter((m) => m.fromBot).map((m) => m.text)].join("\n")).toContain("DPS");
    expect(h.emulator.errors).toEqual([]);
  });
});

/** The first passenger given (and a birth date if the flight asks one): up to the second's name. */
async function fillPassengersUntilSecond(a: Agent): Promise<void> {
  const msg = await a.say("Mr Budi Santoso");
  if (/Tanggal lahir|Date of birth/.test(msg?.text ?? "")) await a.say("17-08-1990");
}
