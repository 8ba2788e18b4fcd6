import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, startHarness, type Harness } from "../support/bot-harness.js";

// "/cari cgk dps 5 2": two bare numbers and no date were read as 5 adults and 2 children, and after the date
// 7 passengers were searched. They may as well be 5 February, or the 5th for 2: the date question says both
// readings, the date one tap away, and the party question offers 5 + 2 only when the date wasn't that.

let h: Harness;
beforeAll(async () => { h = await startHarness(); });
afterAll(async () => { await h?.close(); });
const agentIn = (id: number, lang: "id" | "en") => new Agent(h, { id, first_name: "Agen", language_code: lang }, { id, type: "private" });
const RESULTS = /penerbangan \(dari|flights? \(of/;

describe("two bare numbers after a route, with no date", () => {
  it("id: /cari cgk dps 5 2 takes no party; tapping 5 Feb asks the party plainly", async () => {
    const a = agentIn(9810, "id");
    const asked = (await a.say("/cari cgk dps 5 2"))?.text ?? "";
    expect(asked).not.toMatch(RESULTS);
    expect(asked).not.toContain("5 dewasa, 2 anak.");
    expect(asked).toMatch(/"5 2": tanggal \w+ 5 Feb( \d{4})?, atau 5 dewasa, 2 anak\? Tidak ditebak/);
    expect(asked).toContain("Tanggal berangkat?");
    const feb5 = a.last()!.reply_markup!.inline_keyboard.flat()[0]!.text;
    expect(feb5).toMatch(/5 Feb/);
    const party = (await a.tap(feb5))?.text ?? "";
    expect(party).toContain("Berapa penumpang");
    expect(party).not.toContain("5 dewasa");
    const results = (await a.tap("2"))?.text ?? "";
    expect(results).toMatch(RESULTS);
    expect(results).toMatch(/5 Feb.*2 penumpang/);
  });

  it("id: another day picked, the party question offers 5 + 2 as a tap; tapping it searches 5 adults and 2 children", async () => {
    const a = agentIn(9811, "id");
    await a.say("/cari cgk dps 5 2");
    const party = (await a.say("besok"))?.text ?? "";
    expect(party).toContain("\"5 2\": apakah itu 5 dewasa, 2 anak? Kalau ya, ketuk di bawah");
    expect(a.last()!.reply_markup!.inline_keyboard.flat()[0]!.text).toBe("✅ 5 dewasa, 2 anak");
    const results = (await a.tap("✅ 5 dewasa, 2 anak"))?.text ?? "";
    expect(results).toMatch(RESULTS);
    expect(results).toMatch(/5 dewasa.*2 anak/);
  });

  it("en: /search cgk sub 2 1 (2 Jan, or 2 adults and 1 child) is asked, then 1 typed searches 1", async () => {
    const a = agentIn(9812, "en");
    const asked = (await a.say("/search cgk sub 2 1"))?.text ?? "";
    expect(asked).toMatch(/"2 1": the date \w+ 2 Jan( \d{4})?, or 2 adults, 1 child\? Nothing was guessed/);
    expect(asked).not.toContain("Route CGK → SUB, 2 adults, 1 child.");
    await a.say("tomorrow");
    expect(a.last()?.text).toContain("\"2 1\": is that 2 adults, 1 child?");
    const results = (await a.say("1"))?.text ?? "";
    expect(results).toMatch(RESULTS);
    expect(results).toMatch(/1 (pax|passenger|adult)/);
  });

  it.each([
    ["id", "/cari cgk sub 7", "Rute CGK → SUB, 7 penumpang."],
    ["id", "/cari cgk sub 2 1 0", "Rute CGK → SUB, 2 dewasa, 1 anak."],
    ["en", "/search cgk sub for 2 1", "Route CGK → SUB, 2 adults, 1 child."],
  ] as const)("%s: %s is still a party, echoed with the date question", async (lang, text, echo) => {
    const a = agentIn(9820 + text.length + (lang === "en" ? 50 : 0), lang);
    expect((await a.say(text))?.text).toContain(echo);
  });
});
