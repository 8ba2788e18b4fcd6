import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, futureDate, startHarness, type Harness } from "../support/bot-harness.js";
import { fillPassengers, toSummary } from "./journey-steps.js";

// From a probe: "yg pagi aja", "yg lebih murah", "kok mahal" at the summary, and "ada yg lebih murah?" at the
// price card, got only "Silakan pilih dengan tombol." / "Pilih dengan tombol di kartu harga". Now the list
// comes back inside the booking (passengers and contact kept, as "yg garuda aja" does), filtered to that time
// of day or cheapest first; a flight that is already the list's cheapest is said so, and the card or summary stays.

let h: Harness;
beforeAll(async () => { h = await startHarness(); });
afterAll(async () => { await h?.close(); });

let nextId = 99_700;
const agentIn = (lang: "id" | "en") => {
  const id = nextId++;
  return new Agent(h, { id, first_name: "Yuni", language_code: lang }, { id, type: "private" });
};
const SUMMARY = /Periksa sebelum booking|Check before booking/;
const search = (lang: "id" | "en", days: number) => `${lang === "id" ? "/cari" : "/search"} CGK DPS ${futureDate(days).wire} 1`;
const saidSince = (agent: Agent, n: number) => agent.h.emulator.chatMessages(agent.chat.id).filter((m) => m.fromBot).slice(n).map((m) => m.text ?? "").join("\n");
const botCount = (agent: Agent) => agent.h.emulator.chatMessages(agent.chat.id).filter((m) => m.fromBot).length;
const listButtons = (agent: Agent) => {
  const list = agent.h.emulator.chatMessages(agent.chat.id).filter((m) => m.fromBot && m.reply_markup?.inline_keyboard.flat().some((b) => "callback_data" in b && b.callback_data.includes(":o:"))).at(-1)!;
  return list.reply_markup!.inline_keyboard.flat().filter((b) => "callback_data" in b && b.callback_data.includes(":o:")) as { callback_data: string }[];
};

/** A flight from the list's `from`th on with seats for the party (1: after the cheapest): its price card on screen. */
async function pickWithSeats(agent: Agent, from = 0): Promise<void> {
  for (let i = from; i < listButtons(agent).length; i++) {
    await agent.tap({ data: listButtons(agent)[i]!.callback_data });
    if (/Lanjut|Continue/.test(JSON.stringify(agent.last()?.reply_markup ?? {}))) return;
  }
  throw new Error(`no flight with seats:\n${agent.transcript(6)}`);
}

describe.each([
  ["id", { cheaper: "ada yg lebih murah?", dear: "kok mahal", morning: "yg pagi aja", sorted: /diurutkan dari yang termurah/, cheapest: /Ini sudah yang termurah di daftar/, time: /penerbangan pagi/, kept: /data penumpang dan kontak tetap tersimpan/ }],
  ["en", { cheaper: "anything cheaper?", dear: "too expensive", morning: "the morning one", sorted: /cheapest first/, cheapest: /This is already the cheapest on the list/, time: /morning flights/, kept: /passengers and contact kept/ }],
] as const)("the list asked back for a time of day or cheaper flights (%s)", (lang, w) => {
  it("at the card: cheaper flights bring the list back cheapest first", async () => {
    const agent = agentIn(lang);
    await agent.say(search(lang, 5));
    await pickWithSeats(agent, 1);
    const n = botCount(agent);
    await agent.say(w.cheaper);
    const said = saidSince(agent, n);
    expect(said, agent.transcript(4)).toMatch(w.sorted);
    expect(said).not.toMatch(/Pilih dengan tombol|Choose with the buttons/);
    expect(listButtons(agent).length).toBeGreaterThan(1);
  });

  it("at the card of the cheapest: says so, and the card still goes on", async () => {
    const agent = agentIn(lang);
    await agent.say(search(lang, 5));
    await agent.tap({ data: listButtons(agent)[0]!.callback_data });
    const reply = (await agent.say(w.dear))?.text ?? "";
    expect(reply, agent.transcript(4)).toMatch(w.cheapest);
    await agent.tap(lang === "id" ? "✅ Lanjut" : "✅ Continue");
    expect(agent.last()?.text ?? "", agent.transcript(3)).toMatch(/Penumpang 1 dari 1|Passenger 1 of 1/);
  });

  it("at the card: a time of day brings the list back filtered to it", async () => {
    const agent = agentIn(lang);
    await agent.say(search(lang, 5));
    await pickWithSeats(agent, 1);
    const n = botCount(agent);
    await agent.say(w.morning);
    expect(saidSince(agent, n), agent.transcript(4)).toMatch(w.time);
    expect(listButtons(agent).length).toBeGreaterThan(0);
  });

  it("at the summary: a time of day brings the list back filtered, everyone kept for the flight picked", async () => {
    const agent = agentIn(lang);
    await toSummary(agent, search(lang, 6));
    const n = botCount(agent);
    await agent.say(lang === "id" ? "ganti penerbangan yg pagi" : w.morning);
    const said = saidSince(agent, n);
    expect(said, agent.transcript(4)).toMatch(w.kept);
    expect(said).toMatch(w.time);
    await pickWithSeats(agent);
    await agent.tap(agent.last()!.reply_markup!.inline_keyboard.flat()[0]!.text);
    expect(agent.last()?.text ?? "", agent.transcript(4)).toMatch(SUMMARY);
  });

  it("at the summary of the cheapest: says so, and the summary still books", async () => {
    const agent = agentIn(lang);
    await toSummary(agent, search(lang, 6));
    const reply = (await agent.say(w.dear))?.text ?? "";
    expect(reply, agent.transcript(4)).toMatch(w.cheapest);
    expect(reply).toMatch(/Belum dibooking|Not booked yet/);
  });

  it("at the summary of a dearer flight: the list cheapest first, everyone kept", async () => {
    const agent = agentIn(lang);
    await agent.say(search(lang, 7));
    await pickWithSeats(agent, 1);
    await agent.tap(agent.last()!.reply_markup!.inline_keyboard.flat()[0]!.text);
    await fillPassengers(agent, ["Mr Budi Santoso"]);
    expect(agent.last()?.text ?? "", agent.transcript(3)).toMatch(SUMMARY);
    const n = botCount(agent);
    await agent.say(lang === "id" ? "yg lebih murah" : "cheaper one");
    const said = saidSince(agent, n);
    expect(said, agent.transcript(4)).toMatch(w.sorted);
    expect(said).toMatch(w.kept);
    await pickWithSeats(agent);
    await agent.tap(agent.last()!.reply_markup!.inline_keyboard.flat()[0]!.text);
    expect(agent.last()?.text ?? "", agent.transcript(4)).toMatch(SUMMARY);
  });
});

/** A party of one adult and one infant, up to the summary (the infant's birth date asked by name). */
async function toSummaryWithInfant(agent: Agent, lang: "id" | "en", days: number): Promise<void> {
  await agent.say(`${lang === "id" ? "/cari" : "/search"} CGK DPS ${futureDate(days).wire} ${lang === "id" ? "1 dws 1 bayi" : "1 adult 1 infant"}`);
  await pickWithSeats(agent);
  await agent.tap(agent.last()!.reply_markup!.inline_keyboard.flat()[0]!.text);
  await agent.say("Mr Budi Santoso");
  for (let i = 0; i < 8; i++) {
    const q = agent.last()?.text ?? "";
    if (SUMMARY.test(q)) return;
    if (/Kiki/.test(q) && /Tanggal lahir|Date of birth/.test(q)) await agent.say("01-01-2026");
    else if (/Tanggal lahir|Date of birth/.test(q)) await agent.say("17-08-1990");
    else if (/Penumpang 2|Passenger 2/.test(q)) await agent.say("Miss Kiki Amelia");
    else if (/E-mail|e-mail/.test(q)) await agent.say("agen@example.com, 081234567890");
    else if (/kontak terakhir|last contact/.test(q)) await agent.tap("✏️");
    else throw new Error(`unexpected:\n${agent.transcript(4)}`);
  }
  throw new Error(`no summary:\n${agent.transcript(4)}`);
}

describe.each([
  ["id", "kurangi 1 bayi", /Mencari lagi untuk 1 penumpang, tanpa Kiki Amelia/],
  ["id", "bayinya gak jadi", /Mencari lagi untuk 1 penumpang, tanpa Kiki Amelia/],
  ["en", "remove the infant", /Searching again for 1 pax, without Kiki Amelia/],
] as const)("a smaller party at the summary (%s: '%s')", (lang, typed, note) => {
  it("searches without the infant, the adult and contact kept for the flight picked", async () => {
    const agent = agentIn(lang);
    await toSummaryWithInfant(agent, lang, 8);
    const n = botCount(agent);
    await agent.say(typed);
    expect(saidSince(agent, n), agent.transcript(4)).toMatch(note);
    await pickWithSeats(agent);
    await agent.tap(agent.last()!.reply_markup!.inline_keyboard.flat()[0]!.text);
    const summary = agent.last()?.text ?? "";
    expect(summary, agent.transcript(4)).toMatch(SUMMARY);
    expect(summary).toContain("Budi Santoso");
    expect(summary).not.toContain("Kiki");
  });
});
