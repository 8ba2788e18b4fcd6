import { describe, expect, it } from "vitest";
import { ISSUE_DOUBT_HOLD_MS, issueOnce } from "../../src/services/issue-booking.js";
import { inTurn } from "../providers/tiket/canned-tiket.js";
import { errorBody, request, SPEC } from "../providers/tiket/spec-examples.js";
import { tiketIssueBed } from "../support/tiket-issue-bed.js";

// tiket.com over HTTP (canned answers from the spec) and the real ledger on Redis: only the clock is the test's.
// Spec §1: a 201 "is not always fatal: check the payload". On a money call one that is no known refusal
// ("…has been saved", "Please wait for confirmation") is an unknown outcome: held, and never paid twice.
const { t, ledger, deps, clock } = await tiketIssueBed("tiket-notice");

const PAY = "checkout/checkout_payment/8";
const CONFIRM = "partner/transactionApi/confirmPayment";
const waiting = (id: string) => SPEC.checkOrder({ pay: "checkout", ticket: "booked" }).replaceAll("20604252", id);
const issued = (id: string) => SPEC.checkOrder({ pay: "paid", ticket: "issued", pnr: "JRA664", tickets: ["1262100000001"] }).replaceAll("20604252", id);

let nextId = 30_700_000;
async function booked(): Promise<string> {
  const id = String(++nextId);
  t.bookingRoutes(id);
  await t.provider.book(request);
  t.routes.set(PAY, SPEC.depositPayment.replace("20604252", id));
  t.routes.set(CONFIRM, SPEC.confirmPayment);
  t.routes.set("check_order", waiting(id));
  return id;
}
const money = () => ({ pay: t.calls(PAY).length, confirm: t.calls(CONFIRM).length });

describe("tiket.com answers a money call with a 201 notice that is no known refusal", () => {
  it("the deposit payment: held in doubt, a second tap pays nothing, and issued once check_order says so", async () => {
    const id = await booked();
    t.routes.set(PAY, errorBody(201, "Your order has been saved. Please wait for confirmation."));
    const before = money();
    const first = await issueOnce(deps, t.provider, id, 1);
    expect(first).toEqual({ kind: "unknown", status: "waiting", heldUntil: new Date(clock.now + ISSUE_DOUBT_HOLD_MS).toISOString() });
    expect(await ledger.get("tiket", id)).toMatchObject({ state: "in_doubt" });
    // A second ✅ a few minutes later, tiket.com still saying "checkout": nothing is sent.
    t.routes.set(PAY, SPEC.depositPayment.replace("20604252", id));
    clock.now += 5 * 60_000;
    expect((await issueOnce(deps, t.provider, id, 2)).kind).toBe("unknown");
    expect(money()).toEqual({ pay: before.pay + 1, confirm: before.confirm });
    // tiket.com says issued: recorded as issued, still one payment.
    t.routes.set("check_order", issued(id));
    expect(await issueOnce(deps, t.provider, id, 2)).toEqual({ kind: "already_issued", ticketNumbers: [] });
    expect(money()).toEqual({ pay: before.pay + 1, confirm: before.confirm });
  });

  it("the deposit payment, still unpaid after the hold: the agent may issue again, and the payment already placed is confirmed, not placed twice", async () => {
    const id = await booked();
    t.routes.set(PAY, errorBody(201, "Your order has been saved. Please wait for confirmation."));
    const before = money();
    expect((await issueOnce(deps, t.provider, id, 1)).kind).toBe("unknown");
    t.routes.set(PAY, SPEC.depositPayment.replace("20604252", id));
    t.routes.set("partner/transactionApi", SPEC.transactionList([{ id, total: 1_113_285 }]));
    t.routes.set("check_order", inTurn(waiting(id), waiting(id), issued(id)));
    clock.now += ISSUE_DOUBT_HOLD_MS + 1_000;
    expect(await issueOnce(deps, t.provider, id, 1)).toMatchObject({ kind: "issued", result: { pnr: "JRA664" } });
    expect(money()).toEqual({ pay: before.pay + 1, confirm: before.confirm + 1 });
  });

  it("the confirmation: held in doubt (tiket.com's 'waiting', noted as unconfirmed), a second tap confirms nothing, and issued once check_order says so", async () => {
    const id = await booked();
    t.routes.set(CONFIRM, errorBody(201, "Your payment confirmation has been saved."));
    const before = money();
    const first = await issueOnce(deps, t.provider, id, 1);
    expect(first).toMatchObject({ kind: "unknown", status: "waiting", paymentUnconfirmed: true, heldUntil: new Date(clock.now + ISSUE_DOUBT_HOLD_MS).toISOString() });
    t.routes.set(CONFIRM, SPEC.confirmPayment);
    clock.now += 5 * 60_000;
    expect((await issueOnce(deps, t.provider, id, 2)).kind).toBe("unknown");
    // After the hold too: a confirmation that may have gone through is never sent again.
    clock.now += ISSUE_DOUBT_HOLD_MS;
    expect(await issueOnce(deps, t.provider, id, 2)).toEqual({ kind: "payment_unconfirmed" });
    expect(money()).toEqual({ pay: before.pay + 1, confirm: before.confirm + 1 });
    t.routes.set("check_order", issued(id));
    expect(await issueOnce(deps, t.provider, id, 2)).toEqual({ kind: "already_issued", ticketNumbers: [] });
    expect(money()).toEqual({ pay: before.pay + 1, confirm: before.confirm + 1 });
  });
});
