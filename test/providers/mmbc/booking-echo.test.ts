import { afterAll, describe, expect, it } from "vitest";
import type { BookingRequest } from "../../../src/domain/booking.js";
import { ProviderError } from "../../../src/domain/errors.js";
import { MmbcProvider } from "../../../src/providers/mmbc/mmbc-provider.js";
import { json, startCannedServer } from "../../support/canned-http.js";
import { captureLogger } from "../../support/test-logger.js";
import { SPEC } from "./spec-examples.js";

// The booking answer repeats the flight, route and departure booked (seed §8). One naming another flight,
// day or route is a real hold at MMBC (its code is kept) but not the flight asked: it says so, with both.
let echo: Record<string, unknown> = {};
const server = await startCannedServer((_req, res) => {
  const seed = JSON.parse(SPEC.booking) as Record<string, unknown>;
  const answer: Record<string, unknown> = { ...seed, flight_code: "JT-790", flight_from: "CGK", flight_to: "SUB", flight_route: "CGK-SUB", flight_departure: "25 Mar 2027 08:15", flight_timelimit: "24 Mar 2027 23:59", ...echo };
  for (const [k, v] of Object.entries(answer)) if (v === undefined) delete answer[k];
  json(res, JSON.stringify(answer));
});
const { logger } = captureLogger();
const provider = new MmbcProvider({
  baseUrl: `${server.origin}/json/`, credentials: { username: "agent007", password: "s3cret-pass" }, timeZone: "Asia/Jakarta", sandbox: false,
  logger, timeouts: { read: 20_000, search: 20_000, book: 20_000, issue: 20_000 }, retryDelaysMs: [10, 10],
});
afterAll(async () => { await provider.close(); await server.close(); });

const request: BookingRequest = {
  provider: "mmbc", offerRef: "JT-790|CGK|SUB|2027-03-25", flightCode: "JT-790", airlineName: "Lion Air", from: "CGK", to: "SUB", date: "2027-03-25",
  pax: { adult: 1, child: 0, infant: 0 }, passengers: [{ type: "adult", title: "Mr", fullName: "Budi Santoso" }],
  contact: { email: "budi@example.com", phone: "081234567890" },
};
const asked = { flightCode: "JT-790", from: "CGK", to: "SUB", date: "2027-03-25" };

describe("MMBC booking answer echoing another flight, day or route than booked", () => {
  it.each([
    ["another day", { flight_departure: "20 Mar 2027 08:15" }, { flightCode: "JT-790", from: "CGK", to: "SUB", date: "2027-03-20" }],
    ["another flight", { flight_code: "JT-692" }, { flightCode: "JT-692", from: "CGK", to: "SUB", date: "2027-03-25" }],
    ["another route", { flight_to: "SRG", flight_route: "CGK-SRG" }, { flightCode: "JT-790", from: "CGK", to: "SRG", date: "2027-03-25" }],
    ["another flight and day", { flight_code: "JT-692", flight_departure: "2027-03-20 08:15" }, { flightCode: "JT-692", from: "CGK", to: "SUB", date: "2027-03-20" }],
  ])("%s: the booking and its code are kept, as MMBC describes it, with what was asked beside it", async (_what, change, booked) => {
    echo = change;
    const b = await provider.book(request);
    expect(b.code).toBe("YDZADF");
    expect({ flightCode: b.flightCode, from: b.from, to: b.to }).toEqual({ flightCode: booked.flightCode, from: booked.from, to: booked.to });
    expect(b.otherFlight).toEqual({ asked, booked });
  });

  it.each([
    ["the seed's form", {}],
    ["the code without its dash, a leading zero, lower case airports", { flight_code: "JT0790", flight_from: "cgk", flight_to: "sub" }],
    ["the day in another MMBC form", { flight_departure: "2027-03-25 08:15" }],
    ["the day in Indonesian", { flight_departure: "25 Maret 2027 08:15" }],
  ])("the same flight in %s is the booking asked for", async (_what, change) => {
    echo = change;
    const b = await provider.book(request);
    expect(b.code).toBe("YDZADF");
    expect(b.otherFlight).toBeUndefined();
  });

  // A departure left out names no other day: the booking is kept on the day asked (booking-answer-unknowns.test.ts).
  it.each(["flight_code", "flight_from", "flight_to"])("an answer without %s is never taken for the flight asked, and keeps its code", async (field) => {
    echo = { [field]: undefined };
    const e = await provider.book(request).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(ProviderError);
    expect(e).toMatchObject({ code: "outcome_unknown", bookingCode: "YDZADF" });
  });
});
