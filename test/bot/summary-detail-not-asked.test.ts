import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, startHarness, type Harness } from "../support/bot-harness.js";
import { asksOnlyName, dayWith } from "../support/sandbox-days.js";
import { requirementsFor } from "../../src/providers/mmbc/airline-requirements.js";
import { generateFlights } from "../../src/sandbox/mmbc/flights/generate-flights.js";

// A detail the flight does not collect, typed at the summary: "tgl lahir salah harusnya 18-08-1990" was
// taken as a change of the flight date, "nik nikolas salah, harusnya 3578…" got "choose with the buttons",
// and a NIK typed at ✏️ "Start with a title"; the ✏️ hint offered a KTP and a passport the flight never
// takes. Now each says the flight does not need it, and the hint offers only what the flight takes.

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ use: "mmbc" });
});
afterAll(async () => {
  await h?.close();
});
let nextId = 49_980;
const agent = (lang: "id" | "en") => {
  const id = nextId++;
  return new Agent(h, { id, first_name: "Agen", language_code: lang }, { id, type: "private" });
};
const SUMMARY = /Periksa sebelum booking|Check before booking/;
const ROUTE = ["CGK", "DPS"] as const;
const needs = (code: string) => requirementsFor(code, ...ROUTE);
const requiredBirth = (code: string) => needs(code).birthDate && !needs(code).idNumber && !needs(code).passport;
const DAY = dayWith(ROUTE, (fs) => fs.some((f) => asksOnlyName(f.code, ...ROUTE)) && fs.some((f) => requiredBirth(f.code)), 54);
const flightWhere = (test: (code: string) => boolean) => generateFlights(ROUTE[0], ROUTE[1], DAY.iso).find((f) => test(f.code))!.code;
const ONLY_NAME = flightWhere((c) => asksOnlyName(c, ...ROUTE));

async function toSummary(a: Agent, lang: "id" | "en", code: string, names: string): Promise<string> {
  await a.say(`${lang === "id" ? "/cari" : "/search"} ${ROUTE.join(" ")} ${DAY.wire} 2`);
  await a.say(code);
  await a.tap(lang === "id" ? "Lanjut" : "Continue");
  await a.say(names);
  await a.say("budi@example.com");
  const summary = (await a.say("081234567890"))?.text ?? "";
  expect(summary, a.transcript(8)).toMatch(SUMMARY);
  return summary;
}

describe("a detail the flight does not collect, typed at the summary or at ✏️", () => {
  it("id: a birth date or a NIK on a flight that takes neither: said not needed, never a new flight date", async () => {
    const a = agent("id");
    await toSummary(a, "id", ONLY_NAME, "Tn Nikolas Saputra\nNy Ani Lestari");
    const birth = (await a.say("tgl lahir salah harusnya 18-08-1990"))?.text ?? "";
    expect(birth, a.transcript(3)).toContain("Penerbangan ini tidak memerlukan tanggal lahir");
    expect(birth).not.toMatch(/ganti tanggal/i);
    expect((await a.say("tgl lahir ani 02-03-1992"))?.text).toContain("Penerbangan ini tidak memerlukan tanggal lahir");
    expect((await a.say("nik nikolas salah, harusnya 3578011708900004"))?.text).toContain("Penerbangan ini tidak memerlukan nomor KTP/identitas");
  });

  it("en: \"Ani's birth date is 02-03-1992\" and a NIK typed at ✏️: said not needed; the ✏️ question offers no detail", async () => {
    const a = agent("en");
    await toSummary(a, "en", ONLY_NAME, "Mr Nikolas Saputra\nMrs Ani Lestari");
    expect((await a.say("Ani's birth date is 02-03-1992"))?.text, a.transcript(3)).toContain("This flight does not need a date of birth");
    await a.tap("✏️ Change");
    const q = (await a.tap("✏️ Mr Nikolas Saputra"))?.text ?? "";
    expect(q).not.toMatch(/KTP|passport|date of birth/);
    expect((await a.say("3578011708900004"))?.text, a.transcript(3)).toContain("This flight does not need a KTP/ID number");
  });

  it("id: the ✏️ question of a flight taking birth dates only offers the birth date", async () => {
    const a = agent("id");
    await toSummary(a, "id", flightWhere(requiredBirth), "Tn Budi Santoso 17-08-1990\nNy Sari Dewi 02-03-1992");
    await a.tap("✏️ Ubah");
    const q = (await a.tap("✏️ Mrs Sari Dewi"))?.text ?? "";
    expect(q).toContain("Untuk mengoreksi satu data saja, ketik data itu saja: tanggal lahir.");
    expect((await a.say("3174094203920002"))?.text, a.transcript(3)).toContain("Penerbangan ini tidak memerlukan nomor KTP/identitas");
  });

  it.each([
    ["id", "tgl lahir salah harusnya 18-08-1990", "Tanggal lahir siapa?"],
    ["en", "birth date is wrong, should be 18-08-1990", "Whose date of birth is it?"],
  ] as const)("%s: a birth date for one of two passengers without whose: asked whose, never a new flight date", async (lang, line, asked) => {
    const a = agent(lang);
    await toSummary(a, lang, flightWhere(requiredBirth), "Tn Budi Santoso 17-08-1990\nNy Sari Dewi 02-03-1992");
    const reply = (await a.say(line))?.text ?? "";
    expect(reply, a.transcript(3)).toContain(asked);
    expect(reply).not.toMatch(/ganti tanggal|change the date/i);
  });
});
