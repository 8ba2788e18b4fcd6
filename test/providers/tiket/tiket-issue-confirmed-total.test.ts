import { afterAll, beforeEach, describe, expect, it } from "vitest";
import type { ProviderError } from "../../../src/domain/errors.js";
import { inTurn, startCannedTiket } from "./canned-tiket.js";
import { okBody, request, SPEC } from "./spec-examples.js";

const t = await startCannedTiket();
afterAll(() => t.close());
beforeEach(() => { t.routes.clear(); });

const error = async (p: Promise<unknown>) => (await p.catch((e: unknown) => e)) as ProviderError;
const BOOKED = 1_113_285;
let nextId = 31_000_000;

/** Booked at BOOKED; check_order then says the order costs `now`, and every payment route answers success. */
async function bookedThenCosting(now: number, preview = 0): Promise<string> {
  const id = String(++nextId);
  t.bookingRoutes(id);
  expect((await t.provider.book(request)).fares.nta).toBe(BOOKED);
  t.routes.set("check_order", SPEC.checkOrder({ pay: "shoppingcart", ticket: "booked" }).replaceAll("20604252", id).replace(`"total_customer_price":"1113285.00"`, `"total_customer_price":"${now}.00"`));
  t.routes.set("checkout/checkout_payment/8#preview", SPEC.paymentPreview(preview));
  t.routes.set("checkout/checkout_payment/8", SPEC.depositPayment.replace("20604252", id));
  t.routes.set("partner/transactionApi/confirmPayment", SPEC.confirmPayment);
  return id;
}
const moneyCalls = () => t.calls("checkout/checkout_payment/8").length + t.calls("partner/transactionApi/confirmPayment").length;

describe("issue pays at most the total the agent confirmed", () => {
  it("an order whose total rose since it was confirmed is refused before anything is previewed or paid", async () => {
    const id = await bookedThenCosting(1_313_285);
    const [money, previews] = [moneyCalls(), t.calls("checkout/checkout_payment/8#preview").length];
    expect(await error(t.provider.issue(id, BOOKED))).toMatchObject({ code: "charge_mismatch", amounts: { charged: 1_313_285, expected: BOOKED } });
    expect(moneyCalls()).toBe(money);
    expect(t.calls("checkout/checkout_payment/8#preview")).toHaveLength(previews);
  });

  it("a total that rose is refused again on the next try: nothing was marked as paying", async () => {
    const id = await bookedThenCosting(1_313_285);
    await error(t.provider.issue(id, BOOKED));
    const money = moneyCalls();
    expect((await error(t.provider.issue(id, BOOKED))).code).toBe("charge_mismatch");
    expect(moneyCalls()).toBe(money);
  });

  it("a preview above the confirmed total is refused even when the order's own total says nothing", async () => {
    const id = await bookedThenCosting(BOOKED);
    t.routes.set("check_order", SPEC.checkOrder({ pay: "shoppingcart", ticket: "booked" }).replaceAll("20604252", id).replace(`"total_customer_price":"1113285.00",`, ""));
    // The preview's own subtotal rose with it: only the confirmed total is left to compare with.
    t.routes.set("checkout/checkout_payment/8#preview", okBody('"result":{"currency":"IDR","payment_charge":0,"sub_total":1313285,"unique_code":0,"grand_total":1313285,"grand_subtotal":1313285}'));
    const money = moneyCalls();
    expect(await error(t.provider.issue(id, BOOKED))).toMatchObject({ code: "charge_mismatch", amounts: { charged: 1_313_285, expected: BOOKED } });
    expect(moneyCalls()).toBe(money);
  });

  it("an order still at the confirmed total is paid and confirmed", async () => {
    const id = await bookedThenCosting(BOOKED);
    const confirms = t.calls("partner/transactionApi/confirmPayment").length;
    t.routes.set("check_order", inTurn(
      SPEC.checkOrder({ pay: "shoppingcart", ticket: "booked" }).replaceAll("20604252", id),
      SPEC.checkOrder({ pay: "paid", ticket: "issued", pnr: "JRA664", tickets: ["1262100000001"] }).replaceAll("20604252", id),
    ));
    expect((await t.provider.issue(id, BOOKED)).pnr).toBe("JRA664");
    expect(t.calls("partner/transactionApi/confirmPayment")).toHaveLength(confirms + 1);
  });
});
