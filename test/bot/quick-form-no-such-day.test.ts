import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, futureDate, startHarness, type Harness } from "../support/bot-harness.js";
import { shortDate } from "../../src/presenters/format.js";

// From a report: "/cari CGK SUB 31 2" said "31 2" was not understood, and "cgk sub 31 2 1 org" asked the date
// with nothing said about it. A day that can't be (31 February, 30 February, 31 April, 29 February outside a
// leap year) is now said not to exist, the date asked again, and the rest of the quick form kept.

let h: Harness;
beforeAll(async () => { h = await startHarness(); });
afterAll(async () => { await h?.close(); });

let nextId = 97_700;
const agentIn = (lang: "id" | "en") => {
  const id = nextId++;
  return new Agent(h, { id, first_name: "Rina", language_code: lang }, { id, type: "private" });
};

const UNREAD = /tidak dipakai|left it out/;
const RESULTS = /penerbangan \(dari|flights? \(of/;
const ASK_DATE = /Tanggal berangkat\?|Departure date\?/;
const today = futureDate(0).iso;
const good = futureDate(9);
/** The year the next February is in (the one "29 2" means). */
const febYear = Number(today.slice(5, 7)) <= 2 ? Number(today.slice(0, 4)) : Number(today.slice(0, 4)) + 1;
const leap = new Date(Date.UTC(febYear, 1, 29)).getUTCDate() === 29;

describe("a day that does not exist, in the quick form", () => {
  it.each([
    ["en", "/search CGK SUB 31 2", "There is no 31 February (\"31-2\")"],
    ["id", "/cari CGK SUB 31 2", "Tanggal 31 Februari tidak ada (\"31-2\")"],
    ["en", "/search CGK SUB 30 2", "There is no 30 February"],
    ["id", "/cari CGK SUB 31 4", "Tanggal 31 April tidak ada (\"31-4\"): April cuma sampai tanggal 30"],
    ["en", "/search CGK SUB 31 4", "There is no 31 April (\"31-4\"): April has only 30 days"],
  ] as const)("%s: %s is said not to exist and the date asked again", async (lang, typed, said) => {
    const agent = agentIn(lang);
    const asked = (await agent.say(typed))?.text ?? "";
    expect(agent.botTexts().join("\n")).not.toMatch(UNREAD);
    expect(asked).toContain(said);
    expect(asked).toContain("CGK → SUB");
    expect(asked).toMatch(ASK_DATE);
  });

  it.each([
    ["en", "/search CGK SUB 29 2", `There is no 29 February ("29-2"): February ${febYear} has only 28 days`],
    ["id", "/cari CGK SUB 29 2", `Tanggal 29 Februari tidak ada ("29-2"): Februari ${febYear} cuma sampai tanggal 28`],
  ] as const)("%s: %s outside a leap year names the year", async (lang, typed, said) => {
    if (leap) return; // the coming February has a 29th: a date like any other
    const agent = agentIn(lang);
    expect((await agent.say(typed))?.text ?? "").toContain(said);
  });

  it.each([
    ["en", "cgk sub 31 2 1 org", "There is no 31 February", "· 1 pax"],
    ["id", "cgk sub 31 2 1 org", "Tanggal 31 Februari tidak ada", "· 1 penumpang"],
    ["en", "/search CGK SUB 31 4 2", "There is no 31 April", "· 2 pax"],
  ] as const)("%s: %s keeps the route and the party; the next date searches", async (lang, typed, said, party) => {
    const agent = agentIn(lang);
    const asked = (await agent.say(typed))?.text ?? "";
    expect(agent.botTexts().join("\n")).not.toMatch(UNREAD);
    expect(asked).toContain(said);
    expect(asked).toMatch(ASK_DATE);
    const results = (await agent.say(good.wire))?.text ?? "";
    expect(results).toMatch(RESULTS);
    expect(results).toContain(`CGK → SUB · ${shortDate(good.iso, lang, today)} ${party}`);
  });

  it.each([
    ["en", "/search CGK SUB", "There is no 31 February (\"31-2\")"],
    ["id", "/cari CGK SUB", "Tanggal 31 Februari tidak ada (\"31-2\")"],
  ] as const)("%s: 31 2 typed at the date question is said not to exist too", async (lang, command, said) => {
    const agent = agentIn(lang);
    await agent.say(command);
    expect((await agent.say("31 2"))?.text ?? "").toContain(said);
  });
});
