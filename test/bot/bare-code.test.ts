import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, futureDate, startHarness, type Harness } from "../support/bot-harness.js";
import { bookOne, pickFirstFlight } from "./journey-steps.js";

let h: Harness;
beforeAll(async () => { h = await startHarness(); });
afterAll(async () => { await h?.close(); });

const agentFor = (id: number, lang: "id" | "en" = "id") => new Agent(h, { id, first_name: "Agen", language_code: lang }, { id, type: "private" });

describe("a booking code typed alone", () => {
  it("later, outside any question: the booking's status, with Issue on it", async () => {
    const agent = agentFor(16_001);
    const code = await bookOne(agent, `/cari CGK SUB ${futureDate(25).wire} 1`);
    // An all-letter code typed alone could be a word: it is taken only right after a command asked for it.
    if (/^[A-Z]+$/.test(code)) await agent.say("/cek");
    const status = await agent.say(code.toLowerCase());
    expect(status?.text).toContain(code);
    expect(status?.reply_markup?.inline_keyboard.flat().map((b) => b.text).join(" ")).toMatch(/Issued/);
    // Nothing was spent by reading it.
    expect(h.sandbox.controls.getBooking(code)?.status).not.toBe("issued");
  });

  it("typed right after /issued while a results list is open: the issue confirmation, not a flight code", async () => {
    const agent = agentFor(16_003);
    const code = await bookOne(agent, `/cari CGK SUB ${futureDate(25).wire} 1`);
    await agent.say(`/cari CGK DPS ${futureDate(27).wire} 1`);
    // The unpaid booking is offered as a button; the code typed next is still taken.
    expect((await agent.say("/issued"))?.text).toContain("Booking mana yang mau di-issued?");
    expect((await agent.say(code))?.text).toContain(`Issued ${code}?`);
  });

  it("typed right after /cek in the middle of a flow: the status, and the flow's question still takes its answer", async () => {
    const agent = agentFor(16_004);
    const code = await bookOne(agent, `/cari CGK SUB ${futureDate(26).wire} 1`);
    await agent.say(`/cari CGK SUB ${futureDate(28).wire} 1`);
    await pickFirstFlight(agent);
    await agent.tap("Lanjut");
    expect(agent.last()?.text).toContain("Penumpang 1 dari 1");
    await agent.say("/cek");
    expect((await agent.say(code.toLowerCase()))?.text).toContain(code);
    const next = await agent.say("Mr Budi Santoso");
    expect(next?.text).toMatch(/Tanggal lahir|E-mail|kontak terakhir/);
    // Only the first code after the command is its: a second one is read as usual.
    expect(await h.app.redis.exists(h.app.keys.awaitedCode(16_004, 16_004))).toBe(0);
  });

  it("an unknown code says so, in the person's language; words and short numbers still get the way in", async () => {
    const agent = agentFor(16_002, "en");
    expect((await agent.say("ZZ9Q8W"))?.text).toContain("doesn't know that booking code");
    for (const text of ["thanks", "halo", "2"]) expect((await agent.say(text))?.text).toContain("/search");
  });
});
