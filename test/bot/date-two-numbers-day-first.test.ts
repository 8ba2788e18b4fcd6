import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, futureDate, startHarness, type Harness } from "../support/bot-harness.js";
import { shortDate } from "../../src/presenters/format.js";
import { countsOnlyDateOf } from "../../src/domain/pax-parse.js";
import { parseTravelDate } from "../../src/domain/travel-date.js";

// From a report: two bare numbers typed as a date ("3 12", "4 12") were read day-first in Indonesian, but in
// English "4 12" was asked as 4 December or 12 April (the question for a typed "4/12"). Agents write the day
// first in both languages: two numbers are that day and month, and one already past this year is next
// year's, offered as a tap with its year said, in both languages alike.

let h: Harness;
beforeAll(async () => { h = await startHarness(); });
afterAll(async () => { await h?.close(); });

let nextId = 97_800;
const agentIn = (lang: "id" | "en") => {
  const id = nextId++;
  return new Agent(h, { id, first_name: "Rina", language_code: lang }, { id, type: "private" });
};

const today = futureDate(0).iso;
const numbers = (iso: string) => `${Number(iso.slice(8, 10))} ${Number(iso.slice(5, 7))}`;
const MONTH_DAY = /month\/day|bln\/tgl/;
const ASK_PARTY = /Berapa penumpang|How many passengers/;

/** A bookable day whose two numbers can only be a date, and whose month/day reading is a bookable day too. */
const twoWays = (() => {
  for (let n = 0; n < 300; n++) {
    const d = futureDate(n);
    const [day, month] = [Number(d.iso.slice(8, 10)), Number(d.iso.slice(5, 7))];
    if (day > 12 || day === month || countsOnlyDateOf(`${day} ${month}`) === undefined) continue;
    if (parseTravelDate(`${month}/${day}`, today).ok) return d;
  }
  throw new Error("no such day");
})();

/** A day passed this year whose two numbers can only be a date ("3 12" on 4 December). */
const passed = (() => {
  for (let n = 1; n < 120; n++) {
    const d = futureDate(-n);
    if (d.iso.slice(0, 4) !== today.slice(0, 4)) break;
    const r = parseTravelDate(countsOnlyDateOf(numbers(d.iso)) ?? "", today);
    if (!r.ok && r.reason === "past" && r.suggestion) return { typed: numbers(d.iso), next: r.suggestion };
  }
  return undefined; // early January: nothing of this year has passed
})();

describe("two numbers typed as a date are day and month, in both languages", () => {
  it.each([
    ["en", "/search sub dps"],
    ["id", "/cari sub dps"],
  ] as const)("%s: D M at the date question is that day, never asked as month/day", async (lang, command) => {
    const agent = agentIn(lang);
    await agent.say(command);
    const asked = (await agent.say(numbers(twoWays.iso)))?.text ?? "";
    expect(asked).not.toMatch(MONTH_DAY);
    expect(asked).toMatch(ASK_PARTY);
    expect(asked).toContain(shortDate(twoWays.iso, lang, today));
  });

  it.each([
    ["en", "/search sub dps"],
    ["id", "/cari sub dps"],
  ] as const)("%s: D M in the quick form is that day too", async (lang, command) => {
    const agent = agentIn(lang);
    const asked = (await agent.say(`${command} ${numbers(twoWays.iso)}`))?.text ?? "";
    expect(asked).not.toMatch(MONTH_DAY);
    expect(asked).toMatch(ASK_PARTY);
    expect(asked).toContain(shortDate(twoWays.iso, lang, today));
  });

  it.each([
    ["en", "/search sub dps", "has already passed this year"],
    ["id", "/cari sub dps", "tahun ini sudah lewat"],
  ] as const)("%s: D M already past this year: next year's offered, its year said", async (lang, command, said) => {
    if (!passed) return;
    const agent = agentIn(lang);
    await agent.say(command);
    const asked = (await agent.say(passed.typed))?.text ?? "";
    expect(asked).toContain(said);
    expect(asked).toContain(shortDate(passed.next, lang, today));
    expect(shortDate(passed.next, lang, today)).toContain(passed.next.slice(0, 4));
    expect(asked).not.toMatch(MONTH_DAY);
    expect((await agent.tap(shortDate(passed.next, lang, today)))?.text ?? "").toMatch(ASK_PARTY);
  });
});
