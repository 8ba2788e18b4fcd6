import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, startHarness, type Harness } from "../support/bot-harness.js";

// "jam 7an" (about seven), "abis subuh" (after the dawn prayer), "dewsa": were "Bagian ini tidak saya pahami…".
let h: Harness;
beforeAll(async () => { h = await startHarness(); }, 60_000);
afterAll(async () => { await h?.close(); });

let next = 0;
const agent = () => { const id = 34_700 + next++; return new Agent(h, { id, first_name: "Yuni", language_code: "id" }, { id, type: "private" }); };

describe("about an hour and prayer times in the search line and at the list", () => {
  it.each([
    ["cgk sby besok jam 7an 2 dws", "pagi"],
    ["cgk sby besok abis subuh 2 dewsa", "pagi"],
    ["cgk sby besok habis maghrib 2", "sore"],
  ])("%s opens the list filtered to %s, nothing said back as not understood", async (typed, period) => {
    const a = agent();
    await a.say(typed);
    const all = a.botTexts().join("\n");
    expect(all).not.toContain("tidak saya pahami");
    expect(all).toContain("2 penumpang");
    expect(all).toMatch(new RegExp(`Filter: Semua maskapai · ${period}|Hanya penerbangan ${period}`));
  });

  it("'yg jam 7an' at the list filters it to the morning", async () => {
    const a = agent();
    await a.say("cgk sby besok 2");
    await a.say("yg jam 7an");
    expect(a.botTexts().join("\n")).toMatch(/Filter: Semua maskapai · pagi|Hanya penerbangan pagi/);
  });
});
