import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, futureDate, startHarness, type Harness } from "../support/bot-harness.js";
import { shortDate } from "../../src/presenters/format.js";

// From a probe: "/cari CGK SUB tgl 31 bulan 2" dropped "bulan", searched the 31st of this month and took the
// month's 2 as the party. "tgl D bulan M" is day D of month M wherever a date is read.

let h: Harness;
beforeAll(async () => { h = await startHarness(); });
afterAll(async () => { await h?.close(); });

let nextId = 97_900;
const agent = () => {
  const id = nextId++;
  return new Agent(h, { id, first_name: "Rina", language_code: "id" }, { id, type: "private" });
};

const UNREAD = /tidak dipakai/;
const RESULTS = /penerbangan \(dari/;
const ASK_DATE = /Tanggal berangkat\?/;
const today = futureDate(0).iso;
const later = futureDate(40).iso;
const [year, month, day] = later.split("-").map(Number) as [number, number, number];

describe("'tgl D bulan M' in the quick form and at the date question", () => {
  it("/cari CGK SUB tgl 31 bulan 2: no 31 February, the date asked again", async () => {
    const a = agent();
    const asked = (await a.say("/cari CGK SUB tgl 31 bulan 2"))?.text ?? "";
    expect(a.botTexts().join("\n")).not.toMatch(UNREAD);
    expect(asked).toContain("Tanggal 31 Februari tidak ada");
    expect(asked).toMatch(ASK_DATE);
  });

  it.each([
    [`cgk sub tgl ${day} bulan ${month}`, "· 1 penumpang"],
    [`/cari CGK SUB tanggal ${day} bln ${month} tahun ${year} 2 org`, "· 2 penumpang"],
  ])("%s searches that day and month", async (typed, party) => {
    const a = agent();
    let said = (await a.say(typed))?.text ?? "";
    expect(a.botTexts().join("\n")).not.toMatch(UNREAD);
    // Without a party the party question comes first.
    if (!RESULTS.test(said)) said = (await a.say("1"))?.text ?? "";
    expect(said).toMatch(RESULTS);
    expect(said).toContain(`CGK → SUB · ${shortDate(later, "id", today)} ${party}`);
  });

  it("at the date question: tgl 31 bulan 2 doesn't exist, tgl D bulan M is taken", async () => {
    const a = agent();
    await a.say("/cari CGK SUB 1");
    expect((await a.say("tgl 31 bulan 2"))?.text ?? "").toContain("Tanggal 31 Februari tidak ada");
    const results = (await a.say(`tgl ${day} bulan ${month}`))?.text ?? "";
    expect(results).toMatch(RESULTS);
    expect(results).toContain(`CGK → SUB · ${shortDate(later, "id", today)} · 1 penumpang`);
  });

  it("'31 2 2 org' at the date question says 31 February doesn't exist", async () => {
    const a = agent();
    await a.say("/cari CGK SUB");
    expect((await a.say("31 2 2 org"))?.text ?? "").toContain("Tanggal 31 Februari tidak ada");
  });
});
