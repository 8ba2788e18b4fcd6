import { afterAll, describe, expect, it } from "vitest";
import type { BookingRequest } from "../../../src/domain/booking.js";
import type { FlightOffer } from "../../../src/domain/flight.js";
import { MmbcProvider } from "../../../src/providers/mmbc/mmbc-provider.js";
import { json, startCannedServer, type CannedRequest } from "../../support/canned-http.js";
import { captureLogger } from "../../support/test-logger.js";
import { SPEC } from "./spec-examples.js";

// Sorong, Ternate, Tarakan, Timika, Waingapu, Tambolaka: Indonesian airports past the seed's city list ("… Solo").
// A KTP-holding passenger is booked on them without a passport, as on any domestic flight.
const seen: CannedRequest[] = [];
let route = { from: "CGK", to: "SOQ" };
const server = await startCannedServer((req, res) => {
  seen.push(req);
  if (req.path.endsWith("getprice-json")) {
    return json(res, JSON.stringify({ ...(JSON.parse(SPEC.price) as object), flight_code: "JT-790", flight_from: route.from, flight_to: route.to, flight_date: "2027-03-20", adult: "1", child: "0", infant: "0" }));
  }
  json(res, JSON.stringify({ ...(JSON.parse(SPEC.booking) as object), flight_code: "JT-790", flight_from: route.from, flight_to: route.to, flight_departure: "20 Mar 2027 08:15", flight_timelimit: "19 Mar 2027 23:59" }));
});
const provider = new MmbcProvider({
  baseUrl: `${server.origin}/json/`, credentials: { username: "agent007", password: "s3cret-pass" }, timeZone: "Asia/Jakarta", sandbox: false,
  logger: captureLogger().logger, timeouts: { read: 20_000, search: 20_000, book: 20_000, issue: 20_000 }, retryDelaysMs: [10, 10],
});
afterAll(async () => { await provider.close(); await server.close(); });

const offer = (from: string, to: string): FlightOffer => ({
  provider: "mmbc", ref: `JT-790|${from}|${to}|2027-03-20`, airlineName: "Lion Air", airlineCode: "JT", flightCode: "JT-790", from, to, date: "2027-03-20",
  departsAt: "2027-03-20T08:15:00+07:00", arrivesAt: "2027-03-20T12:05:00+07:00", stops: 0, price: 1_250_000,
});

describe.each([["CGK", "SOQ"], ["UPG", "TTE"], ["SUB", "TRK"], ["UPG", "TIM"], ["DPS", "WGP"], ["DPS", "TMC"]])("domestic %s-%s on MMBC", (from, to) => {
  it("asks no passport, and books a KTP-holding adult with none sent", async () => {
    route = { from, to };
    const quote = await provider.quote(offer(from, to), { adult: 1, child: 0, infant: 0 });
    expect(quote.needs?.passport).toBe(false);
    const request: BookingRequest = {
      provider: "mmbc", offerRef: offer(from, to).ref, flightCode: "JT-790", airlineName: "Lion Air", from, to, date: "2027-03-20",
      pax: { adult: 1, child: 0, infant: 0 }, passengers: [{ type: "adult", title: "Mr", fullName: "Budi Santoso", idNumber: "3174012345678901" }],
      contact: { email: "budi@example.com", phone: "081234567890" },
    };
    const booking = await provider.book(request);
    expect(booking.code).toBeTruthy();
    const form = seen.filter((r) => r.path.endsWith("postbooking-json")).at(-1)!.body;
    expect(new URLSearchParams(form).get("passportnumber")).toBeNull();
  });
});

it("a route abroad still asks for passports", async () => {
  route = { from: "CGK", to: "SIN" };
  expect((await provider.quote(offer("CGK", "SIN"), { adult: 1, child: 0, infant: 0 })).needs?.passport).toBe(true);
});
