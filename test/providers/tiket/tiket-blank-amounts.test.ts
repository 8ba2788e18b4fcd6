import { afterAll, beforeEach, describe, expect, it } from "vitest";
import type { ProviderError } from "../../../src/domain/errors.js";
import type { FlightOffer } from "../../../src/domain/flight.js";
import { toQuote } from "../../../src/providers/tiket/quote-mapping.js";
import { flightDataSchema } from "../../../src/providers/tiket/wire-schemas.js";
import { startCannedTiket } from "./canned-tiket.js";
import { errorBody, request, SPEC } from "./spec-examples.js";

const t = await startCannedTiket();
afterAll(() => t.close());
beforeEach(() => { t.routes.clear(); });

const error = async (p: Promise<unknown>) => (await p.catch((e: unknown) => e)) as ProviderError;

describe("a blank tiket.com amount is no amount, never 0", () => {
  it("an order the partner list shows with total_customer_price \"\" is not confirmed: no amount to check it against", async () => {
    const id = "31600001";
    t.bookingRoutes(id);
    await t.provider.book(request);
    t.routes.set("check_order", SPEC.checkOrder({ pay: "shoppingcart", ticket: "booked" }).replaceAll("20604252", id));
    // The order's token refused as spent: whether it was placed, and at what, is read from the partner list.
    t.routes.set("checkout/checkout_payment/8", errorBody(401, "Token kedaluwarsa: checkout sudah selesai, minta token baru"));
    t.routes.set("partner/transactionApi", SPEC.transactionList([{ id, total: 0 }]).replace('"total_customer_price":"0.00"', '"total_customer_price":""'));
    t.routes.set("partner/transactionApi/confirmPayment", SPEC.confirmPayment);
    expect((await error(t.provider.issue(id))).code).toBe("outcome_unknown");
    expect(t.calls("partner/transactionApi/confirmPayment")).toHaveLength(0);
  });

  it("a child price of \"\" is a missing price for a party with a child, not a free seat", () => {
    const body = JSON.parse(SPEC.flightData.replace('"price_child":"900000.00"', '"price_child":"  "')) as unknown;
    const wire = flightDataSchema.parse(body);
    const offer: FlightOffer = {
      provider: "tiket", ref: "2490729", airlineName: "Citilink", airlineCode: "QG", flightCode: "QG-660", from: "SUB", to: "LOP",
      date: "2016-08-04", departsAt: "2016-08-04T15:25:00.000+07:00", arrivesAt: "2016-08-04T17:35:00.000+07:00", stops: 0, price: 936_900,
    };
    expect(() => toQuote(wire, offer, { adult: 2, child: 1, infant: 0 })).toThrow(/price for this party is missing/);
    expect(toQuote(wire, offer, { adult: 2, child: 0, infant: 0 }).total).toBe(2 * 936_900);
  });

  it("a deposit balance of \"\" is unreadable, not an empty deposit", async () => {
    t.routes.set("partner/transactionApi/get_saldo", SPEC.saldo.replace('"1035151.00"', '""'));
    expect((await error(t.provider.balance())).code).toBeDefined();
  });
});
