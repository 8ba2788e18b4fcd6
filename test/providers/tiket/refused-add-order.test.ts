import { afterAll, beforeEach, describe, expect, inject, it } from "vitest";
import type { ProviderError } from "../../../src/domain/errors.js";
import { json } from "../../support/canned-http.js";
import { html, startCannedTiket, type Route } from "./canned-tiket.js";
import { errorBody, request, SPEC } from "./spec-examples.js";
import { adult, one, plain, requestFor, startSandboxFixture } from "./sandbox-fixture.js";

/**
 * add-order answered, but with a failure that is not a known refusal (spec §1: only 200 is success; 201 "is not
 * always fatal: check the payload"; 204 "duplicate booking"; 211 and others undocumented; the sandbox's 500 "the
 * airline failed"): the order may sit in the cart. The cart is read once (/order, spec §6), add-order never again.
 */
const s = await startSandboxFixture(inject("redisUrl"));
const t = await startCannedTiket();
afterAll(async () => { await s.close(); await t.close(); });
beforeEach(() => { s.sandbox.controls.reset(); t.routes.clear(); t.server.requests.splice(0); });

const error = async (p: Promise<unknown>) => (await p.catch((e: unknown) => e)) as ProviderError;
type FaultKind = "status201" | "status500";

async function bookAgainst(fault: Parameters<typeof s.sandbox.controls.setFault>[1]) {
  const offer = await s.findOffer("CGK", "DPS", plain);
  const quote = await s.provider.quote(offer, one);
  s.sandbox.controls.setFault("order/add/flight", fault, 1);
  return s.provider.book(requestFor(quote.offer, [adult]));
}

describe("against the sandbox: add-order answered with a failure that names no known refusal", () => {
  it.each<FaultKind>(["status500", "status201"])("%s, yet the cart holds exactly this booking: the booking goes on, add-order sent once", async (kind) => {
    const booking = await bookAgainst({ kind, commit: true });
    expect(booking).toMatchObject({ provider: "tiket", status: "waiting" });
    expect(s.sandbox.controls.getOrder(booking.code)?.details).toHaveLength(1);
    expect(s.sandbox.controls.callCount("order/add/flight")).toBe(1);
    expect(s.sandbox.controls.callCount("order")).toBe(1);
    expect(s.sandbox.controls.callCount("checkout/checkout_customer")).toBe(1);
    expect((await s.provider.status(booking.code)).status).toBe("waiting");
  });

  it.each<[FaultKind, ProviderError["code"], RegExp]>([
    ["status500", "upstream", /maskapai/],
    ["status201", "validation", /Permintaan gagal/],
  ])("%s and the cart is empty when read: the refusal stands (%s, its own words), nothing more sent", async (kind, code, words) => {
    const err = await error(bookAgainst({ kind }));
    expect(err.code).toBe(code);
    expect(err.messages.join(" ")).toMatch(words);
    expect(s.sandbox.controls.callCount("order/add/flight")).toBe(1);
    expect(s.sandbox.controls.callCount("order")).toBe(1);
    expect(s.sandbox.controls.callCount("order/checkout")).toBe(0);
  });

  it("204 (the same booking was already made) with an empty cart: outcome unknown with its words, never 'nothing booked'", async () => {
    const err = await error(bookAgainst({ kind: "status204" }));
    expect(err).toMatchObject({ code: "outcome_unknown", retryable: false });
    expect(err.messages.join(" ")).toMatch(/Pemesanan yang sama sudah dilakukan/);
    expect(s.sandbox.controls.callCount("order/add/flight")).toBe(1);
    expect(s.sandbox.controls.callCount("order")).toBe(1);
  });

  it("the airline's failure and a cart that can't be read: outcome unknown, add-order never sent again", async () => {
    s.sandbox.controls.setFault("order", { kind: "http500" });
    const err = await error(bookAgainst({ kind: "status500", commit: true }));
    expect(err.code).toBe("outcome_unknown");
    expect(err.messages.join(" ")).toMatch(/maskapai/);
    expect(s.sandbox.controls.callCount("order/add/flight")).toBe(1);
    expect(s.sandbox.controls.callCount("order/checkout")).toBe(0);
  });

  it("a known refusal (sold out) is what it says: the cart is not read", async () => {
    const offer = await s.findOffer("CGK", "DPS", plain);
    const quote = await s.provider.quote(offer, one);
    s.sandbox.controls.setSeats(quote.offer.flightCode, quote.offer.date, 0);
    const err = await error(s.provider.book(requestFor(quote.offer, [adult])));
    expect(err.code).toBe("seat_gone");
    expect(s.sandbox.controls.callCount("order/add/flight")).toBe(1);
    expect(s.sandbox.controls.callCount("order")).toBe(0);
  });
});

const person = (first: string, last: string) => ({ first_name: first, last_name: last, title: "Mr", birth_date: "1980-01-01" });
/** spec-examples' request as /order lists it (spec §6 `detail.passengers`). */
const THEIRS = {
  adult: [person("Budi", "Santoso"), person("Siti Nur", "Aminah")],
  child: [person("Andi", "Andi")],
  infant: [person("Desi", "Santoso")],
};
const thisBooking = (orderId: string) =>
  SPEC.order.replaceAll("20604252", orderId).replace('"price":1113285}', `"price":1113285,"passengers":${JSON.stringify(THEIRS)}}`);
const body = (text: string): Route => (_q, res) => json(res, text);

describe("canned answers the sandbox does not give: undocumented statuses and 201s", () => {
  it("211 (undocumented) with an unknown text, and the cart holds this booking: it goes on", async () => {
    t.bookingRoutes("20604271");
    t.routes.set("order/add/flight", errorBody(211, "Terjadi kesalahan pada sistem"));
    t.routes.set("order", body(thisBooking("20604271")));
    expect((await t.provider.book(request)).code).toBe("20604271");
    expect(t.calls("order/add/flight")).toHaveLength(1);
    expect(t.calls("order")).toHaveLength(1);
  });

  it("204 and a cart holding this booking: that order, used rather than booked again", async () => {
    t.bookingRoutes("20604272");
    t.routes.set("order/add/flight", errorBody(204, "Pemesanan yang sama sudah dilakukan. Silakan tunggu 10 menit."));
    t.routes.set("order", body(thisBooking("20604272")));
    expect((await t.provider.book(request)).code).toBe("20604272");
    expect(t.calls("order/add/flight")).toHaveLength(1);
  });

  it("a 201 whose text is no refusal ('saved') and a cart holding another order: outcome unknown", async () => {
    t.bookingRoutes("20604273");
    t.routes.set("order/add/flight", errorBody(201, "Your booking has been saved."));
    const err = await error(t.provider.book(request));
    expect(err.code).toBe("outcome_unknown");
    expect(t.calls("order/add/flight")).toHaveLength(1);
    expect(t.calls("order/checkout/20604273/IDR")).toHaveLength(0);
  });

  it("an undocumented status with no text and a cart that answers an error page: outcome unknown, still naming the answer", async () => {
    t.bookingRoutes("20604274");
    t.routes.set("order/add/flight", errorBody(211, ""));
    t.routes.set("order", html(502));
    const err = await error(t.provider.book(request));
    expect(err.code).toBe("outcome_unknown");
    expect(err.messages.join(" ")).toMatch(/211/);
    expect(t.calls("order/add/flight")).toHaveLength(1);
  });

  it.each([
    ["201 'being processed' (no failure in its words)", errorBody(201, "Pesanan Anda sedang diproses")],
    ["211 with no words at all", errorBody(211, "")],
  ])("%s and an empty cart: outcome unknown, never 'nothing booked'", async (_name, answer) => {
    t.bookingRoutes("20604276");
    t.routes.set("order/add/flight", answer);
    t.routes.set("order", errorBody(201, "Keranjang belanja Anda kosong"));
    expect((await error(t.provider.book(request))).code).toBe("outcome_unknown");
    expect(t.calls("order/add/flight")).toHaveLength(1);
    expect(t.calls("order")).toHaveLength(1);
  });

  it("an undocumented status saying it failed ('Terjadi kesalahan') and an empty cart: the refusal stands", async () => {
    t.bookingRoutes("20604277");
    t.routes.set("order/add/flight", errorBody(211, "Terjadi kesalahan pada sistem"));
    t.routes.set("order", errorBody(201, "Keranjang belanja Anda kosong"));
    expect(await error(t.provider.book(request))).toMatchObject({ code: "upstream", messages: ["Terjadi kesalahan pada sistem"] });
  });

  it("a refusal about the data sent (201 'wajib diisi') stands without reading the cart", async () => {
    t.bookingRoutes("20604275");
    t.routes.set("order/add/flight", errorBody(201, "birthdatea1: tanggal lahir wajib diisi (YYYY-MM-DD)"));
    expect((await error(t.provider.book(request))).code).toBe("validation");
    expect(t.calls("order")).toHaveLength(0);
  });
});
