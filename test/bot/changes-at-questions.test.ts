import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, startHarness, type Harness } from "../support/bot-harness.js";
import { pickFirstFlight } from "./journey-steps.js";

// A hurried agent corrects herself at whatever question is open: "jadi 3 org" at the party question,
// "actually 2 pax" while "which Jakarta airport?" waits, a whole new search typed at the party or at a
// name, "change date to 7 dec" at the phone. Each was read as a bad answer to that question (or, at the
// airport, said not understood while the party was changed all the same).

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});
let nextId = 48_900;
const agent = (lang: "id" | "en") => {
  const id = nextId++;
  return new Agent(h, { id, first_name: "Agen", language_code: lang }, { id, type: "private" });
};
const RESULTS = /penerbangan \(dari|flights? \(of/;

/** From /search to the first passenger's name question (first flight, its price card accepted). */
async function toNames(a: Agent, search: string): Promise<void> {
  await a.say(search);
  await pickFirstFlight(a);
  await a.tap(a.last()!.reply_markup!.inline_keyboard.flat()[0]!.text);
  expect(a.last()?.text).toMatch(/Nama|name/i);
}

describe("a party changed at the party question", () => {
  it.each([
    ["id", "jadi 2 org", "2 penumpang"], ["id", "jadi 3 org", "3 penumpang"], ["id", "ganti jadi 3 org", "3 penumpang"],
    ["en", "change to 2 pax", "2 pax"], ["en", "make it 3", "3 pax"], ["en", "actually 2 adults", "2 pax"],
  ] as const)("%s: %j searches %s", async (lang, typed, party) => {
    const a = agent(lang);
    await a.say(lang === "id" ? "/cari cgk dps besok" : "/search cgk dps tomorrow");
    const results = (await a.say(typed))?.text ?? "";
    expect(results).toMatch(RESULTS);
    expect(results).toContain(` · ${party}`);
  });
});

describe("a party changed while the Jakarta airport is asked", () => {
  it.each([["en", "actually 2 pax", "Passengers noted: 2", "2 pax"], ["id", "jadi 2 org", "Penumpang dicatat: 2", "2 penumpang"]] as const)(
    "%s: %j is noted and said, the airport asked again, the results for it", async (lang, typed, noted, party) => {
      const a = agent(lang);
      await a.say(lang === "id" ? "/cari jkt dps besok 3" : "/search jkt dps tomorrow 3");
      const reply = (await a.say(typed))?.text ?? "";
      expect(reply).toContain(noted);
      expect(reply).not.toMatch(/don't know|tidak (?:dikenal|tahu|kenal)/i);
      expect(reply).toMatch(/CGK/);
      const results = (await a.say("cgk"))?.text ?? "";
      expect(results).toMatch(RESULTS);
      expect(results).toContain(` · ${party}`);
    });
});

describe("a whole new search typed at a later question", () => {
  it.each([["id", "sub kno besok 2 dws", "2 penumpang"], ["en", "cgk sub tomorrow 1", "1 pax"]] as const)(
    "%s: %j at the party question is searched at once", async (lang, typed, party) => {
      const a = agent(lang);
      await a.say(lang === "id" ? "/cari cgk dps besok" : "/search cgk dps tomorrow");
      const results = (await a.say(typed))?.text ?? "";
      expect(a.transcript(3)).toMatch(/new search|pencarian baru/);
      expect(results).toMatch(RESULTS);
      expect(results).toMatch(/(SUB → KNO|CGK → SUB)/);
      expect(results).toContain(` · ${party}`);
    });

  it.each([["id", "cgk sub besok 1"], ["en", "sub kno 21/12 2 dws"]] as const)(
    "%s: %j at the second name is not a bad name: how to search it is said, the first name kept", async (lang, typed) => {
      const a = agent(lang);
      await toNames(a, lang === "id" ? "/cari cgk dps besok 2" : "/search cgk dps tomorrow 2");
      await a.say("Mr Budi Santoso");
      const reply = (await a.say(typed))?.text ?? "";
      expect(reply).toMatch(/new search|pencarian baru/);
      expect(reply).toContain(`/search ${typed}`);
      const next = (await a.say("Mr Andi Wijaya"))?.text ?? "";
      expect(next).toMatch(/e-mail|kontak|contact/i);
    });
});

describe("a search change at the phone and birth-date questions", () => {
  it.each([
    ["en", "change date to 7 dec", "To change the date"], ["en", "make it 3 pax", "To change the number of passengers"],
    ["id", "jadi 3 org", "jumlah penumpang"], ["id", "ganti tgl 7 des", "tanggal"],
  ] as const)("%s: %j at the phone says how to make it", async (lang, typed, how) => {
    const a = agent(lang);
    await toNames(a, lang === "id" ? "/cari cgk dps besok 1" : "/search cgk dps tomorrow 1");
    await a.say("Mr Budi Santoso");
    expect(a.last()?.text).toMatch(/e-mail/i);
    expect((await a.say("agen@example.com"))?.text).toMatch(/HP|phone|mobile|WA/i);
    const reply = (await a.say(typed))?.text ?? "";
    expect(reply).toContain(how);
    expect(reply).toMatch(/back|kembali/);
  });

  it.each([["en", "change date to 7 dec", "To change the date"], ["id", "jadi 3 org", "jumlah penumpang"]] as const)(
    "%s: %j at an infant's birth date says how to make it", async (lang, typed, how) => {
      const a = agent(lang);
      await toNames(a, lang === "id" ? "/cari cgk dps besok 1 dws 1 bayi" : "/search cgk dps tomorrow 1 adult 1 infant");
      await a.say("Mr Budi Santoso");
      const q = (await a.say("Mstr Andi Wijaya"))?.text ?? "";
      expect(q).toMatch(/Tanggal lahir|Date of birth/);
      const reply = (await a.say(typed))?.text ?? "";
      expect(reply).toContain(how);
    });
});
