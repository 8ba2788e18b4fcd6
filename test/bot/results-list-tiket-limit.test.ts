import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, futureDate, startHarness, type Harness } from "../support/bot-harness.js";
import { SEVEN_ADULTS_REFUSAL, SEVEN_INFANTS_REFUSAL } from "../support/tiket-party-texts.js";

// From a probe: with tiket.com alone, a party typed at a results list that the bot refuses anyway ("7 dewasa 1 bayi",
// "7+1", "6 dewasa 7 bayi") got the bot's "at most 7 passengers", while the party question gave tiket.com's own limit.

let tiket: Harness;
let both: Harness;
beforeAll(async () => {
  [tiket, both] = await Promise.all([startHarness({ use: "tiket" }), startHarness({ use: "both" })]);
});
afterAll(async () => {
  await tiket?.close();
  await both?.close();
});

let nextId = 98_700;
const agentIn = (harness: Harness, lang: "id" | "en") => {
  const id = nextId++;
  return new Agent(harness, { id, first_name: "Rina", language_code: lang }, { id, type: "private" });
};
const command = (lang: "id" | "en") => (lang === "en" ? "/search" : "/cari");
const boardOf = async (harness: Harness, agent: Agent) => (await harness.app.deps.searches.board(agent.chat.id, agent.user.id))!;

const SEVEN_IN_ALL = /At most 7 passengers|Maksimal 7 penumpang/i;
const SEARCHING = /🔎 (Searching|Mencari)/;
const HINT = /Ketik kode penerbangan|Type a flight code/;
const LIST_STAYS = { en: "The list above stays for 2 pax", id: "Daftar di atas tetap untuk 2 penumpang" };
const LAP = { en: "infants (7) can't outnumber adults (6)", id: "bayi (7) tidak boleh lebih banyak dari dewasa (6)" };

describe("tiket.com alone: a party past its count typed at a results list", () => {
  it.each([
    ["id", "7 dewasa 1 bayi", SEVEN_ADULTS_REFUSAL.id, 43],
    ["en", "7 adults 1 infant", SEVEN_ADULTS_REFUSAL.en, 44],
    ["id", "7+1", SEVEN_ADULTS_REFUSAL.id, 45],
    ["en", "7+1", SEVEN_ADULTS_REFUSAL.en, 46],
    ["id", "ganti jadi 7 dewasa 1 bayi", SEVEN_ADULTS_REFUSAL.id, 47],
    ["en", "change to 7 adults 1 infant", SEVEN_ADULTS_REFUSAL.en, 48],
    ["id", "6 dewasa 7 bayi", SEVEN_INFANTS_REFUSAL.id, 49],
    ["en", "6 adults 7 infants", SEVEN_INFANTS_REFUSAL.en, 50],
  ] as const)("%s '%s': tiket.com's own limit, nothing searched, the list kept", async (lang, typed, refusal, day) => {
    const agent = agentIn(tiket, lang);
    await agent.say(`${command(lang)} CGK DPS ${futureDate(day).wire} 2`);
    const before = await boardOf(tiket, agent);
    const calls = tiket.tiket!.controls.callCount("search/flight");
    const reply = (await agent.say(typed))?.text ?? "";
    expect(reply, agent.transcript(3)).toContain(refusal);
    expect(reply).toContain(LIST_STAYS[lang]);
    expect(reply).not.toMatch(SEVEN_IN_ALL);
    expect(reply).not.toMatch(SEARCHING);
    expect(reply).not.toMatch(HINT);
    expect(tiket.tiket!.controls.callCount("search/flight")).toBe(calls);
    expect((await boardOf(tiket, agent)).sid).toBe(before.sid);
    if (refusal === SEVEN_INFANTS_REFUSAL[lang]) {
      // The lap rule holds in every booking: said too, as the party question says it; no "type 4 infants" to search.
      expect(reply).toContain(LAP[lang]);
      expect(reply).not.toMatch(/<code>4 (infants|bayi)<\/code>/);
    }
  });
});

describe("both providers: MMBC's 7 in all is the limit said at the list", () => {
  it.each([
    ["id", "7 dewasa 1 bayi"],
    ["en", "7+1"],
  ] as const)("%s '%s': the bot's own limit, the list kept", async (lang, typed) => {
    const agent = agentIn(both, lang);
    await agent.say(`${command(lang)} CGK DPS ${futureDate(51).wire} 2`);
    const before = await boardOf(both, agent);
    const reply = (await agent.say(typed))?.text ?? "";
    expect(reply, agent.transcript(3)).toMatch(SEVEN_IN_ALL);
    expect(reply).not.toContain(SEVEN_ADULTS_REFUSAL[lang]);
    expect((await boardOf(both, agent)).sid).toBe(before.sid);
  });
});
