import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, futureDate, startHarness, type Harness } from "../support/bot-harness.js";
import { bookOne } from "./journey-steps.js";

// Sorong, Ternate, Timika… come after "Solo" in MMBC's city list, past the seed's example: they are
// Indonesian, so a KTP-holding passenger is booked on them without being asked for a passport.
let h: Harness;
beforeAll(async () => { h = await startHarness(); });
afterAll(async () => { await h?.close(); });

let nextId = 58_300;
function agent(lang: "id" | "en"): Agent {
  const id = nextId++;
  return new Agent(h, { id, first_name: "Rina", language_code: lang }, { id, type: "private" });
}

describe.each([["id", "UPG", "SOQ"], ["en", "UPG", "TTE"], ["id", "SUB", "TRK"]] as const)("a domestic flight past the seed's list (%s, %s-%s)", (lang, from, to) => {
  it("is booked with a name, e-mail and phone: no passport asked", async () => {
    const a = agent(lang);
    const code = await bookOne(a, `/cari ${from} ${to} ${futureDate(30).wire} 1`);
    expect(code).toMatch(/^[A-Z0-9]{6}$/);
    expect(a.botTexts().join("\n")).not.toMatch(/paspor|passport/i);
  });
});
