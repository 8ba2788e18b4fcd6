import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FlightOffer } from "../../src/domain/flight.js";
import { mergeInPlace } from "../../src/bot/features/search/progressive-results.js";
import type { StoredMessage } from "../support/telegram/index.js";
import { Agent, futureDate, startHarness, type Harness } from "../support/bot-harness.js";
import { PAGE_SIZE } from "../../src/domain/offer-list.js";
import { dayWith, type FlightsTest } from "../support/sandbox-days.js";

let h: Harness;
beforeAll(async () => { h = await startHarness(); });
afterAll(async () => { await h?.close(); });

const flightButtons = (m: StoredMessage | undefined) =>
  (m?.reply_markup?.inline_keyboard.flat() ?? []).filter((b): b is { text: string; callback_data: string } => "callback_data" in b && b.callback_data.includes(":o:"));

/**
 * Held Lion Air (and the all-airlines answer, the only one with Garuda): a day on which another airline's
 * own search has flights to draw early, and so many Lion Air flights that the completed list's first page
 * shows one, in whatever order.
 */
const fastAirlinesAndLionOnPageOne: FlightsTest = (flights) =>
  flights.some((f) => f.carrier.perAirline !== undefined && f.carrier.perAirline !== "getflightLion") &&
  flights.filter((f) => f.carrier.code === "JT").length > flights.length - PAGE_SIZE;

describe("progressive search", () => {
  it("draws the fast airlines' flights while a slow airline still searches, then completes the same list", async () => {
    const agent = new Agent(h, { id: 7301, first_name: "Sari", language_code: "id" }, { id: 7301, type: "private" });
    // The all-airlines answer and Lion Air are slow; the other airlines answer at once.
    h.sandbox.controls.hold("getflights-json");
    h.sandbox.controls.hold("getflightLion");
    const searching = agent.say(`/cari CGK SUB ${dayWith(["CGK", "SUB"], fastAirlinesAndLionOnPageOne, 10).wire} 1`);

    const partial = await h.emulator.waitFor(() => {
      const m = h.emulator.chatMessages(agent.chat.id).find((x) => x.fromBot && flightButtons(x).length > 0);
      return m && { id: m.message_id, text: m.text ?? "", buttons: flightButtons(m) };
    });
    expect(partial.text).toContain("CGK → SUB");
    expect(partial.text).toContain("Maskapai lain masih mencari");
    expect(partial.buttons.some((b) => b.text.startsWith("JT-"))).toBe(false);
    expect(h.sandbox.controls.callCount("getflights-json")).toBe(1);

    h.sandbox.controls.release();
    await searching;
    const final = h.emulator.chatMessages(agent.chat.id).find((m) => m.message_id === partial.id)!;
    expect(final.text).not.toContain("Maskapai lain masih mencari");
    const all = flightButtons(final);
    expect(all.some((b) => b.text.startsWith("JT-"))).toBe(true);
    // Every flight shown early is still in the list, on the same button.
    for (const b of partial.buttons) expect(all.find((x) => x.callback_data === b.callback_data)?.text.split(" ")[0]).toBe(b.text.split(" ")[0]);

    // A button of the early list picks the flight it showed.
    const early = partial.buttons[0]!;
    const quote = await agent.tap({ data: early.callback_data });
    expect(quote?.text).toContain(early.text.split(" ")[0]!);
    expect(quote?.text).toContain("Sisa kursi");
    expect(h.emulator.errors).toEqual([]);
  });

  it("ends with the complete list and no 'still searching' line when everything answers at once", async () => {
    const agent = new Agent(h, { id: 7302, first_name: "Tono", language_code: "en" }, { id: 7302, type: "private" });
    await agent.say(`/search CGK DPS ${futureDate(12).wire} 1`);
    const results = agent.last();
    expect(flightButtons(results).length).toBeGreaterThan(0);
    expect(results?.text).not.toContain("still searching");
    expect(h.emulator.errors).toEqual([]);
  });
});

describe("the cached list while results arrive", () => {
  const offer = (flightCode: string, price: number): FlightOffer => ({
    provider: "mmbc", ref: flightCode, airlineName: "X", airlineCode: flightCode.slice(0, 2), flightCode, from: "CGK", to: "SUB",
    date: "2026-12-30", departsAt: "2026-12-30T06:00:00+07:00", arrivesAt: "2026-12-30T07:30:00+07:00", stops: 0, price,
  });

  it("keeps every shown flight at its index, updates its details and appends new flights", () => {
    const shown = [offer("QZ-7240", 900), offer("IN-855", 800)];
    const merged = mergeInPlace(shown, [offer("JT-187", 700), offer("IN855", 850), offer("GA-674", 1200)]);
    expect(merged.map((o) => [o.flightCode, o.price])).toEqual([["QZ-7240", 900], ["IN855", 850], ["JT-187", 700], ["GA-674", 1200]]);
  });
});
