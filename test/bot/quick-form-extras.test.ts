import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, startHarness, type Harness } from "../support/bot-harness.js";

let h: Harness;
beforeAll(async () => { h = await startHarness(); });
afterAll(async () => { await h?.close(); });

const agentIn = (id: number, lang: "id" | "en") => new Agent(h, { id, first_name: "Agen", language_code: lang }, { id, type: "private" });

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
