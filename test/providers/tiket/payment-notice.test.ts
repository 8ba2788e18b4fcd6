import { afterAll, beforeEach, describe, expect, it } from "vitest";
import type { ProviderError } from "../../../src/domain/errors.js";
import { inTurn, startCannedTiket } from "./canned-tiket.js";
import { errorBody, request, SPEC } from "./spec-examples.js";

// Spec §1: 201 is "Not-OK / notice" and "not always fatal: check the payload" (it also comes with
// "…has been saved"). On a money call, a 201 that is no known refusal may come after the money moved.
const t = await startCannedTiket();
afterAll(() => t.close());
beforeEach(() => { t.routes.clear(); });

const PAY = "checkout/checkout_payment/8";
const CONFIRM = "partner/transactionApi/confirmPayment";
const error = async (p: Promise<unknown>) => (await p.catch((e: unknown) => e)) as ProviderError;
const waiting = (id: string) => SPEC.checkOrder({ pay: "checkout", ticket: "booked" }).replaceAll("20604252", id);
const issued = (id: string) => SPEC.checkOrder({ pay: "paid", ticket: "issued", pnr: "JRA664", tickets: ["1262100000001"] }).replaceAll("20604252", id);

let nextId = 30_600_000;
async function booked(): Promise<string> {
  const id = String(++nextId);
  t.bookingRoutes(id);
  await t.provider.book(request);
  t.routes.set(PAY, SPEC.depositPayment.replace("20604252", id));
  t.routes.set(CONFIRM, SPEC.confirmPayment);
  t.routes.set("check_order", waiting(id));
  return id;
}

describe("a 201 notice on confirmPayment that is no known refusal", () => {
  it.each([
    "Your payment confirmation has been saved.",
    "Permintaan gagal, silakan coba lagi",
    "Pesanan belum di-checkout",
    // Names funds, but not as too few: not the documented "insufficient fund".
    "Funds received, please wait for confirmation.",
  ])("%j: the outcome is unknown, never 'nothing was paid', and the confirmation is never sent again", async (text) => {
    const id = await booked();
    t.routes.set(CONFIRM, errorBody(201, text));
    const confirms = t.calls(CONFIRM).length;
    const first = await error(t.provider.issue(id));
    expect(first).toMatchObject({ code: "outcome_unknown", unexplainedAnswer: true, messages: [text] });
    expect(first.message).not.toMatch(/nothing was paid|refused/);
    // Its status is tiket.com's ("waiting"), noted as unconfirmed: nothing may pay it again.
    expect(await t.provider.status(id)).toMatchObject({ status: "waiting", paymentUnconfirmed: true });
    // Another attempt while tiket.com still says "checkout": only read, not confirmed again.
    expect((await error(t.provider.issue(id))).code).toBe("outcome_unknown");
    expect(t.calls(CONFIRM).length - confirms).toBe(1);
    expect(t.calls(PAY).length).toBeGreaterThan(0);
    // Once check_order says issued, an attempt reads the tickets, still without confirming again.
    t.routes.set("check_order", issued(id));
    expect(await t.provider.issue(id)).toMatchObject({ code: id, pnr: "JRA664" });
    expect(t.calls(CONFIRM).length - confirms).toBe(1);
  });
});

describe("a 201 notice on the deposit payment (btn_booking=1) that is no known refusal", () => {
  it.each([
    "Your order has been saved. Please wait for confirmation.",
    "Keranjang belanja Anda kosong",
    "Token kedaluwarsa: checkout sudah selesai, minta token baru",
  ])("%j: the outcome is unknown, the payment is never placed again, and the next attempt confirms the one placed", async (text) => {
    const id = await booked();
    t.routes.set(PAY, errorBody(201, text));
    const payments = t.calls(PAY).length;
    const confirms = t.calls(CONFIRM).length;
    const first = await error(t.provider.issue(id));
    expect(first).toMatchObject({ code: "outcome_unknown", unexplainedAnswer: true, messages: [text] });
    expect(first.message).not.toMatch(/nothing was paid|refused/);
    expect(t.calls(CONFIRM).length).toBe(confirms);
    // The partner list shows it placed: the next attempt confirms it, and pays nothing again.
    t.routes.set(PAY, SPEC.depositPayment.replace("20604252", id));
    t.routes.set("partner/transactionApi", SPEC.transactionList([{ id, total: 1_113_285 }]));
    t.routes.set("check_order", inTurn(waiting(id), issued(id)));
    expect(await t.provider.issue(id)).toMatchObject({ code: id, pnr: "JRA664" });
    expect(t.calls(PAY).length - payments).toBe(1);
    expect(t.calls(CONFIRM).length - confirms).toBe(1);
    t.routes.delete("partner/transactionApi");
  });
});

describe("the refusals tiket.com states stay refusals on a money call", () => {
  it.each([
    [PAY, "insufficient fund", "insufficient_deposit"],
    [PAY, "Saldo tidak cukup", "insufficient_deposit"],
    [PAY, "your order has expired please recheck your order", "booking_expired"],
    [PAY, "Pesanan dibatalkan", "booking_cancelled"],
    [PAY, "Order not found", "booking_not_found"],
    [CONFIRM, "insufficient fund", "insufficient_deposit"],
    [CONFIRM, "Order not found", "booking_not_found"],
  ])("%s answering 201 %j is %s: nothing was paid, and issuing again once the cause is fixed pays", async (endpoint, text, code) => {
    const id = await booked();
    t.routes.set(endpoint, errorBody(201, text));
    const payments = t.calls(PAY).length;
    const confirms = t.calls(CONFIRM).length;
    expect(await error(t.provider.issue(id))).toMatchObject({ code, messages: [text] });
    t.routes.set(endpoint, endpoint === PAY ? SPEC.depositPayment.replace("20604252", id) : SPEC.confirmPayment);
    t.routes.set("check_order", inTurn(waiting(id), issued(id)));
    expect(await t.provider.issue(id)).toMatchObject({ pnr: "JRA664" });
    expect(t.calls(PAY).length - payments).toBe(endpoint === PAY ? 2 : 1);
    expect(t.calls(CONFIRM).length - confirms).toBe(endpoint === CONFIRM ? 2 : 1);
  });
});
