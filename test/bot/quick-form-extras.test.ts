import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, futureDate, startHarness, type Harness } from "../support/bot-harness.js";

let h: Harness;
beforeAll(async () => { h = await startHarness(); });
afterAll(async () => { await h?.close(); });

const agentIn = (id: number, lang: "id" | "en") => new Agent(h, { id, first_name: "Agen", language_code: lang }, { id, type: "private" });

const MONTHS = {
  id: ["jan", "feb", "mar", "apr", "mei", "jun", "jul", "agu", "sep", "okt", "nov", "des"],
  en: ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"],
};

/** A day at least `days` ahead whose month still has the day three days later: the out and back of a trip. */
function tripFrom(days: number): { day: number; month: number } {
  for (let n = days; ; n++) {
    const iso = futureDate(n).iso;
    const day = Number(iso.slice(8));
    if (day <= 25) return { day, month: Number(iso.slice(5, 7)) };
  }
}

describe("quick form: the party after for / untuk / buat", () => {
  it.each([
    ["en", "/search cgk dps tomorrow for 2", "2 pax", "left it out"],
    ["id", "/cari sub dps besok untuk 3", "3 penumpang", "tidak dipakai"],
    ["id", "/cari cgk dps besok buat 2 orang", "2 penumpang", "tidak dipakai"],
  ] as const)("%s: %s searches at once for that party", async (lang, text, party, notUsed) => {
    const agent = agentIn(7000 + text.length, lang);
    await agent.say(text);
    expect(agent.last()?.text).toContain(party);
    expect(agent.last()?.text).toMatch(/penerbangan \(dari|flights? \(of/);
    expect(agent.botTexts().join("\n")).not.toContain(notUsed);
  });

  it("cgk dps for 2 at the first question keeps the party and asks only the date", async () => {
    const agent = agentIn(7050, "en");
    await agent.say("/search");
    await agent.say("cgk dps for 2");
    expect(agent.last()?.text).toContain("Route CGK → DPS, 2 pax.");
    expect(agent.last()?.text).toContain("Departure date?");
    await agent.say("tomorrow");
    expect(agent.last()?.text).toContain("2 pax");
  });

  it("buat 2 orang typed at the party question is the party", async () => {
    const agent = agentIn(7051, "id");
    await agent.say("/cari cgk dps besok");
    expect(agent.last()?.text).toContain("Berapa penumpang");
    await agent.say("buat 2 orang");
    expect(agent.last()?.text).toContain("2 penumpang");
  });
});

describe("quick form: a date range searches the outbound and names the return search", () => {
  const { day, month } = tripFrom(20);
  const id = MONTHS.id[month - 1]!;
  const en = MONTHS.en[month - 1]!;
  const mm = String(month).padStart(2, "0");
  it.each([
    ["id", `/cari cgk dps ${day}-${day + 3} ${id} 2`, `/cari DPS CGK ${day + 3} ${id}`, "2 penumpang"],
    ["id", `/cari cgk dps ${day} - ${day + 3} ${id} 2`, `/cari DPS CGK ${day + 3} ${id}`, "2 penumpang"],
    ["id", `/cari cgk dps ${day} ${id} - ${day + 3} ${id} 2`, `/cari DPS CGK ${day + 3} ${id}`, "2 penumpang"],
    ["en", `/search cgk dps ${en} ${day}-${day + 3} for 2`, `/search DPS CGK ${en} ${day + 3}`, "2 pax"],
    ["en", `/search cgk dps ${day}/${mm}-${day + 3}/${mm} 2`, `/search DPS CGK ${day + 3}/${mm}`, "2 pax"],
  ] as const)("%s: %s", async (lang, text, again, party) => {
    const agent = agentIn(7100 + text.length + (lang === "en" ? 50 : 0), lang);
    await agent.say(text);
    const said = agent.botTexts().join("\n");
    expect(said).toMatch(/sekali jalan|one-way/);
    expect(said).toContain(again);
    expect(said).not.toMatch(/tidak dipakai|left it out/);
    const last = agent.last()?.text ?? "";
    expect(last).toContain("CGK → DPS");
    expect(last).toContain(` ${day} `);
    expect(last).toContain(party);
    expect(last).toMatch(/penerbangan \(dari|flights? \(of/);
  });
});
