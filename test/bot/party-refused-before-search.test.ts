import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, futureDate, startHarness, type Harness } from "../support/bot-harness.js";
import { flightButtons } from "../support/result-buttons.js";
import { SEVEN_ADULTS_REFUSAL } from "../support/tiket-party-texts.js";

// tiket.com takes at most 6 passengers of each type per booking (PARTY_LIMITS). A party no enabled provider
// takes is refused before anything is searched; at a results list the list stays.
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

function searchCalls(h: Harness): number {
  return h.tiket!.controls.callCount("search/flight");
}

const REFUSAL = SEVEN_ADULTS_REFUSAL;
const FEWER = {
  en: "Or search fewer passengers now, e.g. 4 adults for the first booking.",
  id: "Atau cari dengan penumpang lebih sedikit dulu, misalnya 4 dewasa untuk booking pertama.",
};
const LIST_STAYS = {
  en: "The list above stays for 2 pax and its buttons still work. To search one booking, type its passengers (e.g. 4 adults).",
  id: "Daftar di atas tetap untuk 2 penumpang dan tombolnya masih bisa dipakai. Untuk mencari satu booking, ketik jumlah penumpangnya (misalnya 4 dewasa).",
};
const SEARCHING = /^🔎 (Searching|Mencari)/;

describe("tiket.com alone, 7 adults searched", () => {
  it.each([
    ["en", "/search", 15_101, 36],
    ["id", "/cari", 15_102, 37],
  ] as const)("%s: refused before any 'Searching…' message or provider call, then the party is asked again", async (lang, command, id, day) => {
    const agent = new Agent(tiket, { id, first_name: "Sari", language_code: lang }, { id, type: "private" });
    const searches = searchCalls(tiket);
    await agent.say(`${command} CGK DPS ${futureDate(day).wire} 7`);
    const said = agent.botTexts();
    expect(said.some((t) => SEARCHING.test(t)), agent.transcript(4)).toBe(false);
    expect(said.join("\n")).toContain(`${REFUSAL[lang]}\n${FEWER[lang]}`);
    expect(searchCalls(tiket)).toBe(searches);
    expect(agent.last()?.text).toMatch(/How many passengers|Berapa penumpang/);
    // Still the same conversation: the new party searches the same route and day.
    await agent.say("4");
    expect(flightButtons(agent).length, agent.transcript(4)).toBeGreaterThan(0);
    expect(agent.last()?.text).toMatch(/CGK → DPS.*· 4 (pax|penumpang)\n/s);
  });
});

describe("tiket.com alone, a party past its limit typed at a results list", () => {
  it.each([
    ["id", "jadi 7 org", "/cari", 15_111, 38],
    ["id", "7 orang", "/cari", 15_112, 39],
    ["en", "7 pax", "/search", 15_113, 40],
  ] as const)("%s '%s': the limit is said, nothing is searched, and the list's buttons keep working", async (lang, typed, command, id, day) => {
    const agent = new Agent(tiket, { id, first_name: "Sari", language_code: lang }, { id, type: "private" });
    await agent.say(`${command} CGK DPS ${futureDate(day).wire} 2`);
    const list = agent.last()!;
    const flights = flightButtons(agent);
    const firstSort = JSON.stringify(list.reply_markup);
    expect(flights.length, agent.transcript(4)).toBeGreaterThan(0);
    const searches = searchCalls(tiket);
    const before = agent.botTexts().length;

    await agent.say(typed);
    const said = agent.botTexts(0).slice(before);
    expect(said.join("\n"), agent.transcript(4)).toContain(`${REFUSAL[lang]}\n${LIST_STAYS[lang]}`);
    expect(said.some((t) => SEARCHING.test(t))).toBe(false);
    expect(searchCalls(tiket)).toBe(searches);

    // The list is still the board: a sort tap redraws it, and a flight on it opens.
    const sort = list.reply_markup!.inline_keyboard.flat().find((b) => b.text.startsWith("↕"));
    await agent.tap({ data: (sort as { callback_data: string }).callback_data });
    const redrawn = tiket.emulator.chatMessages(id).find((m) => m.message_id === list.message_id);
    expect(redrawn?.text, agent.transcript(3)).toMatch(/· 2 (pax|penumpang)\n/);
    expect(JSON.stringify(redrawn?.reply_markup)).not.toBe(firstSort);
    const flight = redrawn!.reply_markup!.inline_keyboard.flat().find((b) => "callback_data" in b && b.callback_data.includes(":o:"));
    await agent.tap({ data: (flight as { callback_data: string }).callback_data });
    expect(agent.transcript(3)).not.toMatch(/no longer|tidak berlaku|kedaluwarsa/i);
    expect(agent.last()?.text, agent.transcript(3)).toMatch(/Rp/);
  });

  it("a party within the limit typed at the list is searched as today", async () => {
    const agent = new Agent(tiket, { id: 15_114, first_name: "Sari", language_code: "en" }, { id: 15_114, type: "private" });
    await agent.say(`/search CGK DPS ${futureDate(41).wire} 2`);
    const searches = searchCalls(tiket);
    await agent.say("6 pax");
    expect(searchCalls(tiket)).toBeGreaterThan(searches);
    expect(flightButtons(agent).length, agent.transcript(4)).toBeGreaterThan(0);
    expect(agent.last()?.text).toMatch(/· 6 pax\n/);
  });
});

describe("both providers, 7 typed at a results list", () => {
  it("MMBC can take the party: it is searched as today, with tiket.com's limit on the list", async () => {
    const agent = new Agent(both, { id: 15_121, first_name: "Ayu", language_code: "en" }, { id: 15_121, type: "private" });
    await agent.say(`/search CGK DPS ${futureDate(42).wire} 2`);
    const before = agent.botTexts().length;
    await agent.say("7 pax");
    const said = agent.botTexts(0).slice(before);
    expect(said.join("\n"), agent.transcript(4)).not.toContain("can't book 7 adults together");
    expect(flightButtons(agent).length, agent.transcript(4)).toBeGreaterThan(0);
    expect(agent.last()?.text).toMatch(/· 7 pax\n/);
    expect(agent.last()?.text).toContain("tiket.com takes at most 6 adults per booking, so its flights are not in this list.");
  });
});
