import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import { TiketProvider } from "../../../src/providers/tiket/tiket-provider.js";
import { inTurn, queryOf, startCannedTiket } from "./canned-tiket.js";
import { request, SPEC } from "./spec-examples.js";

/**
 * confirmPayment's `tanggal` is the payment's date in tiket.com's books, which run on WIB: a bot displaying
 * in UTC that pays at 01:30 WIB (18:30 UTC the evening before) still says the WIB day.
 */
const t = await startCannedTiket({ timeZone: "UTC" });
afterAll(() => t.close());
afterEach(() => { vi.useRealTimers(); });

describe("the deposit payment's confirmation date", () => {
  it("is the WIB date whatever zone the bot displays in", async () => {
    const id = "30100001";
    t.bookingRoutes(id);
    await t.provider.book(request);
    t.routes.set("checkout/checkout_payment/8", SPEC.depositPayment.replace("20604252", id));
    t.routes.set("partner/transactionApi/confirmPayment", SPEC.confirmPayment);
    const waiting = SPEC.checkOrder({ pay: "shoppingcart", ticket: "booked" });
    t.routes.set("check_order", inTurn(waiting, SPEC.checkOrder({ pay: "paid", ticket: "issued", pnr: "JRA664", tickets: ["1262100000001"], print: true }).replaceAll("20604252", id)));
    vi.useFakeTimers({ toFake: ["Date"], now: Date.parse("2026-12-04T18:30:00Z") });
    await (t.provider as TiketProvider).issue(id);
    const confirm = Object.fromEntries(queryOf(t.calls("partner/transactionApi/confirmPayment").at(-1)!));
    expect(confirm.tanggal).toBe("2026-12-05");
  });
});
