import { afterAll, beforeEach, describe, expect, it } from "vitest";
import type { ServerResponse } from "node:http";
import { ProviderError } from "../../src/domain/errors.js";
import type { BookingRequest } from "../../src/domain/booking.js";
import type { FlightOffer } from "../../src/domain/flight.js";
import { MmbcProvider } from "../../src/providers/mmbc/mmbc-provider.js";
import { json, startCannedServer, type CannedRequest } from "../support/canned-http.js";
import { captureLogger } from "../support/test-logger.js";
import { SPEC as MMBC } from "./mmbc/spec-examples.js";
import { inTurn, startCannedTiket } from "./tiket/canned-tiket.js";
import { request as tiketRequest, SPEC as TIKET } from "./tiket/spec-examples.js";

// Codes from a provider end up in messages, buttons (64 bytes), Redis keys and the next request: the
// adapters take only codes of the spec's forms, and anything else is a typed error, never passed on.
const LONG = "9".repeat(100_000);
/** Test names show values short. */
const short = (v: string) => (v.length > 24 ? `${v.slice(0, 12)}…(${v.length} chars)` : v);
const cases = <T extends string[]>(rows: T[]) => rows.map((r) => [...r.slice(0, -1), short(r.at(-1)!), r.at(-1)!]);
const HOSTILE = ["<b>JT-690</b>", `JT-${LONG}`, "JT-690\n<a href='x'>", "", "JT"];

const error = async (p: Promise<unknown>) => {
  const e = await p.then(() => undefined, (err: unknown) => err);
  expect(e, "a typed provider error").toBeInstanceOf(ProviderError);
  return e as ProviderError;
};
/** A spec body with one quoted value replaced (JSON-escaped). */
const swap = (body: string, from: string, to: string) => {
  expect(body).toContain(`"${from}"`);
  return body.replace(`"${from}"`, JSON.stringify(to));
};

let next: (req: CannedRequest, res: ServerResponse) => void = (_q, res) => json(res, "{}");
const server = await startCannedServer((req, res) => next(req, res));
const provider = new MmbcProvider({
  baseUrl: `${server.origin}/json/`, credentials: { username: "agent007", password: "s3cret-pass" }, timeZone: "Asia/Jakarta", sandbox: false,
  logger: captureLogger("error").logger, timeouts: { read: 500, search: 500, book: 500, issue: 500 }, retryDelaysMs: [],
});
const t = await startCannedTiket();
afterAll(async () => {
  await provider.close();
  await server.close();
  await t.close();
});

describe("MMBC: codes from the wire", () => {
  const answer = (body: string) => { next = (_q, res) => json(res, body); };
  const query = { from: "CGK", to: "SUB", date: "2016-06-08", pax: { adult: 1, child: 0, infant: 0 } };
  const booking: BookingRequest = {
    provider: "mmbc", offerRef: "x", flightCode: "JT-253", from: "PDG", to: "CGK", date: "2017-03-20", pax: { adult: 1, child: 0, infant: 0 },
    passengers: [{ type: "adult", title: "Mr", fullName: "Fransiskus" }], contact: { email: "f@example.com", phone: "081290188790" },
  };

  it("takes every form the spec shows: QZ-7682, SJ268, GA 724, lower-case airports, a spaced route", async () => {
    const rows = JSON.parse(MMBC.search) as Record<string, unknown>[];
    rows[0]!.flight_code = "SJ268";
    rows[1]!.flight_code = " GA 724 ";
    rows[1]!.flight_from = "cgk";
    rows[2]!.flight_route = "cgk - sub";
    delete rows[2]!.flight_from;
    delete rows[2]!.flight_to;
    answer(JSON.stringify(rows));
    const offers = await provider.search(query);
    expect(offers.map((o) => [o.flightCode, o.airlineCode, o.from, o.to])).toEqual([
      ["SJ268", "SJ", "CGK", "SUB"], ["GA 724", "GA", "CGK", "SUB"], ["JT-748", "JT", "CGK", "SUB"],
    ]);
    answer(swap(MMBC.booking, "YDZADF", "ydzadf"));
    expect((await provider.book(booking)).code).toBe("YDZADF");
  });

  it.each(HOSTILE.map((h) => [short(h), h]))("skips a search row whose flight code is %j; all rows like that is an error", async (_label, hostile) => {
    const rows = JSON.parse(MMBC.search) as Record<string, unknown>[];
    rows[1]!.flight_code = hostile;
    answer(JSON.stringify(rows));
    expect((await provider.search(query)).map((o) => o.flightCode)).toEqual(["QZ-7682", "JT-748"]);
    answer(JSON.stringify(rows.map((r) => ({ ...r, flight_code: hostile }))));
    expect(await error(provider.search(query))).toMatchObject({ code: "unavailable", endpoint: "getflights-json" });
  });

  it.each(cases([
    ["flight_from", "<b>"], ["flight_to", "SUBX"], ["flight_from", LONG], ["flight_route", "CGK-<i>"], ["flight_route", `CGK-${LONG}`],
  ]))("skips a search row whose %s is %j", async (field, _label, hostile) => {
    const rows = JSON.parse(MMBC.search) as Record<string, unknown>[];
    rows[0]![field] = hostile;
    answer(JSON.stringify(rows));
    expect((await provider.search(query)).map((o) => o.flightCode)).toEqual(["JT-690", "JT-748"]);
  });

  it.each(cases([
    ["kodebooking", "YDZADF", "<b>YDZADF</b>"], ["kodebooking", "YDZADF", `Y${LONG}`], ["kodebooking", "YDZADF", "AB"],
    ["flight_code", "JT-253", "<script>"], ["flight_code", "JT-253", `JT-${LONG}`], ["flight_from", "PDG", "P&G"], ["flight_to", "CGK", LONG],
  ]))("a booking answer with %s %j → %j is an unknown outcome, not a booking", async (_field, from, _label, to) => {
    answer(swap(MMBC.booking, from, to));
    expect(await error(provider.book(booking))).toMatchObject({ code: "outcome_unknown", endpoint: "postbooking-json" });
  });

  it.each(cases([["JT-748", "<b>x</b>"], ["JT-748", LONG], ["CGK", "<i>"]]))("a price answer with %j → %j is an error", async (from, _label, to) => {
    answer(swap(MMBC.price, from, to));
    const offer = { provider: "mmbc", ref: "JT-748|CGK|SUB|2016-05-27", flightCode: "JT-748", from: "CGK", to: "SUB", date: "2016-05-27" } as FlightOffer;
    expect(await error(provider.quote(offer, query.pax))).toMatchObject({ code: "unavailable", endpoint: "getprice-json" });
  });

  it("a status answer echoing a hostile code is an error; an empty echo means the code asked about", async () => {
    answer(swap(MMBC.status, "XXXXX", "<b>XXXXX</b>"));
    expect(await error(provider.status("XXXXX"))).toMatchObject({ code: "unavailable", endpoint: "getstatusbooking-json" });
    answer(swap(MMBC.status, "XXXXX", ""));
    expect(await provider.status("XXXXX")).toEqual({ code: "XXXXX", status: "waiting" });
  });
});

describe("tiket.com: codes from the wire", () => {
  beforeEach(() => { t.routes.clear(); });
  const query = { from: "SUB", to: "LOP", date: "2016-08-04", pax: { adult: 1, child: 0, infant: 0 } };
  const searchWith = (body: string) => {
    t.routes.set("search/flight", body);
    t.routes.set("ajax/mCheckFlightUpdated", TIKET.checkUpdate(0));
  };

  type Row = Record<string, unknown> & { flight_infos: { flight_info: Record<string, unknown>[] } };
  /** The spec's fresh search (QG-660, QG-662, and "QG 664" without a price), rows edited. */
  const fresh = (edit: (rows: Row[]) => void) => {
    const body = JSON.parse(TIKET.searchFresh) as { departures: { result: Row[] } };
    edit(body.departures.result);
    return JSON.stringify(body);
  };

  it.each(cases([
    ["flight_number", "<b>QG-662</b>"], ["flight_number", `QG-${LONG}`], ["flight_number", "QG-1~QG-2~QG-3~QG-4~QG-5"],
    ["flight_id", "24907<30>"], ["flight_id", LONG], ["departure_city", "Surabaya <b>"], ["arrival_city", "LOPX"],
  ]))("skips a search row whose %s is %j; all rows like that is an error", async (field, _label, hostile) => {
    searchWith(fresh((rows) => { rows[1]![field] = hostile; }));
    expect((await t.provider.search(query)).map((o) => o.flightCode)).toEqual(["QG-660"]);
    searchWith(fresh((rows) => rows.forEach((r) => { r[field] = hostile; })));
    expect(await error(t.provider.search(query))).toMatchObject({ code: "unavailable", endpoint: "search/flight" });
  });

  it("skips a search row with a hostile leg, and takes the spaced form and lower case", async () => {
    searchWith(fresh((rows) => {
      rows[0]!.flight_infos.flight_info[0]!.departure_city = "<script>";
      rows[1]!.flight_number = " qg 662 ";
      rows[1]!.departure_city = "sub";
    }));
    expect((await t.provider.search(query)).map((o) => [o.flightCode, o.airlineCode, o.from])).toEqual([["qg 662", "QG", "SUB"]]);
  });

  it.each(cases([["<b>20604252</b>"], [LONG], ["12"]]))("an /order answer with order id %j leaves the booking's outcome unknown", async (_label, hostile) => {
    t.bookingRoutes("20604252");
    t.routes.set("order", TIKET.order.replaceAll('"20604252"', JSON.stringify(hostile)));
    expect(await error(t.provider.book(tiketRequest))).toMatchObject({ code: "outcome_unknown" });
  });

  it("reads a round trip's joined flight numbers and a PNR; a hostile PNR or flight number is an error", async () => {
    t.bookingRoutes("20604252");
    await t.provider.book(tiketRequest);
    t.routes.set("check_order", TIKET.checkOrder({ pay: "paid", ticket: "issued", pnr: "jra664" }).replace('"GA 724"', '"QG-682~QG-683"'));
    expect(await t.provider.status("20604252")).toEqual({ code: "20604252", status: "issued", total: 1_113_285 });
    t.routes.set("check_order", TIKET.checkOrder({ pay: "paid", ticket: "issued", pnr: "<b>JRA664</b>" }));
    expect(await error(t.provider.status("20604252"))).toMatchObject({ code: "unavailable", endpoint: "check_order" });
    t.routes.set("check_order", TIKET.checkOrder({ pay: "paid", ticket: "issued", pnr: "JRA664" }).replace('"GA 724"', JSON.stringify(`GA ${LONG}`)));
    expect(await error(t.provider.status("20604252"))).toMatchObject({ code: "unavailable", endpoint: "check_order" });
  });

  it("a re-price naming a hostile flight number is an error", async () => {
    // A quote searches on its own cart token before get_flight_data (tiket-api.md §10).
    t.routes.set("search/flight", TIKET.searchCached);
    t.routes.set("flight_api/get_flight_data", inTurn(TIKET.flightData.replace('"flight_number":"QG-660","price_value"', '"flight_number":"<b>QG</b>","price_value"')));
    const offer = { provider: "tiket", ref: "2490729", airlineName: "CITILINK", airlineCode: "QG", flightCode: "QG-660", from: "SUB", to: "LOP", date: "2016-08-04" } as FlightOffer;
    expect(await error(t.provider.quote(offer, query.pax))).toMatchObject({ code: "unavailable", endpoint: "flight_api/get_flight_data" });
  });
});
