import { describe, expect, it } from "vitest";
import type { Booking } from "../../src/domain/booking.js";
import { createI18n } from "../../src/bot/i18n.js";
import { ticketCaption } from "../../src/presenters/booking-card.js";

const i18n = createI18n("id");
const booking: Booking = {
  provider: "mmbc", code: "ABC123", airlineName: "Lion Air", flightCode: "JT-15", from: "DPS", to: "SUB",
  departsAt: "2026-12-30T07:35:00.000+07:00", stops: 0, passengers: [{ title: "Mr", fullName: "Budi Santoso", type: "adult" }],
  fares: { total: 500_000, nta: 480_000, commission: 20_000 }, timelimit: "2026-12-29T12:00:00.000+07:00", status: "issued",
} as Booking;

// The caption goes with the PDF to customers: the departure with its airport's zone, as on the booking card (a stored time
// is the printed clock, tagged with the bot's zone: airport-zones.ts).
describe("the e-ticket caption names the departure on its airport's clock and zone", () => {
  it.each([["id", "07:35 WITA"], ["en", "07:35 WITA"]] as const)("%s", (locale, expected) => {
    const caption = ticketCaption((key, vars) => i18n.t(locale, key, vars), locale, "Asia/Jakarta", booking);
    expect(caption).toContain(expected);
    expect(caption).not.toContain("WIB");
  });
});
