import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, futureDate, startHarness, type Harness } from "../support/bot-harness.js";
import { shortDate } from "../../src/presenters/format.js";
import { countsOnlyDateOf } from "../../src/domain/pax-parse.js";

// From a report: at a results list a day that doesn't exist ("31/2", "30 februari") got the list's hint, not
// the "no such day" answer of the quick form and the date question; and "4 12" got the hint in English while
// "4/12" searched that day. The list says the first as the others do, and searches the second, in both languages.

let h: Harness;
beforeAll(async () => { h = await startHarness(); });
afterAll(async () => { await h?.close(); });

let nextId = 97_900;
const agentIn = (lang: "id" | "en") => {
  const id = nextId++;
  return new Agent(h, { id, first_name: "Rina", language_code: lang }, { id, type: "private" });
};

const HINT = /Ketik kode penerbangan|Type a flight code/;
const today = futureDate(0).iso;
const out = futureDate(3);
const numbers = (iso: string) => `${Number(iso.slice(8, 10))} ${Number(iso.slice(5, 7))}`;
/** A bookable day whose two numbers can be no party ("14 12": 26 passengers), only a date. */
const target = (() => {
  for (let n = 5; n < 300; n++) {
    const d = futureDate(n);
    if (countsOnlyDateOf(numbers(d.iso)) !== undefined) return d;
  }
  throw new Error("no such day");
})();

describe("a day that doesn't exist typed at a results list", () => {
  it.each([
    ["en", "31/2", "There is no 31 February", "/search"],
    ["en", "change date to 31 feb", "There is no 31 February", "/search"],
    ["en", "change date to 29-02-2027", "There is no 29 February", "/search"],
    ["id", "ganti tgl 30/2", "Tanggal 30 Februari tidak ada", "/cari"],
    ["id", "30 februari", "Tanggal 30 Februari tidak ada", "/cari"],
  ] as const)("%s: %s is said not to exist, and the list still reads a date", async (lang, typed, said, command) => {
    const agent = agentIn(lang);
    await agent.say(`${command} CGK DPS ${out.wire} 1`);
    const reply = await agent.say(typed);
    expect(reply?.text ?? "", agent.transcript(3)).toContain(said);
    expect(reply?.text ?? "").not.toMatch(HINT);
    const again = (await agent.say(`${Number(target.iso.slice(8, 10))}/${Number(target.iso.slice(5, 7))}`))?.text ?? "";
    expect(again).toContain(`CGK → DPS · ${shortDate(target.iso, lang, today)}`);
    expect(h.emulator.errors).toEqual([]);
  });
});

describe("two numbers that can only be a date, typed at a results list", () => {
  it.each([
    ["en", "", "/search"],
    ["en", "change date to ", "/search"],
    ["id", "", "/cari"],
    ["id", "ganti tgl ", "/cari"],
  ] as const)("%s: '%sD M' searches that day as 'D/M' does", async (lang, lead, command) => {
    const agent = agentIn(lang);
    await agent.say(`${command} CGK DPS ${out.wire} 1`);
    const reply = (await agent.say(`${lead}${numbers(target.iso)}`))?.text ?? "";
    expect(reply, agent.transcript(3)).not.toMatch(HINT);
    expect(reply).toContain(`CGK → DPS · ${shortDate(target.iso, lang, today)}`);
  });

  it.each(["en", "id"] as const)("%s: '2 1', a party as well as a day, is not searched as either (the hint)", async (lang) => {
    const agent = agentIn(lang);
    await agent.say(`${lang === "en" ? "/search" : "/cari"} CGK DPS ${out.wire} 1`);
    expect((await agent.say("2 1"))?.text ?? "").toMatch(HINT);
  });
});
