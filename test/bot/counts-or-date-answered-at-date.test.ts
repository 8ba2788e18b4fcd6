import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, startHarness, type Harness } from "../support/bot-harness.js";

// "/cari cgk dps 5 2" asks whether "5 2" is 5 Feb or 5 adults and 2 children. At that question the agent
// typing "5 2" again was told the date can't be read; "5 dewasa 2 anak" or "penumpang" (the party) and
// "tanggal" (the date) weren't understood either. Now the same numbers get the question again, saying
// what to tap or type, and the words that pick one reading are taken.

let h: Harness;
beforeAll(async () => { h = await startHarness(); });
afterAll(async () => { await h?.close(); });
let nextId = 47_300;
const agent = (lang: "id" | "en") => {
  const id = nextId++;
  return new Agent(h, { id, first_name: "Agen", language_code: lang }, { id, type: "private" });
};
const RESULTS = /penerbangan \(dari|flights? \(of/;
const buttons = (a: Agent) => a.last()?.reply_markup?.inline_keyboard.flat().map((b) => b.text) ?? [];

describe("'5 2' typed again at the question that asks about it", () => {
  it("id: asked again, naming the tap and the words; 'penumpang' then takes the party and searches after the date", async () => {
    const a = agent("id");
    await a.say("/cari cgk dps 5 2");
    const again = (await a.say("5 2"))?.text ?? "";
    expect(again).toMatch(/^🤔 "5 2" masih bisa dua arti\. Tanggal \w+ 5 Feb( \d{4})?: ketuk di bawah atau ketik tanggal\. 5 dewasa, 2 anak: ketik penumpang, lalu tanggal berangkatnya\./);
    expect(again).toContain("Tanggal berangkat?");
    expect(again).not.toContain("tidak terbaca");
    expect(buttons(a)[0]).toMatch(/^✅ \w+ 5 Feb/);
    const date = (await a.say("penumpang"))?.text ?? "";
    expect(date).toContain("👥 5 dewasa, 2 anak dicatat.");
    expect(date).toContain("Tanggal berangkat?");
    expect(buttons(a)[0]).not.toMatch(/5 Feb/);
    const results = (await a.say("besok"))?.text ?? "";
    expect(results).toMatch(RESULTS);
    expect(results).toContain("5 dewasa, 2 anak");
  });

  it("en: asked again; 'date' then takes 5 Feb and asks the party plainly", async () => {
    const a = agent("en");
    await a.say("/search cgk dps 5 2");
    const again = (await a.say("5 2"))?.text ?? "";
    expect(again).toMatch(/^🤔 "5 2" still reads two ways\. The date \w+ 5 Feb( \d{4})?: tap it below or type date\. 5 adults, 2 children: type passengers, then the date you fly\./);
    expect(again).not.toContain("can't read");
    const party = (await a.say("date"))?.text ?? "";
    expect(party).toMatch(/Route CGK → DPS, \w+ 5 Feb/);
    expect(party).toContain("How many passengers?");
    expect(party).not.toContain("5 adults");
  });
});

describe("the words that pick one reading", () => {
  it.each([
    ["id", "5 dewasa 2 anak", "👥 5 dewasa, 2 anak dicatat."],
    ["en", "5 adults 2 children", "👥 5 adults, 2 children noted."],
    ["en", "passengers", "👥 5 adults, 2 children noted."],
  ] as const)("%s: %j is the party, the date still asked, then searched with it", async (lang, typed, noted) => {
    const a = agent(lang);
    await a.say(lang === "id" ? "/cari cgk dps 5 2" : "/search cgk dps 5 2");
    expect((await a.say(typed))?.text).toContain(noted);
    const results = (await a.say(lang === "id" ? "besok" : "tomorrow"))?.text ?? "";
    expect(results).toMatch(RESULTS);
    expect(results).toContain(lang === "id" ? "5 dewasa, 2 anak" : "5 adults, 2 children");
  });

  // "5 feb" was read before, and still is.
  it.each([["id", "tanggal"], ["en", "the date"], ["id", "5 feb"]] as const)("%s: %j is the date 5 Feb, the party asked next", async (lang, typed) => {
    const a = agent(lang);
    await a.say(lang === "id" ? "/cari cgk dps 5 2" : "/search cgk dps 5 2");
    const party = (await a.say(typed))?.text ?? "";
    expect(party).toMatch(/CGK → DPS, \w+ 5 Feb/);
    expect(party).toMatch(/Berapa penumpang|How many passengers/);
  });
});

// After "penumpang" took "5 2" as the party, the same numbers once more were refused as an unreadable date.
describe("'5 2' typed again after it was taken as the party", () => {
  it.each([
    ["id", "/cari cgk dps 5 2", "penumpang", /^👥 "5 2" sudah dicatat sebagai 5 dewasa, 2 anak\. Kalau maksudnya tanggal \w+ 5 Feb( \d{4})?, ketuk di bawah/, "besok"],
    ["en", "/search cgk dps 5 2", "passengers", /^👥 "5 2" is already noted as 5 adults, 2 children\. If you meant the date \w+ 5 Feb( \d{4})? after all, tap it below/, "tomorrow"],
  ] as const)("%s: said to be the party already, 5 Feb one tap away; a date then searches with the party", async (lang, search, word, already, day) => {
    const a = agent(lang);
    await a.say(search);
    await a.say(word);
    const again = (await a.say("5 2"))?.text ?? "";
    expect(again).toMatch(already);
    expect(again).not.toMatch(/tidak terbaca|can't read/);
    expect(buttons(a)[0]).toMatch(/^✅ \w+ 5 Feb/);
    const results = (await a.say(day))?.text ?? "";
    expect(results).toMatch(RESULTS);
    expect(results).toContain(lang === "id" ? "5 dewasa, 2 anak" : "5 adults, 2 children");
  });
});
