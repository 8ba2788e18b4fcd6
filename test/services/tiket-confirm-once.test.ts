// tiket.com's confirmPayment debits the deposit: sent at most once unless definitely refused. The audit's
// sequence: checkout_payment succeeds, the confirmation's answer is lost, the next Issue tap must only read
// (check_order) and hold the booking like MMBC's "in doubt" issue, never confirm a second time.
import { TiketProvider } from "../../src/providers/tiket/tiket-provider.js";
import { describe, expect, it } from "vitest";
import { heldInDoubtUntil, ISSUE_DOUBT_HOLD_MS, issueOnce } from "../../src/services/issue-booking.js";
import { inTurn, silent } from "../providers/tiket/canned-tiket.js";
import { errorBody, request, SPEC } from "../providers/tiket/spec-examples.js";
import { tiketIssueBed } from "../support/tiket-issue-bed.js";

const { t, redis, keys, ledger, deps, clock } = await tiketIssueBed("tiket-confirm-once");

const CONFIRM = "partner/transactionApi/confirmPayment";
const PAY = "checkout/checkout_payment/8";
const waiting = SPEC.checkOrder({ pay: "checkout", ticket: "booked" });
const issued = (id: string) => SPEC.checkOrder({ pay: "paid", ticket: "issued", pnr: "JRA664", tickets: ["1262100000001"] }).replaceAll("20604252", id);
/** Calls since this test's booking. */
let base = { confirms: 0, payments: 0 };
const confirms = () => t.calls(CONFIRM).length - base.confirms;
const payments = () => t.calls(PAY).length - base.payments;

let nextId = 41_000_000;
async function booked(): Promise<string> {
  const id = String(++nextId);
  t.bookingRoutes(id);
  await t.provider.book(request);
  t.routes.set(PAY, SPEC.depositPayment.replace("20604252", id));
  t.routes.set(CONFIRM, SPEC.confirmPayment);
  t.routes.set("check_order", waiting);
  base = { confirms: t.calls(CONFIRM).length, payments: t.calls(PAY).length };
  return id;
}

describe("tiket.com: a deposit confirmation whose answer was lost is never sent again", () => {
  it("payment placed, confirmation lost: held in doubt, tiket.com's 'waiting' noted as unconfirmed; taps during and after the hold only read, and nothing is confirmed twice", async () => {
    const id = await booked();
    t.routes.set(CONFIRM, silent);
    // `quick` gives up after a second: the confirmation's answer is lost.
    const first = await issueOnce(deps, t.quick, id, 1);
    expect(first).toEqual({ kind: "unknown", status: "waiting", paymentUnconfirmed: true, heldUntil: new Date(clock.now + ISSUE_DOUBT_HOLD_MS).toISOString() });
    expect(await ledger.get("tiket", id)).toMatchObject({ state: "in_doubt" });
    expect(payments()).toBe(1);
    expect(confirms()).toBe(1);

    // The confirmation would now be answered at once: it must still not go out again.
    t.routes.set(CONFIRM, SPEC.confirmPayment);
    clock.now += 5 * 60_000;
    const second = await issueOnce(deps, t.provider, id, 2);
    expect(second).toEqual({ kind: "unknown", status: "waiting", paymentUnconfirmed: true, heldUntil: first.kind === "unknown" ? first.heldUntil : "" });

    // Past the hold, check_order still says "checkout": unpaid, but the confirmation may still go through, so nothing is paid.
    clock.now += ISSUE_DOUBT_HOLD_MS;
    expect(heldInDoubtUntil(await ledger.get("tiket", id), new Date(clock.now))).toBeUndefined();
    expect(await issueOnce(deps, t.provider, id, 2)).toEqual({ kind: "payment_unconfirmed" });
    expect(await issueOnce(deps, t.provider, id, 2)).toEqual({ kind: "payment_unconfirmed" });
    expect(await t.provider.status(id)).toMatchObject({ status: "waiting", paymentUnconfirmed: true });
    expect(confirms()).toBe(1);
    expect(payments()).toBe(1);

    // tiket.com issues it: recorded, still with one confirmation.
    t.routes.set("check_order", issued(id));
    expect(await issueOnce(deps, t.provider, id, 2)).toEqual({ kind: "already_issued", ticketNumbers: [] });
    expect(await ledger.get("tiket", id)).toMatchObject({ state: "done" });
    expect(confirms()).toBe(1);
  });

  it("the confirmation was lost and the status can't be read either: a later Issue still never confirms again", async () => {
    const id = await booked();
    t.routes.set(CONFIRM, silent);
    // Read before paying (status, then the issue's own check), then unreadable once the confirmation is lost.
    t.routes.set("check_order", inTurn(waiting, waiting, "<html>502</html>"));
    const first = await issueOnce(deps, t.quick, id, 1);
    expect(first).toEqual({ kind: "unknown" });
    t.routes.set(CONFIRM, SPEC.confirmPayment);
    t.routes.set("check_order", waiting);
    clock.now += ISSUE_DOUBT_HOLD_MS + 60_000;
    const again = await issueOnce(deps, t.provider, id, 1);
    expect(again.kind === "issued" || again.kind === "already_issued").toBe(false);
    expect(confirms()).toBe(1);
    expect(payments()).toBe(1);
  });

  it("issue() itself, called straight after a lost confirmation, reads check_order and never confirms again", async () => {
    const id = await booked();
    t.routes.set(CONFIRM, silent);
    await expect(t.quick.issue(id)).rejects.toMatchObject({ code: "outcome_unknown" });
    t.routes.set(CONFIRM, SPEC.confirmPayment);
    await expect(t.provider.issue(id)).rejects.toMatchObject({ code: "outcome_unknown", endpoint: CONFIRM });
    t.routes.set("check_order", issued(id));
    expect((await t.provider.issue(id)).pnr).toBe("JRA664");
    expect(confirms()).toBe(1);
  });

  it("a definite refusal of the confirmation (deposit too low) debited nothing: no hold, and the next Issue confirms again, once", async () => {
    const id = await booked();
    t.routes.set(CONFIRM, errorBody(201, "insufficient fund"));
    const first = await issueOnce(deps, t.provider, id, 1);
    expect(first.kind === "failed" && first.error.code).toBe("insufficient_deposit");
    expect(await ledger.get("tiket", id)).toBeUndefined();
    expect((await t.provider.status(id)).status).toBe("waiting");
    t.routes.set(CONFIRM, SPEC.confirmPayment);
    t.routes.set("check_order", inTurn(waiting, waiting, issued(id)));
    expect((await issueOnce(deps, t.provider, id, 1)).kind).toBe("issued");
    expect(confirms()).toBe(2);
    expect(payments()).toBe(1);
  });

  it("a confirmation answered OK while check_order still says checkout: another Issue does not confirm again", async () => {
    const id = await booked();
    // The poll after the confirmation gives up (short bound) with the order still "checkout".
    const short = new TiketProvider({ ...t.options, tokens: t.tokens, issuePoll: { maxMs: 50, intervalMs: 10 } });
    try {
      // Paid (the confirmation said OK), but not issued: the agent is told so, not "issued".
      expect((await issueOnce(deps, short, id, 1)).kind).toBe("paid");
    } finally {
      await short.close();
    }
    expect((await issueOnce(deps, t.provider, id, 1)).kind).toBe("already_paid");
    // The ledger says done; without it (lost, or another bot on the same account) nothing is confirmed either.
    await redis.del(keys.issue("tiket", id));
    expect(await issueOnce(deps, t.provider, id, 1)).toEqual({ kind: "not_issuable", status: "pending" });
    expect(confirms()).toBe(1);
  });
});
