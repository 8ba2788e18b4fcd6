import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, futureDate, startHarness, type Harness } from "../support/bot-harness.js";
import { generateFlights } from "../../src/sandbox/mmbc/flights/generate-flights.js";

/**
 * Passengers pasted at once, each with a birth date on their line, on an MMBC flight that asks no birth
 * dates (Sriwijaya, Garuda, Lion…): every date is kept as on a flight that asks them ("✅ Budi Santoso:
 * born 17 Aug 1990 — from the name's line."), checked against the passenger type's age, and sent to
 * MMBC (dateofbirth goes along when every passenger has one). Both providers searched, as in production.
 */
let h: Harness;
beforeAll(async () => { h = await startHarness({ use: "both" }); });
afterAll(async () => { await h?.close(); });

const words = {
  id: {
    search: "/cari", cont: "Lanjut", book: "✅ Booking", code: /Kode: ([A-Z0-9]{6})/, email: "E-mail kontak", later: "bukan bagian nama", birthQ: "🎂 Tanggal lahir Sari Santoso?",
    taken: ["✅ Budi Santoso: lahir 17 Agt 1990 — dari baris namanya.", "✅ Ani Santoso: lahir 2 Mar 1992 — dari baris namanya.", "✅ Sari Santoso: lahir 5 Jun 2018 — dari baris namanya."],
    childRefused: /Dari baris nama Sari Santoso, "<?b?>?05-06-1990<?\/?b?>?" tidak saya pakai: Sari Santoso berumur \d+ tahun/,
  },
  en: {
    search: "/search", cont: "Continue", book: "✅ Book", code: /Code: ([A-Z0-9]{6})/, email: "Contact e-mail", later: "is not part of the name", birthQ: "🎂 Date of birth of Sari Santoso?",
    taken: ["✅ Budi Santoso: born 17 Aug 1990 — from the name's line.", "✅ Ani Santoso: born 2 Mar 1992 — from the name's line.", "✅ Sari Santoso: born 5 Jun 2018 — from the name's line."],
    childRefused: /From Sari Santoso's line, "<?b?>?05-06-1990<?\/?b?>?" was not used: Sari Santoso is \d+ years old/,
  },
} as const;
type Lang = keyof typeof words;

/** A day with a CGK → DPS MMBC flight that asks no birth date, and its code. */
function domesticDay(): { wire: string; code: string } {
  for (let d = 40; d < 120; d++) {
    const date = futureDate(d);
    const flight = generateFlights("CGK", "DPS", date.iso).find((f) => /^(SJ|GA|JT|ID|IW|IU)-/.test(f.code));
    if (flight) return { wire: date.wire, code: flight.code };
  }
  throw new Error("no CGK-DPS flight without birth dates in the sandbox");
}

let nextId = 49_300;
async function atNames(lang: Lang): Promise<Agent> {
  const id = nextId++;
  const a = new Agent(h, { id, first_name: "Agen", language_code: lang }, { id, type: "private" });
  const day = domesticDay();
  h.sandbox.controls.setSeats(day.code, day.wire, 9);
  await a.say(`${words[lang].search} CGK DPS ${day.wire} 2 1 0`);
  await a.say(day.code);
  await a.tap(words[lang].cont);
  return a;
}

async function answer(a: Agent, text: string): Promise<string> {
  const from = h.emulator.chatMessages(a.chat.id).length;
  await a.say(text);
  return h.emulator.chatMessages(a.chat.id).slice(from).filter((m) => m.fromBot).map((m) => m.text ?? "").join("\n");
}

describe.each(["id", "en"] as const)("birth dates on the names' lines, a flight that asks none (%s)", (lang) => {
  const w = words[lang];

  it("every date is kept, said back per passenger, and sent to MMBC", async () => {
    const a = await atNames(lang);
    const said = await answer(a, "Mr Budi Santoso 17-08-1990\nMrs Ani Santoso 02-03-1992\nMiss Sari Santoso 05-06-2018");
    for (const t of w.taken) expect(said).toContain(t);
    expect(said).not.toContain(w.later);
    expect(a.last()?.text).toContain(w.email);
    await a.say("agen@example.com");
    await a.say("081234567890");
    await a.tap(w.book);
    const code = w.code.exec(a.last()?.text ?? "")?.[1];
    if (!code) throw new Error(a.transcript(8));
    expect(h.sandbox.controls.getBooking(code)!.passengers.map((p) => [p.fullName, p.dob])).toEqual([
      ["Budi Santoso", "17-08-1990"],
      ["Ani Santoso", "02-03-1992"],
      ["Sari Santoso", "05-06-2018"],
    ]);
    expect(h.emulator.errors).toEqual([]);
  });

  it("a child's date of an adult's age is refused with the reason, and the child's birth date asked", async () => {
    const a = await atNames(lang);
    const said = await answer(a, "Mr Budi Santoso 17-08-1990\nMrs Ani Santoso 02-03-1992\nMiss Sari Santoso 05-06-1990");
    expect(said).toContain(w.taken[0]);
    expect(said).toMatch(w.childRefused);
    expect(a.last()?.text).toContain(w.birthQ);
    expect(await answer(a, "05-06-2018")).toContain(w.email);
  });

  it("ages (no birth dates) on several lines: each one is named, none dropped unsaid", async () => {
    const a = await atNames(lang);
    const said = await answer(a, "Mr Budi Santoso 45 thn\nMrs Ani Santoso 40 thn\nMiss Sari Santoso 8 thn");
    expect(said).toContain('"45 thn", "40 thn", "8 thn"');
    expect(said).toContain(w.later);
    expect(a.last()?.text).toContain(w.email);
  });
});
