import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { Agent, futureDate, startHarness, type Harness } from "../support/bot-harness.js";
import { PER_AIRLINE_ENDPOINTS } from "../../src/sandbox/mmbc/index.js";

/**
 * After a failed search ("Search again? [Try again | Cancel]") a hurried agent types instead of tapping:
 * the button's words (or "ulang", "retry", "again") do what the button does, a new search typed starts
 * it, and "batal" cancels; none of them is answered "choose with the buttons".
 */
let h: Harness;
beforeAll(async () => { h = await startHarness(); });
afterEach(() => h.sandbox.controls.reset());
afterAll(async () => { await h?.close(); });

let id = 8_650_300;
const agent = (lang: "id" | "en") => { const n = id++; return new Agent(h, { id: n, first_name: "Budi", language_code: lang }, { id: n, type: "private" }); };

/** The search fails (every MMBC search endpoint answers 500) and the retry question waits; then the provider is back. */
async function failedSearch(a: Agent, line: string): Promise<void> {
  for (const endpoint of ["getflights-json", ...PER_AIRLINE_ENDPOINTS] as const) h.sandbox.controls.setFault(endpoint, { kind: "http500" });
  await a.say(line);
  h.sandbox.controls.reset();
}

describe("typed at the retry question after a failed search", () => {
  it.each(["coba lagi", "ulang", "Coba lagi dong"])("id: '%s' searches again", async (typed) => {
    const a = agent("id");
    await failedSearch(a, `cgk sub ${futureDate(15).wire} 2 dws`);
    expect(a.botTexts().join("\n")).toContain("📡 Provider sedang tidak menjawab");
    expect(a.last()?.text).toBe("Cari lagi?");
    expect((await a.say(typed))?.text).toContain("CGK → SUB");
    expect(a.last()?.text).toContain("· 2 penumpang");
  });

  it.each(["cgk dps DAY 1", "cari cgk dps DAY 1"])("id: a new search '%s' typed there starts it", async (line) => {
    const a = agent("id");
    await failedSearch(a, `cgk sub ${futureDate(15).wire} 2 dws`);
    expect(a.last()?.text).toBe("Cari lagi?");
    expect((await a.say(line.replace("DAY", futureDate(16).wire)))?.text).toContain("CGK → DPS");
    expect(a.last()?.text).toContain("· 1 penumpang");
  });

  it("id: 'batal' cancels", async () => {
    const a = agent("id");
    await failedSearch(a, `cgk sub ${futureDate(15).wire} 1`);
    expect(a.last()?.text).toBe("Cari lagi?");
    expect((await a.say("batal"))?.text).toContain("Dibatalkan");
  });

  it.each(["try again", "retry", "again"])("en: '%s' searches again", async (typed) => {
    const a = agent("en");
    await failedSearch(a, `cgk sub ${futureDate(15).wire} 2 adults`);
    expect(a.botTexts().join("\n")).toContain("📡 The provider is not answering right now");
    expect(a.last()?.text).toBe("Search again?");
    expect((await a.say(typed))?.text).toContain("CGK → SUB");
    expect(a.last()?.text).toContain("· 2 pax");
  });

  it("en: a new search typed there starts it", async () => {
    const a = agent("en");
    await failedSearch(a, `cgk sub ${futureDate(15).wire} 1`);
    expect(a.last()?.text).toBe("Search again?");
    expect((await a.say(`search cgk dps ${futureDate(16).wire} 2 adults`))?.text).toContain("CGK → DPS");
    expect(a.last()?.text).toContain("· 2 pax");
  });
});
