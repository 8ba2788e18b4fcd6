import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, startHarness, type Harness } from "../support/bot-harness.js";

let h: Harness;
beforeAll(async () => { h = await startHarness(); });
afterAll(async () => { await h?.close(); });

const agentIn = (id: number, lang: "id" | "en") => new Agent(h, { id, first_name: "Agen", language_code: lang }, { id, type: "private" });

describe("back typed in a hurry goes one question back", () => {
  it.each([
    ["id", "kmbali"],
    ["id", "kembali 🙏"],
    ["id", "KEMBALI!!"],
    ["en", "go back"],
    ["en", "Back."],
  ] as const)("%s: %s at the date question asks the destination again", async (lang, word) => {
    const agent = agentIn(9100 + word.length * 3 + (lang === "en" ? 1 : 0), lang);
    await agent.say("/search");
    await agent.say("cgk");
    await agent.say("dps");
    expect(agent.last()?.text).toMatch(/Departure date|Tanggal/);
    const reached = await agent.say(word);
    expect(reached?.text).toMatch(/(Dari|From) CGK (ke mana|to where)/);
  });
});
