import { Redis } from "ioredis";
import { afterAll, describe, expect, inject, it } from "vitest";
import { issueOnce, type IssueDeps } from "../../src/services/issue-booking.js";
import { BookingStore } from "../../src/store/booking-store.js";
import { IssueLedger } from "../../src/store/issue-ledger.js";
import { redisKeys } from "../../src/store/keys.js";
import { startCannedTiket } from "../providers/tiket/canned-tiket.js";
import { request, SPEC } from "../providers/tiket/spec-examples.js";

// tiket.com over HTTP (canned answers) and the real ledger on Redis.
const t = await startCannedTiket();
const redis = new Redis(inject("redisUrl"));
const keys = redisKeys(`issue-confirmed-${process.pid}`);
const ledger = new IssueLedger(redis, keys);
const deps: IssueDeps = { ledger, bookings: new BookingStore(redis, keys), now: () => new Date() };
afterAll(async () => {
  await t.close();
  redis.disconnect();
});

describe("issuing a booking whose total rose after the agent confirmed it", () => {
  it("pays nothing, says so with both totals, and leaves the code free: nothing was sent that could have paid", async () => {
    const id = "31500001";
    t.bookingRoutes(id);
    const booking = await t.provider.book(request);
    t.routes.set("check_order", SPEC.checkOrder({ pay: "shoppingcart", ticket: "booked" }).replaceAll("20604252", id).replace("1113285.00", "1313285.00"));
    t.routes.set("checkout/checkout_payment/8", SPEC.depositPayment.replace("20604252", id));
    t.routes.set("partner/transactionApi/confirmPayment", SPEC.confirmPayment);

    const outcome = await issueOnce(deps, t.provider, id, 7, booking.fares.nta);

    expect(outcome).toMatchObject({ kind: "failed", error: { code: "charge_mismatch", amounts: { charged: 1_313_285, expected: 1_113_285 } } });
    expect(t.calls("checkout/checkout_payment/8")).toHaveLength(0);
    expect(t.calls("partner/transactionApi/confirmPayment")).toHaveLength(0);
    expect(await ledger.get("tiket", id)).toBeUndefined();
  });
});
