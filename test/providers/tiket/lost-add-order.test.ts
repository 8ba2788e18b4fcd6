import { afterAll, beforeEach, describe, expect, inject, it } from "vitest";
import type { ProviderError } from "../../../src/domain/errors.js";
import { json } from "../../support/canned-http.js";
import { html, inTurn, queryOf, startCannedTiket, type Route } from "./canned-tiket.js";
import { errorBody, request, SPEC } from "./spec-examples.js";
import { adult, one, plain, requestFor, startSandboxFixture } from "./sandbox-fixture.js";

const t = await startCannedTiket();
const s = await startSandboxFixture(inject("redisUrl"));
afterAll(async () => { await t.close(); await s.close(); });
beforeEach(() => { t.routes.clear(); t.server.requests.splice(0); s.sandbox.controls.reset(); });

const error = async (p: Promise<unknown>) => (await p.catch((e: unknown) => e)) as ProviderError;
const body = (text: string): Route => (_q, res) => json(res, text);
const person = (first: string, last: string) => ({ first_name: first, last_name: last, title: "Mr", birth_date: "1980-01-01" });
/** spec-examples' request as /order lists it (spec §6 `detail.passengers`); the names as tiket.com may case them. */
const THEIRS = {
  adult: [person("BUDI", "SANTOSO"), person("Siti Nur", "Aminah")],
  child: [person("Andi", "Andi")],
  infant: [person("Desi", "Santoso")],
};
const cartWith = (passengers: unknown, orderId = "20604252") =>
  SPEC.order.replaceAll("20604252", orderId).replace('"price":1113285}', `"price":1113285,"passengers":${JSON.stringify(passengers)}}`);

/** add-order answers a 502 page: its outcome is not known from its answer. */
function lostAdd(cart: Route, orderId = "20604252") {
  t.bookingRoutes(orderId);
  t.routes.set("order/add/flight", html(502));
  t.routes.set("order", cart);
}

describe("an add-order whose answer is lost reads the cart (spec §6: call /order next), never adds again", () => {
  it("the cart holds exactly this booking: the booking goes on (checkout, customer) as if add-order had answered", async () => {
    lostAdd(body(cartWith(THEIRS)));
    const booking = await t.provider.book(request);
    expect(booking).toMatchObject({ code: "20604252", status: "waiting", flightCode: "QG-660" });
    expect(t.calls("order/add/flight")).toHaveLength(1);
    const token = queryOf(t.calls("order/add/flight")[0]!).get("token");
    expect(t.calls("order").map((r) => queryOf(r).get("token"))).toEqual([token]);
    expect(t.calls("order/checkout/20604252/IDR")).toHaveLength(1);
    expect(t.calls("checkout/checkout_customer")).toHaveLength(1);
    // Kept like any booking: /cek and paying find the order's token and e-mail.
    expect(await t.tokens.get("order:20604252:token")).toBe(token);
  });

  it.each([
    ["lists another passenger", { ...THEIRS, adult: [person("Budi", "Santoso"), person("Rina", "Aminah")] }],
    ["lists one passenger fewer", { ...THEIRS, child: [] }],
    ["lists no passengers", {}],
  ])("the cart %s: outcome unknown, nothing more sent", async (_name, passengers) => {
    lostAdd(body(cartWith(passengers)));
    const err = await error(t.provider.book(request));
    expect(err.code).toBe("outcome_unknown");
    expect(t.calls("order/add/flight")).toHaveLength(1);
    expect(t.calls("order/checkout/20604252/IDR")).toHaveLength(0);
  });

  it("the cart holds another flight: outcome unknown", async () => {
    lostAdd(body(cartWith(THEIRS).replace('"flight_number":"QG-660"', '"flight_number":"QG-661"')));
    expect((await error(t.provider.book(request))).code).toBe("outcome_unknown");
  });

  it.each([
    ["201 'cart empty' (Indonesian)", errorBody(201, "Keranjang belanja Anda kosong")],
    ["201 'Cart is empty' with an empty myorder", errorBody(201, "Cart is empty").replace('"output_type"', '"myorder":{"order_id":"","data":[],"total":0},"output_type"')],
    ["200 with an empty myorder", SPEC.order.replace(/"myorder":\{.*\},"checkout"/, '"myorder":{"order_id":"","data":[]},"checkout"')],
  ])("the cart is empty (%s): still unknown (the order may be on its way), never a 'book again'", async (_name, empty) => {
    lostAdd(body(empty));
    const err = await error(t.provider.book(request));
    expect(err.code).toBe("outcome_unknown");
    expect(t.calls("order/add/flight")).toHaveLength(1);
    expect(t.calls("checkout/checkout_customer")).toHaveLength(0);
  });

  it("the cart can't be read: outcome unknown, as before", async () => {
    lostAdd(html(502));
    expect((await error(t.provider.book(request))).code).toBe("outcome_unknown");
    lostAdd(inTurn(errorBody(201, "Terjadi kesalahan")));
    expect((await error(t.provider.book(request))).code).toBe("outcome_unknown");
    expect(t.calls("order/add/flight")).toHaveLength(2);
  });

  it("a refused add-order is what it says: the cart is not read", async () => {
    lostAdd(body(cartWith(THEIRS)));
    t.routes.set("order/add/flight", errorBody(211, "Maaf, kursi penerbangan ini sudah habis"));
    expect((await error(t.provider.book(request))).code).toBe("seat_gone");
    expect(t.calls("order")).toHaveLength(0);
  });

  it("against the sandbox: add-order stored in the cart, answer never came: booked once, the order the sandbox holds", async () => {
    const offer = await s.findOffer("CGK", "DPS", plain);
    const quote = await s.provider.quote(offer, one);
    s.sandbox.controls.setFault("order/add/flight", { kind: "timeout", commit: true }, 1);
    const booking = await s.quick.book(requestFor(quote.offer, [adult]));
    expect(s.sandbox.controls.callCount("order/add/flight")).toBe(1);
    expect(s.sandbox.controls.getOrder(booking.code)).toBeDefined();
    expect((await s.provider.status(booking.code)).status).toBe("waiting");
  });

  it("against the sandbox: the answer lost before the cart took it: unknown, and booking again (the agent's choice) works", async () => {
    const offer = await s.findOffer("CGK", "DPS", plain);
    s.sandbox.controls.setFault("order/add/flight", { kind: "timeout" }, 1);
    expect((await error(s.quick.book(requestFor((await s.provider.quote(offer, one)).offer, [adult])))).code).toBe("outcome_unknown");
    const booking = await s.provider.book(requestFor((await s.provider.quote(offer, one)).offer, [adult]));
    expect(s.sandbox.controls.getOrder(booking.code)).toBeDefined();
  });
});

describe("calls made for an agent ask tiket.com for the agent's language (spec §1 `lang`)", () => {
  const langs = (endpoint: Parameters<typeof s.sandbox.controls.calls>[0]) => s.sandbox.controls.calls(endpoint).map((c) => c.params.lang);

  it("search, quote (get_flight_data), and every cart step of a booking carry lang=en for an English agent", async () => {
    const date = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
    const offer = (await s.provider.search({ from: "CGK", to: "DPS", date, pax: one }, { lang: "en" })).find(plain)!;
    const quote = await s.provider.quote(offer, one, { lang: "en" });
    await s.provider.book({ ...requestFor(quote.offer, [adult]), lang: "en" });
    for (const e of ["search/flight", "flight_api/get_flight_data", "order/add/flight", "order", "order/checkout", "checkout/checkout_customer"] as const) {
      expect(langs(e), e).not.toHaveLength(0);
      expect(new Set(langs(e)), e).toEqual(new Set(["en"]));
    }
  });

  it("with no agent (or a language tiket.com has not), the process default", async () => {
    const date = new Date(Date.now() + 31 * 86_400_000).toISOString().slice(0, 10);
    const offer = (await s.provider.search({ from: "CGK", to: "DPS", date, pax: one }, { lang: "fr" })).find(plain)!;
    await s.provider.book(requestFor((await s.provider.quote(offer, one)).offer, [adult]));
    for (const e of ["search/flight", "flight_api/get_flight_data", "order/add/flight"] as const) expect(new Set(langs(e)), e).toEqual(new Set(["id"]));
  });

  it("the sandbox's refusal comes back in English for an English agent", async () => {
    const offer = await s.findOffer("CGK", "DPS", plain);
    s.sandbox.controls.setFault("order/add/flight", { kind: "status201" }, 1);
    const err = await error(s.provider.book({ ...requestFor((await s.provider.quote(offer, one, { lang: "en" })).offer, [adult]), lang: "en" }));
    expect(err.messages.join(" ")).toMatch(/Request failed/);
  });
});
