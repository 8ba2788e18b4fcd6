import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, startHarness, type Harness } from "../support/bot-harness.js";

// "2 jan 3": agents write the party after the date ("25 des 2"), but here the 3 may as well be the return
// day (2 to 3 January). The date is the same either way; the party is asked, with the count one tap
// away, rather than 3 passengers searched unasked. A count that says it is people ("3 org") is the party.

let h: Harness;
beforeAll(async () => { h = await startHarness(); });
afterAll(async () => { await h?.close(); });
const agentIn = (id: number, lang: "id" | "en") => new Agent(h, { id, first_name: "Agen", language_code: lang }, { id, type: "private" });
const RESULTS = /penerbangan \(dari|flights? \(of/;

describe("a count after a day and month that could be another day of it", () => {
  it("id: /cari cgk dps 2 jan 3 asks whether 3 is the party, the date kept; tapping 3 searches 3", async () => {
    const a = agentIn(9710, "id");
    const asked = (await a.say("/cari cgk dps 2 jan 3"))?.text ?? "";
    expect(asked).not.toMatch(RESULTS);
    expect(asked).toContain("\"2 jan 3\": apakah 3 itu jumlah penumpang? Kalau ya, ketuk atau ketik 3 di bawah. Kalau 3 itu tanggal pulang, pulangnya dicari terpisah setelah ini: isi jumlah penumpang di sini.");
    expect(asked).toMatch(/Rute CGK → DPS, \w+ 2 Jan/);
    const results = (await a.tap("3"))?.text ?? "";
    expect(results).toMatch(RESULTS);
    expect(results).toMatch(/2 Jan.*3 penumpang/);
  });

  it("en: /search cgk dps jan 2 3, meant as 2 to 3 Jan: one passenger typed, one searched", async () => {
    const a = agentIn(9711, "en");
    const asked = (await a.say("/search cgk dps jan 2 3"))?.text ?? "";
    expect(asked).toContain("\"jan 2 3\": is 3 the number of passengers? Then tap or type 3 below. If 3 was the return day, the return is a second search after this one: give the number of passengers here.");
    expect(asked).toMatch(/Route CGK → DPS, \w+ 2 Jan/);
    const results = (await a.say("1"))?.text ?? "";
    expect(results).toMatch(RESULTS);
    expect(results).toMatch(/2 Jan.*1 (pax|passenger|adult)/);
  });

  it.each([
    ["id", "/cari cgk dps 2 jan 3 org", /3 (penumpang|org)/],
    ["id", "/cari cgk dps 2 jan 3 pax", /3 (penumpang|pax)/],
    ["id", "/cari cgk dps 2 jan 3 dewasa", /3 (penumpang|dewasa)/],
    ["en", "/search cgk dps 2 jan 3 adults", /3 (pax|adults|passengers)/],
    ["id", "/cari cgk dps 25 des 2", /2 penumpang/],
    ["id", "/cari cgk dps 5 jan 3", /3 penumpang/],
  ] as const)("%s: %s searches at once, the party as typed", async (lang, text, party) => {
    const a = agentIn(9720 + text.length + (lang === "en" ? 100 : 0), lang);
    const results = (await a.say(text))?.text ?? "";
    expect(results).toMatch(RESULTS);
    expect(results).toMatch(party);
  });

  it("en: 2 jan 3 typed at the date question takes 2 Jan and asks the party the same way", async () => {
    const a = agentIn(9730, "en");
    await a.say("/search cgk dps");
    await a.say("2 jan 3");
    const texts = a.botTexts().join("\n");
    expect(texts).not.toContain("I can't read the date");
    expect(texts).toContain("\"2 jan 3\": is 3 the number of passengers?");
    expect(a.last()?.text).toMatch(/Route CGK → DPS, \w+ 2 Jan/);
    expect(a.last()?.text).toContain("How many passengers?");
    expect((await a.tap("3"))?.text).toMatch(/2 Jan.*3 (pax|passengers|adults)/);
  });

  it("id: 25 des 2 typed at the date question takes the date and says the party is the next question", async () => {
    const a = agentIn(9731, "id");
    await a.say("/cari cgk dps");
    await a.say("25 des 2");
    expect(a.botTexts().join("\n")).toContain("👥 \"2\": jumlah penumpang diisi di pertanyaan berikutnya; ketuk atau ketik di sana.");
    expect(a.last()?.text).toMatch(/Rute CGK → DPS, \w+ 25 Des/);
    expect((await a.tap("2"))?.text).toMatch(RESULTS);
  });
});
