import { afterAll, beforeEach, describe, expect, it } from "vitest";
import type { ProviderError } from "../../../src/domain/errors.js";
import type { FlightOffer } from "../../../src/domain/flight.js";
import type { PaxCount } from "../../../src/domain/passenger.js";
import { startCannedTiket } from "./canned-tiket.js";
import { okBody, request, SPEC } from "./spec-examples.js";

/**
 * get_flight_data's `departures` names the party it priced (spec §5: count_adult, count_child, count_infant) and
 * prices a child or an infant only when the search asked for one (§4), "0.00" otherwise. An answer for another
 * party, or a "0.00" fare for a passenger of the party, would be shown and booked as this party's total: refused.
 */
const t = await startCannedTiket();
afterAll(() => t.close());
beforeEach(() => {
  t.routes.clear();
  t.routes.set("search/flight", SPEC.searchCached);
  t.routes.set("ajax/mCheckFlightUpdated", SPEC.checkUpdate(0));
});

const offer: FlightOffer = {
  provider: "tiket", ref: "2490729", airlineName: "Citilink", airlineCode: "QG", flightCode: "QG-660", from: "SUB", to: "LOP",
  date: "2016-08-04", departsAt: "2016-08-04T15:25:00.000+07:00", arrivesAt: "2016-08-04T17:35:00.000+07:00", stops: 0, price: 936_900,
};
const family: PaxCount = { adult: 2, child: 1, infant: 1 };
const REQUIRED = '"required":{"titlea1":{"mandatory":1,"type":"combobox","category":"adult1","resource":[{"id":"Mr","name":"Mr"}]},"birthdatea1":{"mandatory":1,"type":"datetime","example":"1990-01-01","category":"adult1"}}';
/** get_flight_data with `departures` holding these fields after the flight's own. */
const flightData = (fields: string) =>
  okBody(`${REQUIRED},"departures":{"flight_id":"2490729","airlines_name":"CITILINK","flight_number":"QG-660","price_value":"936900.00",${fields},"need_baggage":0}`);
/** As the docs' example shapes it: priced for one adult, "0.00" for the child and infant nobody asked. */
const forOneAdult = flightData('"count_adult":"1","count_child":"0","count_infant":"0","price_adult":"936900.00","price_child":"0.00","price_infant":"0.00"');
const FAMILY_PRICES = '"price_adult":"936900.00","price_child":"702700.00","price_infant":"93700.00"';
const FAMILY_TOTAL = 2 * 936_900 + 702_700 + 93_700;

const outcome = async (body: string, pax: PaxCount = family) => {
  t.routes.set("flight_api/get_flight_data", body);
  return t.provider.quote(offer, pax).then((q) => q.total, (e: ProviderError) => `${e.code}: ${e.message}`);
};
const MISMATCH = /^price_mismatch: /;
const MISSING = "upstream: the price for this party is missing: search again with the same passengers";

describe("a tiket.com quote is this party's price, or none", () => {
  it("refuses an answer priced for one adult when the party is 2 adults, a child and an infant (the docs' own shape)", async () => {
    expect(await outcome(forOneAdult)).toMatch(MISMATCH);
  });

  it.each([
    ["another adult count", '"count_adult":"3","count_child":"1","count_infant":"1"'],
    ["no child", '"count_adult":"2","count_child":"0","count_infant":"1"'],
    ["no infant, as numbers", '"count_adult":2,"count_child":1,"count_infant":0'],
    ["an empty child count", '"count_adult":"2","count_child":"","count_infant":"1"'],
    ["a null infant count", '"count_adult":"2","count_child":"1","count_infant":null'],
    ["a count that is not one", '"count_adult":"dua","count_child":"1","count_infant":"1"'],
  ])("refuses an answer naming %s, whatever its prices", async (_name, counts) => {
    expect(await outcome(flightData(`${counts},${FAMILY_PRICES}`))).toMatch(MISMATCH);
  });

  it.each([
    ["as strings", '"count_adult":"2","count_child":"1","count_infant":"1"'],
    ["as numbers", '"count_adult":2,"count_child":1,"count_infant":1'],
    ["with spaces", '"count_adult":" 2","count_child":"1 ","count_infant":"01"'],
    ["left out (the spec's example lists them, older answers may not)", '"flight_class":"Y"'],
  ])("takes this party's counts %s, at the prices given", async (_name, counts) => {
    expect(await outcome(flightData(`${counts},${FAMILY_PRICES}`))).toBe(FAMILY_TOTAL);
  });

  it.each([
    ["the child's price \"0.00\" (no counts)", '"price_adult":"936900.00","price_child":"0.00","price_infant":"93700.00"'],
    ["the infant's price \"0,00\", with the party's counts", '"count_adult":"2","count_child":"1","count_infant":"1","price_adult":"936900.00","price_child":"702700.00","price_infant":"0,00"'],
    ["the infant's price 0 as a number", '"price_adult":"936900.00","price_child":"702700.00","price_infant":0'],
    ["the infant's price left out", '"count_adult":"2","count_child":"1","count_infant":"1","price_adult":"936900.00","price_child":"702700.00"'],
  ])("a party member priced at nothing has no price: %s", async (_name, fields) => {
    expect(await outcome(flightData(fields))).toBe(MISSING);
  });

  it("an adult priced at nothing has no price either (price_adult \"0.00\", price_value too)", async () => {
    const body = flightData('"count_adult":"1","count_child":"0","count_infant":"0","price_adult":"0.00","price_child":"0.00","price_infant":"0.00"').replace('"price_value":"936900.00"', '"price_value":"0.00"');
    expect(await outcome(body, { adult: 1, child: 0, infant: 0 })).toBe(MISSING);
  });

  it("the \"0.00\" of a type the party has none of is no price and no matter: one adult is priced from the docs' example", async () => {
    expect(await outcome(forOneAdult, { adult: 1, child: 0, infant: 0 })).toBe(936_900);
  });

  it("a booking that primes its own cart (no quote's cart) refuses an answer for another party too: nothing is added", async () => {
    t.bookingRoutes("20604390");
    t.routes.set("flight_api/get_flight_data", forOneAdult);
    const adds = t.calls("order/add/flight").length;
    const e = await t.provider.book({ ...request, offerRef: "2490729" }).catch((err: unknown) => err as ProviderError);
    expect(e).toMatchObject({ code: "price_mismatch" });
    expect(t.calls("order/add/flight")).toHaveLength(adds);
  });
});
