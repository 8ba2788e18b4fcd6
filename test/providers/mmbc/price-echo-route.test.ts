import { afterAll, describe, expect, it } from "vitest";
import { MmbcProvider } from "../../../src/providers/mmbc/mmbc-provider.js";
import type { FlightOffer } from "../../../src/domain/flight.js";
import type { PaxCount } from "../../../src/domain/passenger.js";
import { startCannedServer, json } from "../../support/canned-http.js";
import { captureLogger } from "../../support/test-logger.js";
import { SPEC } from "./spec-examples.js";

// The seed's price answer echoes the route and day it priced: "flight_from":"CGK","flight_to":"SUB",
// "flight_date":"2016-05-27" (field list: "Tanggal Penerbangan ( yyyy-mm-dd )"), next to flight_code and the party.
let body: string = SPEC.price;
const server = await startCannedServer((_req, res) => json(res, body));
const provider = new MmbcProvider({
  baseUrl: `${server.origin}/json/`, credentials: { username: "agent007", password: "s3cret-pass" }, timeZone: "Asia/Jakarta", sandbox: false,
  logger: captureLogger().logger, timeouts: { read: 20_000, search: 20_000, book: 20_000, issue: 20_000 }, retryDelaysMs: [10, 10],
});
afterAll(async () => { await provider.close(); await server.close(); });

const offer: FlightOffer = {
  provider: "mmbc", ref: "JT-748|CGK|SUB|2016-05-27", airlineName: "Lion Air", airlineCode: "JT", flightCode: "JT-748", from: "CGK", to: "SUB",
  date: "2016-05-27", departsAt: "2016-05-27T06:00:00.000+07:00", arrivesAt: "2016-05-27T07:30:00.000+07:00", stops: 0, price: 440_000,
};
const pax: PaxCount = { adult: 1, child: 0, infant: 0 };
const seedWith = (fields: Record<string, unknown>, drop: string[] = []) => {
  const o = { ...(JSON.parse(SPEC.price) as Record<string, unknown>), ...fields };
  for (const k of drop) delete o[k];
  return JSON.stringify(o);
};
const outcome = async (answer: string, o: FlightOffer = offer) => {
  body = answer;
  return provider.quote(o, pax).then((q) => q.total, (e: { code?: string }) => e.code);
};

describe("the price re-check is trusted only for the route and day asked", () => {
  it("takes the seed's own answer for the flight it names", async () => {
    expect(await outcome(SPEC.price)).toBe(440_000);
  });

  it.each([
    ["another origin (Halim, not Soekarno-Hatta)", { flight_from: "HLP" }],
    ["another destination", { flight_to: "DPS" }],
    ["the route reversed", { flight_from: "SUB", flight_to: "CGK" }],
    ["the next day", { flight_date: "2016-05-28" }],
    ["the day before, in the request's dd-mm-yyyy form", { flight_date: "26-05-2016" }],
    ["another month, with month names", { flight_date: "27 Jun 2016" }],
    ["another year", { flight_date: "2017-05-27" }],
  ])("refuses a price echoing %s", async (_name, fields) => {
    expect(await outcome(seedWith(fields))).toBe("price_mismatch");
  });

  it.each([
    ["lower-case airports", { flight_from: "cgk", flight_to: "sub" }],
    ["spaces around the echoes", { flight_from: " CGK ", flight_to: "SUB ", flight_date: " 2016-05-27 " }],
    ["the request's dd-mm-yyyy form", { flight_date: "27-05-2016" }],
    ["an English month name", { flight_date: "27 May 2016" }],
    ["an Indonesian month name with the time", { flight_date: "27 Mei 2016 06:00" }],
    ["a late-evening time (the printed day, whatever the zone)", { flight_date: "2016-05-27 23:30" }],
  ])("takes the same route and day written with %s", async (_name, fields) => {
    expect(await outcome(seedWith(fields))).toBe(440_000);
  });

  it("takes the offer's own lower-case airports too", async () => {
    expect(await outcome(SPEC.price, { ...offer, from: "cgk", to: "sub" })).toBe(440_000);
  });

  // The seed documents all three as always there (only flight_infotransit and flight_class are optional):
  // an answer without one cannot be tied to the flight asked, and refusing it books nothing.
  it.each([
    ["without flight_from", {}, ["flight_from"]],
    ["without flight_to", {}, ["flight_to"]],
    ["without flight_date", {}, ["flight_date"]],
    ["with flight_from empty", { flight_from: "" }, []],
    ["with flight_to as '-'", { flight_to: "-" }, []],
    ["with flight_date null", { flight_date: null }, []],
    ["with flight_date empty", { flight_date: " " }, []],
    ["with a date that does not exist", { flight_date: "2016-02-30" }, []],
    ["with a date of zeros", { flight_date: "0000-00-00" }, []],
    ["with a date that is not one", { flight_date: "besok" }, []],
  ] as const)("refuses an answer %s", async (_name, fields, drop) => {
    expect(await outcome(seedWith(fields, [...drop]))).toBe("price_mismatch");
  });
});
