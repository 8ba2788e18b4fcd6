import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, futureDate, startHarness, type Harness } from "../support/bot-harness.js";
import { bookOne } from "./journey-steps.js";

let h: Harness;
beforeAll(async () => { h = await startHarness(); });
afterAll(async () => { await h?.close(); });

const agentFor = (id: number, lang: "id" | "en" = "id") => new Agent(h, { id, first_name: "Agen", language_code: lang }, { id, type: "private" });

describe("a booking code typed alone in a private chat", () => {
  it("after /issued without a code: the booking's status, with Issue on it", async () => {
    const agent = agentFor(16_001);
    const code = await bookOne(agent, `/cari CGK SUB ${futureDate(25).wire} 1`);
    expect((await agent.say("/issued"))?.text).toContain("Ketik kode booking");
    const status = await agent.say(code.toLowerCase());
    expect(status?.text).toContain(code);
    expect(status?.reply_markup?.inline_keyboard.flat().map((b) => b.text).join(" ")).toMatch(/Issued/);
    // Nothing was spent by reading it.
    expect(h.sandbox.controls.getBooking(code)?.status).not.toBe("issued");
  });

  it("an unknown code says so, in the person's language; words and short numbers still get the way in", async () => {
    const agent = agentFor(16_002, "en");
    expect((await agent.say("ZZ9Q8W"))?.text).toContain("doesn't know that booking code");
    for (const text of ["thanks", "halo", "2"]) expect((await agent.say(text))?.text).toContain("/search");
  });
});
