import { afterAll, beforeEach, describe, expect, it } from "vitest";
import type { ProviderError } from "../../../src/domain/errors.js";
import type { FlightOffer } from "../../../src/domain/flight.js";
import { json } from "../../support/canned-http.js";
import { CONFIRM, inTurn, pathOf, queryOf, rawQueryOf, SECRET, startCannedTiket } from "./canned-tiket.js";
import { errorBody, request, SPEC } from "./spec-examples.js";

const t = await startCannedTiket();
afterAll(() => t.close());
beforeEach(() => { t.routes.clear(); });

const query = { from: "SUB", to: "LOP", date: "2016-08-04", pax: { adult: 1, child: 0, infant: 0 } };
const offer: FlightOffer = {
  provider: "tiket", ref: "2490729", airlineName: "Citilink", airlineCode: "QG", flightCode: "QG-660", from: "SUB", to: "LOP",
  date: "2016-08-04", departsAt: "2016-08-04T15:25:00.000+07:00", arrivesAt: "2016-08-04T17:35:00.000+07:00", stops: 0, price: 936_900,
};
const error = async (p: Promise<unknown>) => (await p.catch((e: unknown) => e)) as ProviderError;
/** What a quote calls on its cart token: search (the spec's cached answer holds QG-660) and get_flight_data. */
const quoteRoutes = (search: string = SPEC.searchCached) => {
  t.routes.set("search/flight", search);
  t.routes.set("ajax/mCheckFlightUpdated", SPEC.checkUpdate(0));
  t.routes.set("flight_api/get_flight_data", SPEC.flightData);
};

describe("tiket.com client on the spec's examples", () => {
  it("sends the twh: User-Agent, output=json and lang on every call, and reads a decimal-string balance", async () => {
    t.routes.set("partner/transactionApi/get_saldo", SPEC.saldo);
    expect(await t.provider.balance()).toBe(1_035_151);
    const req = t.calls("partner/transactionApi/get_saldo").at(-1)!;
    expect(req.method).toBe("GET");
    expect(req.headers["user-agent"]).toBe("twh:123456789;Partner Name;");
    expect(Object.fromEntries(queryOf(req))).toMatchObject({ secretkey: SECRET, confirmkey: CONFIRM, username: "agen@example.com", output: "json", lang: "id" });
  });

  it("takes a token, lists airports with it and caches them", async () => {
    t.routes.set("flight_api/all_airport", SPEC.airports);
    // The balance (above) takes the pooled token too now (seed 004: every call after getToken): start without one.
    await t.tokens.delete("pool");
    const before = t.server.requests.length;
    expect(await t.provider.airports()).toEqual([{ code: "AMQ", city: "Ambon" }, { code: "SUB", city: "Surabaya" }]);
    const [token, list] = t.server.requests.slice(before);
    expect(pathOf(token!)).toBe("apiv1/payexpress");
    expect(Object.fromEntries(queryOf(token!))).toMatchObject({ method: "getToken", secretkey: SECRET, output: "json" });
    expect(queryOf(list!).get("token")).toMatch(/^tok\d+$/);
    await t.provider.airports();
    expect(t.server.requests.length - before).toBe(2);
  });

  it("searches with v=3, refreshes while Check Update says so, and maps rows (quirks included)", async () => {
    t.routes.set("search/flight", inTurn(SPEC.searchCached, SPEC.searchFresh));
    t.routes.set("ajax/mCheckFlightUpdated", inTurn(SPEC.checkUpdate(24), SPEC.checkUpdate(0)));
    const progress: number[] = [];
    const offers = await t.provider.search(query, { onPartial: (p) => progress.push(p.offers) });
    expect(offers.map((o) => o.flightCode)).toEqual(["QG-662", "QG-660"]); // "QG 664" has no price: skipped
    expect(offers[1]).toEqual({ ...offer, transitInfo: "SUB - LOP (15:25 - 17:35)", baggage: "20 Kg", logoUrl: "http://www.tiket.com/images/tiket2/icon_citilink_2.jpg" });
    expect(offers[0]).toMatchObject({ departsAt: "2016-08-04T22:40:00.000+07:00", arrivesAt: "2016-08-05T00:50:00.000+07:00", price: 812_000 });
    expect(progress).toContain(2);
    const search = queryOf(t.calls("search/flight")[0]!);
    expect(Object.fromEntries(search)).toMatchObject({ d: "SUB", a: "LOP", date: "2016-08-04", adult: "1", child: "0", infant: "0", v: "3", output: "json" });
    const check = queryOf(t.calls("ajax/mCheckFlightUpdated")[0]!);
    expect(Object.fromEntries(check)).toMatchObject({ d: "SUB", a: "LOP", date: "2016-08-04", time: "1399524662", token: search.get("token") });
    expect(t.calls("search/flight")).toHaveLength(2);
  });

  it("stops refreshing at the time bound and keeps what it has", async () => {
    const slow = await startCannedTiket({ searchRefresh: { maxMs: 150, intervalMs: 40 } });
    slow.routes.set("search/flight", SPEC.searchCached);
    // Check Update announces fresh data forever and the list never grows: only the time bound ends
    // the loop, so returning at all proves it (a loop without one would run into the test timeout).
    slow.routes.set("ajax/mCheckFlightUpdated", SPEC.checkUpdate(5));
    expect(await slow.provider.search(query)).toHaveLength(1);
    await slow.close();
  });

  it("a rejected pooled token is replaced once", async () => {
    t.routes.set("search/flight", inTurn(errorBody(401, "Token tidak valid"), SPEC.searchCached));
    t.routes.set("ajax/mCheckFlightUpdated", SPEC.checkUpdate(0));
    expect(await t.provider.search(query)).toHaveLength(1);
    const [first, second] = t.calls("search/flight").slice(-2).map((r) => queryOf(r).get("token"));
    expect(first).not.toBe(second);
  });

  it("quotes on a cart token of its own: getToken, search with the party, then get_flight_data (no party params) on it", async () => {
    quoteRoutes();
    const before = t.server.requests.length;
    const quote = await t.provider.quote(offer, request.pax);
    expect(quote).toMatchObject({
      total: 2 * 936_900 + 900_000 + 93_690, baseFare: 2_867_490, tax: 0, seatsLeft: 4,
      needs: { birthDate: true, idNumber: true, nationality: true, passport: false, baggage: false },
    });
    const steps = t.server.requests.slice(before);
    expect(steps.map(pathOf)).toEqual(["apiv1/payexpress", "search/flight", "flight_api/get_flight_data"]);
    const [search, data] = [queryOf(steps[1]!), queryOf(steps[2]!)];
    expect(Object.fromEntries(search)).toMatchObject({ d: "SUB", a: "LOP", date: "2016-08-04", adult: "2", child: "1", infant: "1", v: "3" });
    expect(Object.fromEntries(data)).toMatchObject({ flight_id: "2490729", date: "2016-08-04", token: search.get("token") });
    for (const party of ["adult", "child", "infant"]) expect(data.has(party)).toBe(false);
    // The offer is as searched; its ref names the flight and the quote's cart.
    expect(quote.offer).toEqual({ ...offer, ref: expect.stringMatching(/^2490729~[\w-]{8,32}$/) });
    expect(quote.captcha).toBeUndefined();
    expect(t.calls("flight_api/getLionCaptcha")).toHaveLength(0);
  });

  it("a flight the cart's own search does not show for the party is seat_gone, not priced", async () => {
    quoteRoutes();
    const before = t.calls("flight_api/get_flight_data").length;
    expect((await error(t.provider.quote({ ...offer, ref: "2490799", flightCode: "QG-999" }, request.pax))).code).toBe("seat_gone");
    expect(t.calls("flight_api/get_flight_data").length).toBe(before);
  });

  it("a cached first answer without the flight is searched again while Check Update announces more", async () => {
    t.routes.set("search/flight", inTurn(SPEC.searchCached, SPEC.searchFresh));
    t.routes.set("ajax/mCheckFlightUpdated", SPEC.checkUpdate(2));
    t.routes.set("flight_api/get_flight_data", SPEC.flightData);
    const before = t.calls("search/flight").length;
    const late = { ...offer, ref: "2490730", flightCode: "QG-662", departsAt: "2016-08-04T22:40:00.000+07:00", arrivesAt: "2016-08-05T00:50:00.000+07:00" };
    // The party SPEC.flightData says it priced: an answer for another one is refused (quote-party-echo.test.ts).
    await t.provider.quote(late, request.pax);
    expect(t.calls("search/flight").length - before).toBe(2);
    expect(queryOf(t.calls("flight_api/get_flight_data").at(-1)!).get("flight_id")).toBe("2490730");
  });

  it("books on the token of the quote it books: the last price check's, taken once", async () => {
    quoteRoutes();
    const first = await t.provider.quote(offer, request.pax);
    // The price check right before booking quotes the quote's offer again: a new cart for the same cart id.
    const check = await t.provider.quote(first.offer, request.pax);
    expect(check.offer.ref).toBe(first.offer.ref);
    const checkedOn = queryOf(t.calls("flight_api/get_flight_data").at(-1)!).get("token");
    t.bookingRoutes("20604310");
    const before = t.server.requests.length;
    await t.provider.book({ ...request, offerRef: check.offer.ref });
    const steps = t.server.requests.slice(before);
    expect(steps.map(pathOf)).toEqual(["order/add/flight", "order", "order/checkout/20604310/IDR", "checkout/checkout_customer"]);
    for (const step of steps) expect(queryOf(step).get("token")).toBe(checkedOn);
    expect(queryOf(steps[0]!).get("flight_id")).toBe("2490729");
    // The cart built an order: booking the same quote again prices a cart of its own.
    t.bookingRoutes("20604311");
    const again = t.server.requests.length;
    await t.provider.book({ ...request, offerRef: check.offer.ref });
    const more = t.server.requests.slice(again);
    expect(more.map(pathOf).slice(0, 4)).toEqual(["apiv1/payexpress", "search/flight", "flight_api/get_flight_data", "order/add/flight"]);
    expect(queryOf(more[3]!).get("token")).not.toBe(checkedOn);
  });

  it("adds the flight_id the last price check priced on the cart, even when its search gave the flight a new id and the booking names the first quote's ref", async () => {
    // flight_id belongs to the search that gave it: each search here numbers QG-660 anew.
    let n = 0;
    t.routes.set("search/flight", (_req, res) => json(res, SPEC.searchCached.replaceAll("2490729", String(2490729 + n++))));
    t.routes.set("ajax/mCheckFlightUpdated", SPEC.checkUpdate(0));
    t.routes.set("flight_api/get_flight_data", SPEC.flightData);
    const first = await t.provider.quote(offer, request.pax);
    // The price check right before booking: its cart's search shows QG-660 under another id.
    await t.provider.quote(first.offer, request.pax);
    const priced = queryOf(t.calls("flight_api/get_flight_data").at(-1)!);
    expect(priced.get("flight_id")).toBe("2490730");
    t.bookingRoutes("20604312");
    // The booking names the offer as first quoted (src/services/book-flight.ts books quote.offer.ref).
    await t.provider.book({ ...request, offerRef: first.offer.ref });
    const add = queryOf(t.calls("order/add/flight").at(-1)!);
    expect(add.get("token")).toBe(priced.get("token"));
    expect(add.get("flight_id")).toBe("2490730");
  });

  it("a cart kept as a bare token (before carts named their flight) is still booked on, with the ref's flight_id", async () => {
    await t.tokens.set("cart:legacyCart01", "tokLegacy", 600);
    t.bookingRoutes("20604313");
    const before = t.server.requests.length;
    await t.provider.book({ ...request, offerRef: "2490729~legacyCart01" });
    expect(t.server.requests.slice(before).map(pathOf)[0]).toBe("order/add/flight");
    expect(Object.fromEntries(queryOf(t.calls("order/add/flight").at(-1)!))).toMatchObject({ token: "tokLegacy", flight_id: "2490729" });
  });

  it("asks every adult's birth date even when `required` leaves it out (v≥2 add-order requires it)", async () => {
    quoteRoutes();
    const withoutBirthDate = SPEC.flightData.replace(/"birthdatea1":\{[^}]*\},/, "");
    expect(withoutBirthDate).not.toContain("birthdatea1");
    t.routes.set("flight_api/get_flight_data", withoutBirthDate);
    expect((await t.provider.quote(offer, request.pax)).needs.birthDate).toBe(true);
    const before = t.server.requests.length;
    const adult = { ...request.passengers[0]!, birthDate: undefined };
    expect((await error(t.provider.book({ ...request, passengers: [adult, ...request.passengers.slice(1)] }))).code).toBe("validation");
    expect(t.server.requests.length).toBe(before);
  });

  it("a mandatory field the adapter can't fill (a checked-baggage choice) marks the quote unbookable, by the provider's label", async () => {
    quoteRoutes();
    const baggage = `"dcheckinbaggagea11":{"mandatory":1,"type":"combobox","FieldText":"Bagasi","category":"adult1","resource":[{"id":"PBAB|15","name":"15 Kg"}]},`;
    t.routes.set("flight_api/get_flight_data", SPEC.flightData.replace(/"required":\{/, `"required":{${baggage}`));
    expect((await t.provider.quote(offer, request.pax)).unsupported).toEqual(["Bagasi"]);
    // The spec's own example asks nothing the adapter doesn't fill.
    t.routes.set("flight_api/get_flight_data", SPEC.flightData);
    expect((await t.provider.quote(offer, request.pax)).unsupported).toBeUndefined();
  });

  it("children's titles are sent as the flight's own list has them (the docs say Mstr/Miss, their example Ms); without a list, as given", async () => {
    quoteRoutes();
    const lists = `"titlec1":{"mandatory":1,"type":"combobox","category":"child1","resource":[{"id":"Mr","name":"Mr"},{"id":"Ms","name":"Ms"}]},"titlei1":{"mandatory":1,"type":"combobox","category":"infant1","resource":[{"id":"Mr","name":"Mr"},{"id":"Ms","name":"Ms"}]},`;
    t.routes.set("flight_api/get_flight_data", SPEC.flightData.replace(/"required":\{/, `"required":{${lists}`));
    const quote = await t.provider.quote(offer, request.pax);
    expect(quote.titles).toMatchObject({ child: ["Mr", "Ms"], infant: ["Mr", "Ms"] });
    t.bookingRoutes("20604301");
    await t.provider.book({ ...request, titles: quote.titles });
    expect(Object.fromEntries(queryOf(t.calls("order/add/flight").at(-1)!))).toMatchObject({ titlea1: "Mr", titlea2: "Mrs", titlec1: "Mr", titlei1: "Ms" });
    t.bookingRoutes("20604302");
    await t.provider.book(request);
    expect(Object.fromEntries(queryOf(t.calls("order/add/flight").at(-1)!))).toMatchObject({ titlec1: "Mstr", titlei1: "Miss" });
  });

  it("adds the Lion Air captcha: search, get_flight_data, captcha and add-order share one token", async () => {
    quoteRoutes(SPEC.searchCached.replaceAll("QG-660", "JT-690").replace("CITILINK", "LION"));
    t.routes.set("flight_api/getLionCaptcha", SPEC.lionCaptcha);
    const lion = { ...offer, airlineCode: "JT", airlineName: "LION", flightCode: "JT-690" };
    const quote = await t.provider.quote(lion, request.pax);
    expect(quote.captcha).toEqual({ image: "data:image/jpeg;base64,/9j/4AAQSkZJRg==", session: "0yjpyyahziye1u55vgdau1a3|0" });
    const captchaToken = queryOf(t.calls("flight_api/getLionCaptcha").at(-1)!).get("token");
    expect(queryOf(t.calls("flight_api/get_flight_data").at(-1)!).get("token")).toBe(captchaToken);
    expect(queryOf(t.calls("search/flight").at(-1)!).get("token")).toBe(captchaToken);
    t.bookingRoutes("20604300");
    const before = t.calls("apiv1/payexpress").length;
    await t.provider.book({ ...request, offerRef: quote.offer.ref, captcha: { answer: " ab12c ", session: quote.captcha!.session } });
    const add = queryOf(t.calls("order/add/flight").at(-1)!);
    expect(Object.fromEntries(add)).toMatchObject({ token: captchaToken, lioncaptcha: "ab12c", lionsessionid: "0yjpyyahziye1u55vgdau1a3|0" });
    expect(t.calls("apiv1/payexpress").length).toBe(before);
  });
});

describe("booking: add order → order → checkout → checkout customer", () => {
  it("builds the add-order fields from the request and returns the order as a booking", async () => {
    t.bookingRoutes("20604252");
    const before = t.server.requests.length;
    const booking = await t.provider.book(request);
    const steps = t.server.requests.slice(before).map(pathOf);
    // No quote's cart (a bare flight_id): its own token searches and prices first. No "Renew Token" after
    // checkout_customer: the token that built the cart is the one that pays for it.
    expect(steps).toEqual([
      "apiv1/payexpress", "search/flight", "flight_api/get_flight_data", "order/add/flight", "order", "order/checkout/20604252/IDR", "checkout/checkout_customer",
    ]);
    const addReq = t.calls("order/add/flight").at(-1)!;
    expect(rawQueryOf(addReq)).toContain("conPhone=%2B6281234567890");
    expect(rawQueryOf(addReq)).toContain("firstnamea2=Siti%20Nur");
    expect(Object.fromEntries(queryOf(addReq))).toMatchObject({
      flight_id: "2490729", adult: "2", child: "1", infant: "1",
      conSalutation: "Mr", conFirstName: "Budi", conLastName: "Santoso", conEmailAddress: "budi@example.com",
      titlea1: "Mr", firstnamea1: "Budi", lastnamea1: "Santoso", birthdatea1: "1980-01-01", ida1: "3174092302900001", passportnationalitya1: "id",
      titlea2: "Mrs", lastnamea2: "Aminah", ida2: "3174092302900002",
      titlec1: "Mstr", firstnamec1: "Andi", lastnamec1: "Andi", birthdatec1: "2010-03-03",
      titlei1: "Miss", firstnamei1: "Desi", lastnamei1: "Santoso", birthdatei1: "2016-01-04", parenti1: "1",
    });
    const customer = t.calls("checkout/checkout_customer").at(-1)!;
    expect(rawQueryOf(customer)).toContain("phone=%2B6281234567890");
    expect(Object.fromEntries(queryOf(customer))).toMatchObject({ salutation: "Mr", firstName: "Budi", lastName: "Santoso", emailAddress: "budi@example.com", saveContinue: "2" });
    const cartToken = queryOf(addReq).get("token");
    for (const step of t.server.requests.slice(before + 1)) expect(queryOf(step).get("token")).toBe(cartToken);
    expect(await t.tokens.get("order:20604252:token")).toBe(cartToken);
    expect(booking).toMatchObject({
      provider: "tiket", code: "20604252", airlineName: "Citilink", flightCode: "QG-660", from: "SUB", to: "LOP", status: "waiting",
      departsAt: "2016-08-04T15:25:00.000+07:00", arrivesAt: "2016-08-04T17:35:00.000+07:00",
      fares: { publish: 1_077_285, tax: 36_000, total: 1_113_285, nta: 1_113_285, commission: 0 },
      contact: { fullName: "Budi Santoso", email: "budi@example.com", phone: "+6281234567890" },
    });
    const minutesLeft = (Date.parse(booking.timelimit) - Date.now()) / 60_000;
    expect(minutesLeft).toBeGreaterThan(43);
    expect(minutesLeft).toBeLessThanOrEqual(44);
  });

  it("accepts checkout_customer's harmless 201 notice", async () => {
    t.bookingRoutes("20604253");
    t.routes.set("checkout/checkout_customer", SPEC.checkoutCustomerNotice);
    expect((await t.provider.book(request)).code).toBe("20604253");
  });

  it("204 (duplicate booking: it exists somewhere) with a cart not clearly holding it is an unknown outcome saying so, sent once", async () => {
    t.bookingRoutes("20604254");
    t.routes.set("order/add/flight", errorBody(204, "Pemesanan yang sama sudah dilakukan. Silakan tunggu 10 menit."));
    const before = t.calls("order/add/flight").length;
    const err = await error(t.provider.book(request));
    expect(err).toMatchObject({ code: "outcome_unknown", retryable: false, messages: ["Pemesanan yang sama sudah dilakukan. Silakan tunggu 10 menit."] });
    expect(err.message).toMatch(/duplicate/);
    expect(t.calls("order/add/flight").length - before).toBe(1);
  });

  it("a refused add-order is a validation error with the provider's lines; sold out is seat_gone", async () => {
    t.bookingRoutes("20604255");
    t.routes.set("order/add/flight", errorBody(201, "birthdatea1: tanggal lahir wajib diisi (YYYY-MM-DD)"));
    expect(await error(t.provider.book(request))).toMatchObject({ code: "validation", messages: ["birthdatea1: tanggal lahir wajib diisi (YYYY-MM-DD)"] });
    t.routes.set("order/add/flight", errorBody(201, "QG-660 sudah penuh atau tidak tersedia"));
    expect((await error(t.provider.book(request))).code).toBe("seat_gone");
  });

  it("refuses incomplete passengers before any call", async () => {
    const before = t.server.requests.length;
    const child = { ...request.passengers[2]!, birthDate: undefined };
    expect((await error(t.provider.book({ ...request, passengers: [request.passengers[0]!, request.passengers[1]!, child, request.passengers[3]!] }))).code).toBe("validation");
    expect((await error(t.provider.book({ ...request, offerRef: "QG-660|SUB" }))).code).toBe("validation");
    expect((await error(t.provider.book({ ...request, contact: { email: "", phone: "" } }))).code).toBe("validation");
    expect(t.server.requests.length).toBe(before);
  });
});
