import { describe, expect, it } from "vitest";
import { ISSUE_DOUBT_HOLD_MS, issueOnce } from "../../src/services/issue-booking.js";
import { html } from "../providers/tiket/canned-tiket.js";
import { errorBody, request, SPEC } from "../providers/tiket/spec-examples.js";
import { tiketIssueBed } from "../support/tiket-issue-bed.js";

// A deposit confirmation (confirmPayment) whose answer was lost or unclear may still go through: the bot never
// sends it again. But tiket.com's own status stays what tiket.com says ("checkout": unpaid), with the bot's note
// that its confirmation got no clear answer; it is never turned into "being processed at the provider".
const { t, deps, clock } = await tiketIssueBed("tiket-unanswered");

const PAY = "checkout/checkout_payment/8";
const CONFIRM = "partner/transactionApi/confirmPayment";
const waiting = (id: string) => SPEC.checkOrder({ pay: "checkout", ticket: "booked" }).replaceAll("20604252", id);
const issued = (id: string) => SPEC.checkOrder({ pay: "paid", ticket: "issued", pnr: "JRA664", tickets: ["1262100000001"] }).replaceAll("20604252", id);

let nextId = 30_800_000;
async function booked(): Promise<string> {
  const id = String(++nextId);
  t.bookingRoutes(id);
  await t.provider.book(request);
  t.routes.set(PAY, SPEC.depositPayment.replace("20604252", id));
  t.routes.set(CONFIRM, SPEC.confirmPayment);
  t.routes.set("check_order", waiting(id));
  return id;
}

describe.each([
  ["a status 500 envelope", errorBody(500, "Internal Server Error")],
  ["an HTML 500 page", html(500)],
  ["a 201 notice", errorBody(201, "Your payment confirmation has been saved.")],
] as const)("confirmPayment answered with %s while tiket.com still says unpaid", (_name, answer) => {
  it("the status is tiket.com's 'waiting' with the note; after the hold nothing is paid and the outcome says why", async () => {
    const id = await booked();
    t.routes.set(CONFIRM, answer);
    const first = await issueOnce(deps, t.provider, id, 1);
    expect(first).toMatchObject({ kind: "unknown", status: "waiting", paymentUnconfirmed: true, heldUntil: new Date(clock.now + ISSUE_DOUBT_HOLD_MS).toISOString() });
    expect(await t.provider.status(id)).toMatchObject({ status: "waiting", paymentUnconfirmed: true });
    t.routes.set(CONFIRM, SPEC.confirmPayment);
    // Past the hold, tiket.com still unpaid: the confirmation is not sent again, and the outcome says so.
    clock.now += ISSUE_DOUBT_HOLD_MS + 60_000;
    expect(await issueOnce(deps, t.provider, id, 1)).toEqual({ kind: "payment_unconfirmed" });
    expect(t.calls(CONFIRM).length).toBeGreaterThan(0);
    const sent = t.calls(CONFIRM).length;
    expect(await issueOnce(deps, t.provider, id, 1)).toEqual({ kind: "payment_unconfirmed" });
    expect(t.calls(CONFIRM).length).toBe(sent);
    // tiket.com says issued: the existing path.
    t.routes.set("check_order", issued(id));
    expect(await issueOnce(deps, t.provider, id, 1)).toEqual({ kind: "already_issued", ticketNumbers: [] });
    expect(t.calls(CONFIRM).length).toBe(sent);
  });
});
