import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, futureDate, startHarness, type Harness } from "../support/bot-harness.js";
import { flightButtons } from "../support/result-buttons.js";
import { SEVEN_ADULTS_REFUSAL } from "../support/tiket-party-texts.js";

// tiket.com takes at most 6 passengers of each type per booking (spec §6); the bot takes up to 7 (MMBC's limit).
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

/** What tiket.com was asked since `from`, besides the airport list (and the token it takes) the bot reads once. */
function askedSince(h: Harness, from: number): string[] {
  return h.tiket!.controls.calls().slice(from).map((c) => c.endpoint).filter((e) => e !== "flight_api/all_airport" && e !== "apiv1/payexpress");
}

function buttonTexts(agent: Agent): string[] {
  return agent.last()?.reply_markup?.inline_keyboard.flat().map((b) => b.text) ?? [];
}

const NOTE = {
  en: "ℹ️ tiket.com takes at most 6 adults per booking, so its flights are not in this list. To see them, split the party (e.g. 4 + 3 adults) and search each booking on its own.",
  id: "ℹ️ tiket.com maksimal 6 dewasa per booking, jadi penerbangannya tidak ada di daftar ini. Untuk melihatnya, pecah rombongannya (misalnya 4 + 3 dewasa), lalu cari per booking.",
};
const REFUSAL = SEVEN_ADULTS_REFUSAL;

describe("7 adults with both providers", () => {
  it.each([
    ["en", "/search", 15_001, 30],
    ["id", "/cari", 15_002, 31],
  ] as const)("%s: the list shows MMBC's flights and says tiket.com's limit, not that it failed; tiket.com is never asked", async (lang, command, id, day) => {
    const agent = new Agent(both, { id, first_name: "Ayu", language_code: lang }, { id, type: "private" });
    const calls = both.tiket!.controls.calls().length;
    await agent.say(`${command} CGK DPS ${futureDate(day).wire} 7`);
    const text = agent.last()?.text ?? "";
    expect(flightButtons(agent).length, agent.transcript(4)).toBeGreaterThan(0);
    expect(flightButtons(agent).every((b) => !b.text.endsWith("· tiket"))).toBe(true);
    expect(text).toContain(NOTE[lang].replace(/<\/?b>/g, ""));
    expect(text).not.toMatch(/did not answer|may be missing|tidak menjawab|mungkin tidak ada/);
    expect(buttonTexts(agent).some((b) => /Search again|Cari lagi/.test(b))).toBe(false);
    expect(askedSince(both, calls)).toEqual([]);
    // The note stays on every page of the list, and on its redraws.
    if (buttonTexts(agent).includes("▶")) {
      await agent.tap("▶");
      expect(agent.last()?.text).toContain(NOTE[lang]);
    }
    await agent.tap("↕");
    expect(agent.last()?.text).toContain(NOTE[lang]);
  });

  it("6 adults: tiket.com is searched as always and no note is added", async () => {
    const agent = new Agent(both, { id: 15_003, first_name: "Ayu", language_code: "en" }, { id: 15_003, type: "private" });
    const searches = both.tiket!.controls.callCount("search/flight");
    await agent.say(`/search CGK DPS ${futureDate(32).wire} 6`);
    expect(both.tiket!.controls.callCount("search/flight")).toBeGreaterThan(searches);
    expect(agent.last()?.text).not.toContain("takes at most");
    expect(flightButtons(agent).some((b) => b.text.endsWith("· tiket"))).toBe(true);
  });

  it("a route only tiket.com flies: the limit is the answer, never 'did not answer' or 'try again'", async () => {
    const agent = new Agent(both, { id: 15_004, first_name: "Ayu", language_code: "en" }, { id: 15_004, type: "private" });
    const calls = both.tiket!.controls.calls().length;
    await agent.say(`/search AAP BMU ${futureDate(33).wire} 7`);
    const said = agent.botTexts().join("\n");
    expect(said, agent.transcript(4)).toContain(REFUSAL.en.replace(/<\/?b>/g, ""));
    expect(said).not.toMatch(/system failed|Try again in a moment|did not answer/);
    expect(askedSince(both, calls)).toEqual([]);
  });
});

describe("7 adults with tiket.com alone", () => {
  it.each([
    ["en", "/search", 15_011, 34, "4"],
    ["id", "/cari", 15_012, 35, "4 dewasa"],
  ] as const)("%s: the limit is the answer, tiket.com is never asked, and another party searches at once", async (lang, command, id, day, party) => {
    const agent = new Agent(tiket, { id, first_name: "Sari", language_code: lang }, { id, type: "private" });
    const calls = tiket.tiket!.controls.calls().length;
    await agent.say(`${command} CGK DPS ${futureDate(day).wire} 7`);
    const said = agent.botTexts().join("\n");
    expect(said, agent.transcript(4)).toContain(REFUSAL[lang].replace(/<\/?b>/g, ""));
    expect(said).not.toMatch(/system failed|Try again in a moment|sistem maskapai|Maximum 6|Maksimal 6/);
    expect(askedSince(tiket, calls)).toEqual([]);
    // The conversation goes on: the party question at once, and the new party's list.
    expect(agent.last()?.text, agent.transcript(4)).toMatch(/passengers|penumpang/i);
    await agent.say(party);
    expect(flightButtons(agent).length, agent.transcript(4)).toBeGreaterThan(0);
    expect(agent.last()?.text).toMatch(/· 4 (pax|penumpang)\n/);
    expect(agent.last()?.text).not.toContain("takes at most");
  });
});
