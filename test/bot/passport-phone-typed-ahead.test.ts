import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, startHarness, type Harness } from "../support/bot-harness.js";
import { tiketPlain, tiketPlainDay } from "../support/sandbox-days.js";
import type { StoredMessage } from "../support/telegram/index.js";
import { internationalDay, pickFirstFlight } from "./journey-steps.js";

// An agent typing ahead the customer's contact at the passport question (CGK→SIN): the e-mail was kept,
// but the phone typed alone ("081234567890") became the passport number and went to MMBC. A mobile
// number at a passport or ID question is the contact's phone (said kept, the question asked again);
// a 10+ digit number that is neither is asked about; a real passport number is taken as before.

let h: Harness;
let tiket: Harness;
beforeAll(async () => {
  h = await startHarness();
  tiket = await startHarness({ use: "tiket" });
});
afterAll(async () => {
  await h?.close();
  await tiket?.close();
});

const words = {
  id: { search: "/cari", go: "Lanjut", kept: "Kontak dicatat untuk booking ini", passport: "🛂 Paspor", numberKept: "Nomor paspor", summary: "Periksa sebelum booking", book: "✅ Booking", code: /Kode: ([A-Z0-9]{6})/, notPassport: "nomor HP, bukan nomor paspor", doubt: "ada 10 digit" },
  en: { search: "/search", go: "Continue", kept: "Contact noted for this booking", passport: "🛂 Passport", numberKept: "Passport number", summary: "Check before booking", book: "✅ Book", code: /Code: ([A-Z0-9]{6})/, notPassport: "a mobile number, not a passport number", doubt: "has 10 digits" },
} as const;
type Lang = keyof typeof words;

let nextId = 58_300;
const day = internationalDay();

/** A private chat on MMBC, CGK → SIN, up to the passport question. */
async function toPassport(lang: Lang): Promise<{ a: Agent; q: string }> {
  const id = (nextId += 1);
  const a = new Agent(h, { id, first_name: "Rina", language_code: lang }, { id, type: "private" });
  await a.say(`${words[lang].search} CGK SIN ${day.wire} 1`);
  await pickFirstFlight(a);
  await a.tap(words[lang].go);
  let q = (await a.say("Mr Budi Santoso"))?.text ?? "";
  if (/Tanggal lahir|Date of birth/.test(q)) q = (await a.say("17-08-1990"))?.text ?? "";
  expect(q, a.transcript(4)).toContain(words[lang].passport);
  return { a, q };
}

/** Answers what is left up to the summary (`passport`: typed at the passport question). */
async function toSummary(a: Agent, q: string, passport: string): Promise<string> {
  for (let i = 0; i < 8 && !/Periksa sebelum booking|Check before booking/.test(q); i++) {
    if (/Paspor|Passport/.test(q)) q = (await a.say(passport))?.text ?? "";
    else if (/Kewarganegaraan|Nationality/.test(q)) q = (await a.say("Indonesia"))?.text ?? "";
    else if (/Tanggal terbit|issue date/i.test(q)) q = (await a.say("15-01-2022"))?.text ?? "";
    else if (/Tanggal habis|expiry date/i.test(q)) q = (await a.say("31-12-2031"))?.text ?? "";
    else break;
  }
  return q;
}

describe.each(["id", "en"] as const)("a phone typed ahead at the passport question, private chat (%s)", (lang) => {
  const w = words[lang];

  it("e-mail then 08… alone: both kept as the contact, the passport asked again; MMBC gets the real passport", async () => {
    const { a } = await toPassport(lang);
    expect((await a.say("budi@example.com"))?.text).toContain(`${w.kept}: budi@example.com`);
    const after = (await a.say("081234567890"))?.text ?? "";
    expect(after, a.transcript(3)).toContain(`${w.kept}: budi@example.com · 081234567890`);
    expect(after).toContain(w.passport);
    expect(after).not.toMatch(/(paspor|passport).{0,20}081234567890/i);
    const summary = await toSummary(a, after, "A1234567 31-12-2031");
    expect(summary, a.transcript(4)).toContain(w.summary);
    expect(summary).toContain("A1234567");
    expect(summary).toContain("budi@example.com · 081234567890");
    await a.tap(w.book);
    const code = w.code.exec(a.last()?.text ?? "")?.[1];
    expect(code, a.transcript(3)).toBeDefined();
    const booked = h.sandbox.controls.getBooking(code!)!;
    expect(booked.passengers.map((p) => p.passportNumber)).toEqual(["A1234567"]);
  });

  it("a phone typed in groups of digits with +62, after the expiry alone: kept as the contact; the passport number is still asked", async () => {
    const { a } = await toPassport(lang);
    expect((await a.say("31-12-2031"))?.text).toMatch(/31 (Des|Dec) 2031/);
    const after = (await a.say("+62 812-3456-7890"))?.text ?? "";
    expect(after, a.transcript(3)).toContain(`${w.kept}: 081234567890`);
    expect(after).not.toContain(w.numberKept);
    expect((await a.say("X1234567"))?.text, a.transcript(3)).not.toContain(w.passport);
  });

  it("a 10-digit number that is no Indonesian mobile is asked about; sent again the same, it is the passport number", async () => {
    const { a } = await toPassport(lang);
    const asked = (await a.say("1234567890"))?.text ?? "";
    expect(asked, a.transcript(3)).toContain(w.doubt);
    expect(asked).not.toContain(w.numberKept);
    expect((await a.say("1234567890"))?.text, a.transcript(3)).toContain(`${w.numberKept} 1234567890`);
  });

  it("a foreign passport of 9 digits is still taken at once", async () => {
    const { a } = await toPassport(lang);
    expect((await a.say("123456789"))?.text, a.transcript(3)).toContain(`${w.numberKept} 123456789`);
  });
});

describe.each(["id", "en"] as const)("a phone typed at the passport question asked privately for a group (%s)", (lang) => {
  const w = words[lang];

  it("is said to be a phone, not taken; the real passport then goes to MMBC", async () => {
    nextId += 1;
    const group = { id: -100_958_000 - nextId, type: "group" as const, title: `Agen ${nextId}` };
    const agent = new Agent(h, { id: nextId, first_name: "Rina", language_code: lang }, group);
    await agent.say(`${w.search}@${h.emulator.botInfo.username} CGK SIN ${day.wire} 1`);
    await agent.reply(day.code);
    await agent.tap(w.go);
    await agent.reply("Mr Budi Santoso");
    const url = agent.lastForMe()!.reply_markup!.inline_keyboard.flat().find((b) => "url" in b) as { url: string };
    const dm = new Agent(h, agent.user, { id: agent.user.id, type: "private" });
    let q: StoredMessage | undefined = await dm.say(`/start ${url.url.split("start=")[1]}`);
    if (/Tanggal lahir|Date of birth/.test(q?.text ?? "")) q = await dm.say("17-08-1990");
    expect(q?.text, dm.transcript(3)).toContain(w.passport);
    const after = (await dm.say("0812 3456 7890"))?.text ?? "";
    expect(after, dm.transcript(3)).toContain(w.notPassport);
    expect(after).toContain(w.passport);
    expect(after).not.toContain(w.numberKept);
    for (let i = 0; i < 4; i++) {
      const t = (await dm.say(i === 0 ? "A1234567 31-12-2031" : /Kewarganegaraan|Nationality/.test(dm.last()?.text ?? "") ? "ID" : "15-01-2022"))?.text ?? "";
      if (!/Kewarganegaraan|Nationality|Tanggal terbit|issue date/i.test(t)) break;
    }
    await agent.tap(lang === "id" ? "▶️ Lanjutkan" : "▶️ Continue");
    await agent.reply("kantor@example.com");
    const summary = (await agent.reply("081234567890"))?.text ?? "";
    expect(summary, agent.transcript(4)).toContain(w.summary);
    await agent.tap(w.book);
    const code = w.code.exec(agent.lastForMe()?.text ?? "")?.[1];
    expect(code, agent.transcript(4)).toBeDefined();
    expect(h.sandbox.controls.getBooking(code!)!.passengers.map((p) => p.passportNumber)).toEqual(["A1234567"]);
  });
});

describe("a phone typed ahead at the KTP/ID and birth-date questions (tiket.com, CGK → DPS)", () => {
  async function toDetails(lang: Lang, days: number): Promise<{ a: Agent; q: string }> {
    const id = (nextId += 1);
    const a = new Agent(tiket, { id, first_name: "Agen", language_code: lang }, { id, type: "private" });
    await a.say(`${words[lang].search} CGK DPS ${tiketPlainDay("CGK DPS", days).wire} 1`);
    const buttons = a.last()!.reply_markup!.inline_keyboard.flat().filter((b) => "callback_data" in b && b.callback_data.includes(":o:")) as { text: string; callback_data: string }[];
    await a.tap({ data: buttons.find((b) => tiketPlain(b.text))!.callback_data });
    await a.tap(words[lang].go);
    return { a, q: (await a.say("Mr Budi Santoso"))?.text ?? "" };
  }

  it.each([["id", 41], ["en", 42]] as const)("%s: an 08… number alone at the ID question is the contact, never the NIK; the ID is asked again", async (lang, days) => {
    const { a } = await toDetails(lang, days);
    let q = a.last()?.text ?? "";
    for (let i = 0; i < 3 && !/KTP/.test(q); i++) q = (await a.say("17-08-1990"))?.text ?? "";
    expect(q, a.transcript(3)).toContain("KTP");
    const after = (await a.say("081234567890"))?.text ?? "";
    expect(after, a.transcript(3)).toContain(`${words[lang].kept}: 081234567890`);
    expect(after).toContain("KTP");
    expect((await a.say("3174092302900001"))?.text, a.transcript(3)).not.toContain("KTP");
  });

  it("id: at the birth-date question an 08… number is not read as a date", async () => {
    const { a, q } = await toDetails("id", 43);
    expect(q, a.transcript(3)).toContain("Tanggal lahir");
    const after = (await a.say("081234567890"))?.text ?? "";
    expect(after, a.transcript(3)).not.toContain("KTP");
    expect(after).toMatch(/tanggal|lahir/i);
  });
});
