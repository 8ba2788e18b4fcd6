import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, futureDate, startHarness, type Harness } from "../support/bot-harness.js";
import { flightButtons } from "../support/result-buttons.js";
import { SEVEN_ADULTS_REFUSAL, SEVEN_INFANTS_REFUSAL } from "../support/tiket-party-texts.js";

// From a probe: with tiket.com alone, after 7 adults were refused with tiket.com's limit, "7 dewasa 1 bayi" was
// answered with the bot's 7-in-all limit instead; and "31 2 2 org" at the date question lost its party.
let both: Harness;
let tiket: Harness;
beforeAll(async () => {
  both = await startHarness({ use: "both" });
  tiket = await startHarness({ use: "tiket" });
});
afterAll(async () => {
  await both?.close();
  await tiket?.close();
});

const SEARCHING = /^🔎 (Searching|Mencari)/;
const ASK_PAX = /How many passengers|Berapa penumpang/;
const SEVEN_IN_ALL = /At most 7 passengers|Maksimal 7 penumpang/i;
const searchCalls = (h: Harness) => h.tiket!.controls.callCount("search/flight");

let nextId = 15_400;
const agent = (h: Harness, lang: "en" | "id") => {
  const id = nextId++;
  return new Agent(h, { id, first_name: "Sari", language_code: lang }, { id, type: "private" });
};

describe("tiket.com alone: a party past its limit typed at the party question", () => {
  it.each([
    ["en", "/search", "7 adults 1 infant", SEVEN_ADULTS_REFUSAL.en, 36],
    ["id", "/cari", "7 dewasa 1 bayi", SEVEN_ADULTS_REFUSAL.id, 37],
    ["en", "/search", "6 adults 7 infants", SEVEN_INFANTS_REFUSAL.en, 38],
    ["id", "/cari", "6 dewasa 7 bayi", SEVEN_INFANTS_REFUSAL.id, 39],
  ] as const)("%s %s '%s': tiket.com's own limit, nothing searched, the party asked again", async (lang, command, typed, refusal, day) => {
    const a = agent(tiket, lang);
    await a.say(`${command} CGK DPS ${futureDate(day).wire} 7`);
    expect(a.last()?.text, a.transcript(4)).toMatch(ASK_PAX);
    const searches = searchCalls(tiket);
    const before = a.botTexts().length;

    await a.say(typed);
    const said = a.botTexts(0).slice(before).join("\n");
    expect(said, a.transcript(4)).toContain(refusal);
    expect(said).not.toMatch(SEVEN_IN_ALL);
    expect(said).not.toMatch(SEARCHING);
    expect(searchCalls(tiket)).toBe(searches);
    expect(a.last()?.text).toMatch(ASK_PAX);

    // Still the same search: a party tiket.com takes is searched on the same route and day.
    await a.say("2");
    expect(flightButtons(a).length, a.transcript(4)).toBeGreaterThan(0);
    expect(a.last()?.text).toMatch(/CGK → DPS.*· 2 (pax|penumpang)\n/s);
  });

  it.each([
    ["en", "/search", "7 adults 1 infant", SEVEN_ADULTS_REFUSAL.en, 40],
    ["id", "/cari", "6 dewasa 7 bayi", SEVEN_INFANTS_REFUSAL.id, 41],
  ] as const)("%s %s quick form with '%s': refused the same way before any 'Searching…'", async (lang, command, party, refusal, day) => {
    const a = agent(tiket, lang);
    const searches = searchCalls(tiket);
    await a.say(`${command} CGK DPS ${futureDate(day).wire} ${party}`);
    const said = a.botTexts().join("\n");
    expect(said, a.transcript(4)).toContain(refusal);
    expect(said).not.toMatch(SEVEN_IN_ALL);
    expect(said).not.toMatch(SEARCHING);
    expect(searchCalls(tiket)).toBe(searches);
    expect(a.last()?.text).toMatch(ASK_PAX);
  });
});

describe("both providers: MMBC's 7 in all is the limit there", () => {
  it.each([
    ["en", "7 adults 1 infant"],
    ["id", "7 dewasa 1 bayi"],
  ] as const)("%s '%s' is refused with the bot's own limit, not tiket.com's", async (lang, typed) => {
    const a = agent(both, lang);
    await a.say(`${lang === "en" ? "/search" : "/cari"} CGK DPS ${futureDate(42).wire}`);
    expect(a.last()?.text, a.transcript(4)).toMatch(ASK_PAX);
    const before = a.botTexts().length;
    await a.say(typed);
    const said = a.botTexts(0).slice(before).join("\n");
    expect(said, a.transcript(4)).toMatch(SEVEN_IN_ALL);
    expect(said).not.toContain("tiket.com");
    expect(said).not.toMatch(SEARCHING);
  });
});

describe("a day that doesn't exist typed with a party at the date question", () => {
  it.each([
    ["id", "/cari", "31 2 2 org", "Tanggal 31 Februari tidak ada", "👥 2 penumpang dicatat.", 43],
    ["en", "/search", "31 2 2 pax", "There is no 31 February", "👥 2 pax noted.", 44],
  ] as const)("%s %s '%s': said not to exist, the party kept for the date typed next", async (lang, command, typed, noDay, noted, day) => {
    const a = agent(both, lang);
    await a.say(`${command} CGK DPS`);
    const answer = ((await a.say(typed))?.text ?? "").replace(/<[^>]+>/g, "");
    expect(answer, a.transcript(3)).toContain(noDay);
    expect(answer).toContain(noted);
    const before = a.botTexts().length;

    await a.say(futureDate(day).wire);
    const said = a.botTexts(0).slice(before);
    expect(said.some((t) => ASK_PAX.test(t)), a.transcript(4)).toBe(false);
    expect(flightButtons(a).length, a.transcript(4)).toBeGreaterThan(0);
    expect(a.last()?.text).toMatch(/CGK → DPS.*· 2 (pax|penumpang)\n/s);
  });
});
