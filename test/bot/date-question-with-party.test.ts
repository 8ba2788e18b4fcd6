import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, startHarness, type Harness } from "../support/bot-harness.js";

// At the date question a hurried agent adds the party: "tomorrow for 2 pls", "besok 2 orang". A count
// that says it is the party (a "for"/"untuk" before it, "pax"/"orang"/"adults" after it) is taken with
// the date, and said so: the search runs without asking the party again. A bare number ("2 jan 3") is
// still left to the party question, where "3" may be the day or the count.

let h: Harness;
beforeAll(async () => { h = await startHarness(); });
afterAll(async () => { await h?.close(); });
let nextId = 47_700;
const agent = (lang: "id" | "en") => {
  const id = nextId++;
  return new Agent(h, { id, first_name: "Agen", language_code: lang }, { id, type: "private" });
};
const RESULTS = /penerbangan \(dari|flights? \(of/;

describe("a party said with the date at the date question", () => {
  it.each([
    ["en", "tomorrow for 2 pls", "2 pax", "2 pax noted"],
    ["en", "tmr 3 adults", "3 pax", "3 pax noted"],
    ["id", "besok 2 orang", "2 penumpang", "2 penumpang dicatat"],
    ["id", "besok untuk 3 ya", "3 penumpang", "3 penumpang dicatat"],
  ] as const)("%s: %j searches %s at once", async (lang, typed, party, noted) => {
    const a = agent(lang);
    await a.say(lang === "id" ? "/cari cgk dps" : "/search cgk dps");
    const n = a.h.emulator.chatMessages(a.chat.id).length;
    const results = (await a.say(typed))?.text ?? "";
    expect(results).toMatch(RESULTS);
    expect(results).toContain(` · ${party}`);
    const said = a.h.emulator.chatMessages(a.chat.id).slice(n).filter((m) => m.fromBot).map((m) => m.text ?? "").join("\n");
    expect(said.replace(/<\/?b>/g, "")).toContain(noted);
  });

  it("a bare number after the date is still asked at the party question", async () => {
    const a = agent("id");
    await a.say("/cari cgk dps");
    const asked = (await a.say("2 jan 3"))?.text ?? "";
    expect(asked).not.toMatch(RESULTS);
  });
});

describe("two grown-ups named at the party question", () => {
  it.each([
    ["en", "me and my wife", "2 pax"], ["en", "my husband and I pls", "2 pax"],
    ["id", "saya dan istri", "2 penumpang"], ["id", "aku sama suami aja", "2 penumpang"],
  ] as const)("%s: %j searches %s", async (lang, typed, party) => {
    const a = agent(lang);
    await a.say(lang === "id" ? "/cari cgk dps besok" : "/search cgk dps tomorrow");
    const results = (await a.say(typed))?.text ?? "";
    expect(results).toMatch(RESULTS);
    expect(results).toContain(` · ${party}`);
  });

  it("a child may be among them: 'me and my son' is asked, not guessed", async () => {
    const a = agent("en");
    await a.say("/search cgk dps tomorrow");
    expect((await a.say("me and my son"))?.text ?? "").not.toMatch(RESULTS);
  });
});
