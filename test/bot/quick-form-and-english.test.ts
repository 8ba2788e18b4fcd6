import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, futureDate, startHarness, type Harness } from "../support/bot-harness.js";
import { bookOne, fillPassengers, pickFirstFlight } from "./journey-steps.js";

let h: Harness;
beforeAll(async () => { h = await startHarness(); });
afterAll(async () => { await h?.close(); });

describe("quick form and English", () => {
  it("books with the quick form for two adults in English and issues", async () => {
    const sarah = { id: 6001, first_name: "Sarah", language_code: "en" };
    const agent = new Agent(h, sarah, { id: sarah.id, type: "private" });
    const date = futureDate(30);
    await agent.say(`/search CGK DPS ${date.wire} 2`);
    expect(agent.last()?.text).toContain("CGK → DPS");
    expect(agent.last()?.text).toMatch(/\d+ flights?/);
    await pickFirstFlight(agent);
    expect(agent.last()?.text).toContain("Total for 2 pax");
    await agent.tap("Continue");
    expect(agent.last()?.text).toContain("Passenger 1 of 2 (adult)");
    await fillPassengers(agent, ["Mr John Smith", "mrs. jane smith"]);
    const summary = agent.last()!.text!;
    expect(summary).toContain("Check before booking");
    expect(summary).toContain("Mrs Jane Smith");
    await agent.tap("Book");
    const card = agent.last()!.text!;
    expect(card).toMatch(/Booked! Code: [A-Z0-9]{6}/);
    expect(card).toMatch(/Pay before: .+\(in \d+ h \d+ min\)/);
    expect(h.emulator.errors).toEqual([]);
  });

  it("/cari jakarta bali besok asks which Jakarta, then the party (saying what it has), then searches tomorrow", async () => {
    const dewi = { id: 6002, first_name: "Dewi", language_code: "id" };
    const agent = new Agent(h, dewi, { id: dewi.id, type: "private" });
    await agent.say("/cari jakarta bali besok");
    expect(agent.last()?.text).toContain("punya lebih dari satu bandara");
    await agent.tap("(HLP)");
    expect(agent.last()?.text).toContain("Rute HLP → DPS");
    expect(agent.last()?.text).toContain("Berapa penumpang");
    await agent.tap("1");
    expect(agent.last()?.text).toContain("HLP → DPS");
    expect(agent.last()?.text).toContain("1 penumpang");
    expect(h.emulator.errors).toEqual([]);
  });

  it("offers the chat's last contact on the next booking", async () => {
    const rudi = { id: 6003, first_name: "Rudi", language_code: "id" };
    const agent = new Agent(h, rudi, { id: rudi.id, type: "private" });
    const date = futureDate(40);
    await bookOne(agent, `/cari CGK SUB ${date.wire} 1`);
    await agent.say(`/cari CGK KNO ${date.wire} 1`);
    await pickFirstFlight(agent);
    await agent.tap("Lanjut");
    let msg = await agent.say("Mr Rudi Hartono");
    if (msg?.text?.includes("Tanggal lahir")) msg = await agent.say("01-02-1985");
    expect(msg?.text).toContain("agen@example.com");
    await agent.tap("✅ Pakai");
    expect(agent.last()?.text).toContain("Periksa sebelum booking");
    expect(h.emulator.errors).toEqual([]);
  });
});
