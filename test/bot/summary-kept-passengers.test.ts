import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, futureDate, startHarness, type Harness } from "../support/bot-harness.js";
import { generateFlights } from "../../src/sandbox/mmbc/flights/generate-flights.js";
import { fillPassengers } from "./journey-steps.js";
import { flightButtons } from "../support/result-buttons.js";
import { asksOnlyName, tiketPlain } from "../support/sandbox-days.js";

// From a probe: a flight picked at the summary's new list that asks a detail the first did not (MMBC's
// Citilink and AirAsia ask every passenger's birth date; Garuda, Lion and Batik none) dropped every
// passenger, and each name was typed again. Now the names stay and only the missing detail is asked per
// passenger; a birth date that no longer fits the new day (a child turned adult) is said, then asked again.
// And "tambah 1 dewasa" to an adult and a child already given said to type "back": now that party is
// searched inside the booking, the new adult asked and placed before the child.

let h: Harness;
let both: Harness;
beforeAll(async () => { [h, both] = await Promise.all([startHarness(), startHarness({ use: "both" })]); });
afterAll(async () => { await Promise.all([h?.close(), both?.close()]); });

let nextId = 99_400;
const agentIn = (lang: "id" | "en") => {
  const id = nextId++;
  return new Agent(h, { id, first_name: "Rina", language_code: lang }, { id, type: "private" });
};
const SUMMARY = /Periksa sebelum booking|Check before booking/;
const BIRTH = /^(QZ|QG)-/;
const NO_BIRTH = /^(GA|JT|ID|IU|SJ|IW)-/;
const dm = (iso: string) => `${Number(iso.slice(8, 10))}/${Number(iso.slice(5, 7))}`;

/** A flight of `airline` with seats on the route that day. */
const flightOn = (from: string, to: string, iso: string, airline: RegExp) => generateFlights(from, to, iso).find((f) => airline.test(f.code) && f.baseSeats >= 4 && !f.international);

/** A day from `start` on with a flight of each airline family asked. */
function dayWith(from: string, to: string, start: number, ...airlines: RegExp[]) {
  for (let d = start; d < start + 60; d++) {
    const day = futureDate(d);
    const codes = airlines.map((a) => flightOn(from, to, day.iso, a)?.code);
    if (codes.every(Boolean)) return { ...day, d, codes: codes as string[] };
  }
  throw new Error("no such day");
}

/** The date `years` years before `iso`, as dd-mm-yyyy. */
const yearsBefore = (iso: string, years: number) => `${iso.slice(8, 10)}-${iso.slice(5, 7)}-${Number(iso.slice(0, 4)) - years}`;

/** The search, the flight typed at its list, its price card accepted, passengers and contact: the summary. */
async function summaryOf(agent: Agent, search: string, code: string, names: string[]): Promise<void> {
  await agent.say(search);
  await agent.say(code);
  await agent.tap(agent.last()!.reply_markup!.inline_keyboard.flat()[0]!.text);
  await fillPassengers(agent, names);
  expect(agent.last()?.text ?? "", agent.transcript(4)).toMatch(SUMMARY);
}

/** The flight typed at the list on screen and its price card accepted: the bot's reply. */
async function pickTyped(agent: Agent, code: string): Promise<string> {
  await agent.say(code);
  expect(JSON.stringify(agent.last()?.reply_markup ?? {}), agent.transcript(3)).toMatch(/Lanjut|Continue/);
  await agent.tap(agent.last()!.reply_markup!.inline_keyboard.flat()[0]!.text);
  return agent.last()?.text ?? "";
}

describe("passengers kept for a flight picked at the summary's list", () => {
  it.each([
    ["id", "yg citilink aja", "Tanggal lahir Budi Santoso", "Tanggal lahir Ani Lestari"],
    ["en", "citilink only", "Date of birth of Budi Santoso", "Date of birth of Ani Lestari"],
  ] as const)("%s: a flight asking birth dates keeps the names and asks only each one's birth date", async (lang, typed, first, second) => {
    const agent = agentIn(lang);
    const day = dayWith("CGK", "PLM", lang === "id" ? 20 : 24, NO_BIRTH, /^QG-/);
    await summaryOf(agent, `${lang === "id" ? "/cari" : "/search"} CGK PLM ${day.wire} 2`, day.codes[0]!, ["Mr Budi Santoso", "Mrs Ani Lestari"]);
    await agent.say(typed);
    const asked = await pickTyped(agent, day.codes[1]!);
    expect(asked, agent.transcript(4)).toContain(first);
    expect((await agent.say("17-08-1990"))?.text ?? "", agent.transcript(3)).toContain(second);
    const summary = (await agent.say("12-05-1992"))?.text ?? "";
    expect(summary, agent.transcript(3)).toMatch(SUMMARY);
    expect(summary).toContain("Budi Santoso");
    expect(summary).toContain("Ani Lestari");
    expect(summary).toContain("agen@example.com");
    expect(h.emulator.errors).toEqual([]);
  });

  it.each([
    ["id", (iso: string) => `ganti tgl ${dm(iso)}`, /Tanggal lahir Rizky Santoso yang sudah diisi \(.+\) tidak cocok.*Rizky Santoso berumur 13 tahun/, "Tanggal lahir Rizky Santoso"],
    ["en", (iso: string) => `change date to ${iso.split("-").reverse().join("-")}`, /date of birth given for Rizky Santoso \(.+\) does not fit.*Rizky Santoso is 13 years old/, "Date of birth of Rizky Santoso"],
  ] as const)("%s: a child who is an adult on the new day is said so and asked their birth date again; the adult's stays", async (lang, change, said, question) => {
    const agent = agentIn(lang);
    const first = dayWith("CGK", "BTH", lang === "id" ? 30 : 34, BIRTH);
    const next = dayWith("CGK", "BTH", first.d + 1, BIRTH);
    const party = lang === "id" ? "1 dewasa 1 anak" : "1 adult 1 child";
    await agent.say(`${lang === "id" ? "/cari" : "/search"} CGK BTH ${first.wire} ${party}`);
    await agent.say(first.codes[0]!);
    await agent.tap(agent.last()!.reply_markup!.inline_keyboard.flat()[0]!.text);
    await agent.say("Mr Budi Santoso");
    await agent.say("17-08-1990");
    await agent.say("Mstr Rizky Santoso");
    // 12 on the first day, 13 (an adult at MMBC) on the next.
    await agent.say(yearsBefore(next.iso, 13));
    await agent.say("agen@example.com");
    await agent.say("081234567890");
    expect(agent.last()?.text ?? "", agent.transcript(4)).toMatch(SUMMARY);
    await agent.say(change(next.iso));
    const asked = await pickTyped(agent, next.codes[0]!);
    const lately = agent.h.emulator.chatMessages(agent.chat.id).filter((m) => m.fromBot).slice(-2).map((m) => m.text ?? "").join("\n");
    expect(lately, agent.transcript(4)).toMatch(said);
    expect(asked).toContain(question);
    expect(lately).not.toMatch(/Budi Santoso\?/);
    const summary = (await agent.say("01-01-2018"))?.text ?? "";
    expect(summary, agent.transcript(3)).toMatch(SUMMARY);
    expect(summary).toContain("Budi Santoso");
    expect(summary).toContain("Rizky Santoso");
    expect(h.emulator.errors).toEqual([]);
  });
});

describe("an adult added at the summary to a party with a child", () => {
  it.each([
    ["id", "tambah 1 dewasa", "1 dewasa 1 anak", /👥 Mencari lagi untuk 2 dewasa, 1 anak/, /Penumpang 2 dari 3/],
    ["en", "add 1 adult", "1 adult 1 child", /👥 Searching again for 2 adults, 1 child/, /Passenger 2 of 3/],
  ] as const)("%s: '%s' searches the party inside the booking; the new adult is asked and placed before the child", async (lang, typed, party, note, place) => {
    const agent = agentIn(lang);
    const day = dayWith("CGK", "PNK", lang === "id" ? 40 : 44, NO_BIRTH);
    await summaryOf(agent, `${lang === "id" ? "/cari" : "/search"} CGK PNK ${day.wire} ${party}`, day.codes[0]!, ["Mr Budi Santoso", "Mstr Rizky Santoso"]);
    await agent.say(typed);
    const said = agent.h.emulator.chatMessages(agent.chat.id).filter((m) => m.fromBot).slice(-2).map((m) => m.text ?? "").join("\n");
    expect(said, agent.transcript(4)).toMatch(note);
    const asked = await pickTyped(agent, day.codes[0]!);
    expect(asked, agent.transcript(4)).toMatch(place);
    const summary = (await agent.say("Mrs Ani Lestari"))?.text ?? "";
    expect(summary, agent.transcript(3)).toMatch(SUMMARY);
    const at = ["Budi Santoso", "Ani Lestari", "Rizky Santoso"].map((n) => summary.indexOf(n));
    expect(at.every((i) => i >= 0), summary).toBe(true);
    expect(at).toEqual([...at].sort((a, b) => a - b));
    expect(h.emulator.errors).toEqual([]);
  });
});

describe("both providers: a tiket.com flight picked at the summary's list after an MMBC one", () => {
  it.each([
    ["id", "yg citilink aja", "Tanggal lahir Budi Santoso", /Penumpang \d dari/],
    ["en", "citilink only", "Date of birth of Budi Santoso", /Passenger \d of/],
  ] as const)("%s: the name stays; only what tiket.com asks more (the birth date, the KTP) is asked", async (lang, typed, first, nameQuestion) => {
    const id = nextId++;
    const agent = new Agent(both, { id, first_name: "Rina", language_code: lang }, { id, type: "private" });
    // A day whose first page has an MMBC flight asking only the name and a tiket.com one without a captcha.
    let tiket: { callback_data: string } | undefined;
    for (let d = lang === "id" ? 50 : 56; d < 80 && !tiket; d++) {
      await agent.say(`${lang === "id" ? "/cari" : "/search"} CGK SRG ${futureDate(d).wire} 1`);
      const buttons = flightButtons(agent);
      const mmbc = buttons.find((b) => b.text.endsWith("· MMBC") && asksOnlyName(b.text.split(" ")[0]!, "CGK", "SRG"));
      const other = buttons.find((b) => b.text.endsWith("· tiket") && tiketPlain(b.text));
      if (!mmbc || !other) continue;
      await agent.tap({ data: mmbc.callback_data });
      await agent.tap(agent.last()!.reply_markup!.inline_keyboard.flat()[0]!.text);
      await fillPassengers(agent, ["Mr Budi Santoso"]);
      expect(agent.last()?.text ?? "", agent.transcript(4)).toMatch(SUMMARY);
      tiket = other;
    }
    if (!tiket) throw new Error("no day with both");
    await agent.say(typed);
    // The same list again: its tiket.com flight.
    const again = flightButtons(agent).find((b) => b.text.endsWith("· tiket") && tiketPlain(b.text))!;
    await agent.tap({ data: again.callback_data });
    await agent.tap(agent.last()!.reply_markup!.inline_keyboard.flat()[0]!.text);
    let q = agent.last()?.text ?? "";
    expect(q, agent.transcript(4)).toContain(first);
    for (let i = 0; i < 5 && !SUMMARY.test(q); i++) {
      expect(q, agent.transcript(3)).not.toMatch(nameQuestion);
      if (/Tanggal lahir|Date of birth/.test(q)) q = (await agent.say("17-08-1990"))?.text ?? "";
      else if (/KTP/.test(q)) q = (await agent.say("3174092302900001"))?.text ?? "";
      else if (/Kewarganegaraan|Nationality/.test(q)) q = (await agent.say("Indonesia"))?.text ?? "";
      else throw new Error(`unexpected question:\n${agent.transcript(4)}`);
    }
    expect(q, agent.transcript(4)).toMatch(SUMMARY);
    expect(q).toContain("Budi Santoso");
    expect(both.emulator.errors).toEqual([]);
  });
});
