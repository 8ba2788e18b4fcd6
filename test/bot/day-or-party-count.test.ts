import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, futureDate, startHarness, type Harness } from "../support/bot-harness.js";

// "2 jan 3": agents write the party after the date ("25 des 2"), but here the 3 may as well be the return
// day (2 to 3 January). The date is the same either way; the party is asked, with the count one tap
// away, rather than 3 passengers searched unasked. A count that says it is people ("3 org") is the party.

let h: Harness;
beforeAll(async () => { h = await startHarness(); });
afterAll(async () => { await h?.close(); });
const agentIn = (id: number, lang: "id" | "en") => new Agent(h, { id, first_name: "Agen", language_code: lang }, { id, type: "private" });
const RESULTS = /penerbangan \(dari|flights? \(of/;

const TYPED = {
  id: ["jan", "feb", "mar", "apr", "mei", "jun", "jul", "agu", "sep", "okt", "nov", "des"],
  en: ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"],
};
const SHOWN = {
  id: ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agt", "Sep", "Okt", "Nov", "Des"],
  en: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
};
/**
 * The month (0-11) of the next `day` at least a week ahead. A day and month typed without a year that
 * already passed is asked about ("25 des" typed on 26 December), so the cases type a coming one.
 */
function monthOfNext(day: number): number {
  for (let n = 7; ; n++) {
    const iso = futureDate(n).iso;
    if (Number(iso.slice(8)) === day) return Number(iso.slice(5, 7)) - 1;
  }
}
const [jan2, des25, jan5] = [monthOfNext(2), monthOfNext(25), monthOfNext(5)];

describe("a count after a day and month that could be another day of it", () => {
  it(`id: /cari cgk dps 2 ${TYPED.id[jan2]} 3 asks whether 3 is the party, the date kept; tapping 3 searches 3`, async () => {
    const a = agentIn(9710, "id");
    const asked = (await a.say(`/cari cgk dps 2 ${TYPED.id[jan2]} 3`))?.text ?? "";
    expect(asked).not.toMatch(RESULTS);
    expect(asked).toContain(`"2 ${TYPED.id[jan2]} 3": apakah 3 itu jumlah penumpang? Kalau ya, ketuk atau ketik 3 di bawah. Kalau 3 itu tanggal pulang, pulangnya dicari terpisah setelah ini: isi jumlah penumpang di sini.`);
    expect(asked).toMatch(new RegExp(`Rute CGK → DPS, \\w+ 2 ${SHOWN.id[jan2]}`));
    const results = (await a.tap("3"))?.text ?? "";
    expect(results).toMatch(RESULTS);
    expect(results).toMatch(new RegExp(`2 ${SHOWN.id[jan2]}.*3 penumpang`));
  });

  it(`en: /search cgk dps ${TYPED.en[jan2]} 2 3, meant as 2 to 3 ${SHOWN.en[jan2]}: one passenger typed, one searched`, async () => {
    const a = agentIn(9711, "en");
    const asked = (await a.say(`/search cgk dps ${TYPED.en[jan2]} 2 3`))?.text ?? "";
    expect(asked).toContain(`"${TYPED.en[jan2]} 2 3": is 3 the number of passengers? Then tap or type 3 below. If 3 was the return day, the return is a second search after this one: give the number of passengers here.`);
    expect(asked).toMatch(new RegExp(`Route CGK → DPS, \\w+ 2 ${SHOWN.en[jan2]}`));
    const results = (await a.say("1"))?.text ?? "";
    expect(results).toMatch(RESULTS);
    expect(results).toMatch(new RegExp(`2 ${SHOWN.en[jan2]}.*1 (pax|passenger|adult)`));
  });

  it.each([
    ["id", `/cari cgk dps 2 ${TYPED.id[jan2]} 3 org`, /3 (penumpang|org)/],
    ["id", `/cari cgk dps 2 ${TYPED.id[jan2]} 3 pax`, /3 (penumpang|pax)/],
    ["id", `/cari cgk dps 2 ${TYPED.id[jan2]} 3 dewasa`, /3 (penumpang|dewasa)/],
    ["en", `/search cgk dps 2 ${TYPED.en[jan2]} 3 adults`, /3 (pax|adults|passengers)/],
    ["id", `/cari cgk dps 25 ${TYPED.id[des25]} 2`, /2 penumpang/],
    ["id", `/cari cgk dps 5 ${TYPED.id[jan5]} 3`, /3 penumpang/],
  ] as const)("%s: %s searches at once, the party as typed", async (lang, text, party) => {
    const a = agentIn(9720 + text.length + (lang === "en" ? 100 : 0), lang);
    const results = (await a.say(text))?.text ?? "";
    expect(results).toMatch(RESULTS);
    expect(results).toMatch(party);
  });

  it(`en: 2 ${TYPED.en[jan2]} 3 typed at the date question takes 2 ${SHOWN.en[jan2]} and asks the party the same way`, async () => {
    const a = agentIn(9730, "en");
    await a.say("/search cgk dps");
    await a.say(`2 ${TYPED.en[jan2]} 3`);
    const texts = a.botTexts().join("\n");
    expect(texts).not.toContain("I can't read the date");
    expect(texts).toContain(`"2 ${TYPED.en[jan2]} 3": is 3 the number of passengers?`);
    expect(a.last()?.text).toMatch(new RegExp(`Route CGK → DPS, \\w+ 2 ${SHOWN.en[jan2]}`));
    expect(a.last()?.text).toContain("How many passengers?");
    expect((await a.tap("3"))?.text).toMatch(new RegExp(`2 ${SHOWN.en[jan2]}.*3 (pax|passengers|adults)`));
  });

  it(`id: 25 ${TYPED.id[des25]} 2 typed at the date question takes the date and says the party is the next question`, async () => {
    const a = agentIn(9731, "id");
    await a.say("/cari cgk dps");
    await a.say(`25 ${TYPED.id[des25]} 2`);
    expect(a.botTexts().join("\n")).toContain("👥 \"2\": jumlah penumpang diisi di pertanyaan berikutnya; ketuk atau ketik di sana.");
    expect(a.last()?.text).toMatch(new RegExp(`Rute CGK → DPS, \\w+ 25 ${SHOWN.id[des25]}`));
    expect((await a.tap("2"))?.text).toMatch(RESULTS);
  });
});
