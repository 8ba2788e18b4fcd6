import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, futureDate, startHarness, type Harness } from "../support/bot-harness.js";
import { shortDate } from "../../src/presenters/format.js";

// From a report: at a results list "change date to the 27th morning" got the list's hint, while the same
// line at the flight's price card searched the 27th filtered to the morning. The list reads it as the card does.

let h: Harness;
beforeAll(async () => { h = await startHarness(); });
afterAll(async () => { await h?.close(); });

let nextId = 97_600;
const agentIn = (lang: "id" | "en") => {
  const id = nextId++;
  return new Agent(h, { id, first_name: "Rina", language_code: lang }, { id, type: "private" });
};

const HINT = /Ketik kode penerbangan|Type a flight code/;
const today = futureDate(0).iso;
const out = futureDate(3);
const target = futureDate(12);
const day = Number(target.iso.slice(8, 10));
const ordinal = (n: number) => `${n}${n % 10 === 1 && n !== 11 ? "st" : n % 10 === 2 && n !== 12 ? "nd" : n % 10 === 3 && n !== 13 ? "rd" : "th"}`;

describe("a new date with change words and a time, typed at a results list", () => {
  it.each([
    ["en", `change date to the ${ordinal(day)} morning`, "/search", /Filter: .*morning/],
    ["en", `change the date to the ${ordinal(day)}`, "/search", undefined],
    ["id", `ganti tgl ${day} pagi`, "/cari", /Filter: .*pagi/],
  ] as const)("%s: %s searches that day, its time kept as the card does", async (lang, typed, command, filter) => {
    const agent = agentIn(lang);
    await agent.say(`${command} CGK DPS ${out.wire} 1`);
    const reply = (await agent.say(typed))?.text ?? "";
    expect(reply).not.toMatch(HINT);
    expect(reply).toContain(`CGK → DPS · ${shortDate(target.iso, lang, today)}`);
    if (filter) expect(reply).toMatch(filter);
    expect(h.emulator.errors).toEqual([]);
  });
});

// From a probe: "the 20th" at a results list was read as flight number 20 ("There is no flight number 20 on this
// page: it shows 6."). An ordinal past the page's places is a day.
describe("an ordinal day typed at a results list", () => {
  // The first day ahead whose day of the month is past a page's 6 places.
  const late = [8, 9, 10, 11, 12, 13, 14, 15].map((k) => futureDate(k)).find((d) => Number(d.iso.slice(8, 10)) > 6)!;
  const n = Number(late.iso.slice(8, 10));
  it.each([
    ["en", `the ${ordinal(n)}`, "/search"],
    ["en", `on the ${ordinal(n)}`, "/search"],
    ["en", `no wait, the ${ordinal(n)}`, "/search"],
    ["id", `tgl ${n}`, "/cari"],
    ["id", `eh salah, tgl ${n}`, "/cari"],
  ] as const)("%s: %s searches that day", async (lang, typed, command) => {
    const agent = agentIn(lang);
    await agent.say(`${command} CGK DPS ${out.wire} 1`);
    const reply = (await agent.say(typed))?.text ?? "";
    expect(reply).not.toMatch(HINT);
    expect(reply).toContain(`CGK → DPS · ${shortDate(late.iso, lang, today)}`);
    expect(h.emulator.errors).toEqual([]);
  });
});
