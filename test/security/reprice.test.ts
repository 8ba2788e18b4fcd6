import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, futureDate, startHarness, type Harness } from "../support/bot-harness.js";
import { fillPassengers, pickFirstFlight } from "../bot/journey-steps.js";
import { money } from "./helpers.js";

let h: Harness;
beforeAll(async () => { h = await startHarness({ live: true, env: { ISSUER_IDS: "34001" } }); });
afterAll(async () => { await h?.close(); });

describe("re-pricing right before booking", () => {
  it("a second price change after the agent accepted the first is shown and asked again; the booking is at the accepted total", async () => {
    const agent = new Agent(h, { id: 34_001, first_name: "Bos", language_code: "id" }, { id: 34_001, type: "private" });
    await agent.say(`/cari CGK SUB ${futureDate(60).wire} 1`);
    await pickFirstFlight(agent);
    await agent.tap("Lanjut");
    await fillPassengers(agent, ["Mr Budi Santoso"]);
    const before = money(h);

    h.sandbox.controls.setPriceChange("*", 10_000);
    const first = await agent.tap("✅ Booking");
    expect(first?.text).toContain("naik Rp 10.000");
    expect(money(h).bookings).toBe(before.bookings);

    // The fare moves again while the agent reads: accepting the first change must not book at the second.
    h.sandbox.controls.setPriceChange("*", 25_000);
    const second = await agent.tap("Booking dengan harga baru");
    expect(second?.text).toContain("naik Rp 15.000");
    expect(money(h).bookings).toBe(before.bookings);

    await agent.tap("Booking dengan harga baru");
    const code = /Kode: ([A-Z0-9]{6})/.exec(agent.botTexts().join("\n"))?.[1];
    expect(code, agent.transcript(6)).toBeDefined();
    expect(money(h).bookings).toBe(before.bookings + 1);
    const booked = h.sandbox.controls.getBooking(code!)!;
    const accepted = Number(/→ Rp ([\d.]+)/.exec(second!.text!)![1]!.replace(/\./g, ""));
    expect(booked.totalFare).toBe(accepted);
    expect(agent.botTexts().join("\n")).not.toContain("bukan");
    h.sandbox.controls.setPriceChange("*", 0);
  });
});
