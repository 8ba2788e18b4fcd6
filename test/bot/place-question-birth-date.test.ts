import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, startHarness, type Harness } from "../support/bot-harness.js";

// Probe 75: a birth date typed at "which Jakarta airport?" ("12 mar 87") was noted as the date (12 Mar) and the
// party (87), replacing "besok" and "2 dws 1 ank" typed with the search. A date gone by or beyond the booking
// window, or a party larger than a booking holds, is not noted there: the question is asked again saying why.
let h: Harness;
beforeAll(async () => { h = await startHarness({ now: () => new Date("2026-12-05T02:30:00Z") }); }, 60_000);
afterAll(async () => { await h?.close(); });
let id = 8_750_100;
const agent = (lang: "id" | "en" = "id") => { const n = id++; return new Agent(h, { id: n, first_name: "Yuni", language_code: lang }, { id: n, type: "private" }); };

describe("a birth date typed at a place question", () => {
  it.each([
    ["12 mar 87", "\"12 mar 87\" tidak dicatat: satu booking paling banyak 7 penumpang. Tanggal lahir ditanyakan per penumpang setelah penerbangan dipilih."],
    ["12-03-1987", "\"12-03-1987\" tidak dicatat: tanggal itu sudah lewat."],
    ["12/03/87", "\"12/03/87\" tidak dicatat: tanggal itu di luar jangkauan pemesanan."],
  ])("id: '%s' at 'which Jakarta airport' is not noted; the search's date and party stay", async (typed, said) => {
    const a = agent();
    await a.say("jkt dps besok 2 dws 1 ank");
    expect(a.last()?.text).toContain("Jakarta punya lebih dari satu bandara");
    const again = (await a.say(typed))?.text ?? "";
    expect(again).toContain(said);
    expect(again).not.toContain("dicatat: <b>");
    expect(again).not.toMatch(/Tanggal dicatat|Penumpang dicatat/);
    expect(again).toContain("Pilihannya: Jakarta (CGK) atau Jakarta Halim (HLP).");
    await a.tap("Jakarta (CGK)");
    expect(a.last()?.text).toContain("CGK → DPS · Min 6 Des");
    expect(a.last()?.text).toContain("2 dewasa, 1 anak");
  });

  it("en: '12 mar 87' at the origin question is not noted, said why", async () => {
    const a = agent("en");
    await a.say("/search 2 adults");
    const again = (await a.say("12 mar 87"))?.text ?? "";
    expect(again).toContain("\"12 mar 87\" not noted: one booking holds at most 7 passengers. Birth dates are asked for each passenger after the flight is chosen.");
    expect(again).not.toContain("Date noted");
  });

  it("a day just passed ('1 des') is still noted, for the date question to offer next year's", async () => {
    const a = agent();
    await a.say("/cari");
    expect((await a.say("1 des"))?.text).toContain("📅 Tanggal dicatat: 1 des.");
  });
});
