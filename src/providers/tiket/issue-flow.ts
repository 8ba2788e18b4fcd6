import type { IssueResult } from "../../domain/booking.js";
import { isProviderError, ProviderError } from "../../domain/errors.js";
import { awaitTickets } from "./await-tickets.js";
import { isTokenRejection } from "./failure-mapping.js";
import type { IssueContext } from "./issue-context.js";
import { parse } from "./parse-body.js";
import { placedAmount } from "./placed-amount.js";
import { toIssueResult, toStatus } from "./status-mapping.js";
import { checkoutDone } from "./checkout-state.js";
import { paymentPreviewSchema, paymentSchema, type CheckOrderWire } from "./wire-schemas.js";
import { localDate, WIRE_ZONE } from "./wire-values.js";

/** Deposit is payment method 8 (spec §8). */
const PAY = "checkout/checkout_payment/8";
const CONFIRM = "partner/transactionApi/confirmPayment";

/**
 * Pays an order from the deposit: a preview of checkout_payment/8 first (what paying would take must be
 * the order's total: no fee or other amount is paid unseen), then checkout_payment/8 with the booking's
 * own token, then confirmPayment with the partner keys. Neither money call is retried.
 * Markers make a second attempt safe: "paying" (with the previewed amount) is set before the payment is
 * placed, so when its answer is lost the next attempt asks whether it was placed, and at what amount;
 * "paid" is set once it is placed, so after a confirmation definitely refused only the confirmation is
 * repeated; "confirming" is set before the confirmation is sent and cleared only by a definite refusal,
 * so a confirmation whose answer was lost (or cut off by a crash) is never sent again: a later attempt
 * only reads check_order (afterEarlierConfirmation); "refused" keeps a payment placed at more than
 * previewed from ever being confirmed.
 * Then check_order is polled briefly for the PNR and ticket numbers.
 * `confirmed`: the total the agent confirmed. A new payment never goes above it: an order whose total rose
 * since is refused before anything is previewed or paid.
 */
export async function issueOrder(ctx: IssueContext, orderId: string, confirmed?: number): Promise<IssueResult> {
  const refused = await ctx.sessions.refusedCharge(orderId);
  if (refused) throw new ProviderError("charge_mismatch", "placed earlier at more than its preview: never confirmed", { endpoint: PAY, amounts: refused });
  if (await ctx.sessions.confirmationSent(orderId)) return afterEarlierConfirmation(ctx, orderId);
  const paid = await ctx.sessions.isPaid(orderId);
  const token = paid ? undefined : await ctx.sessions.orderToken(orderId);
  if (!paid && !token) {
    throw new ProviderError("booking_not_found", "no payment session for this order: it was not booked here, or its hold is over", { endpoint: PAY, messages: [orderId], paySessionLost: true });
  }
  const order = await mustBeUnpaid(ctx, orderId);
  if (token) {
    const lost = await ctx.sessions.wasPaying(orderId);
    // A lost payment was previewed before it was placed; its token may be spent now, so no second preview.
    if (lost === undefined) refuseAboveConfirmed(orderId, order.total_customer_price, confirmed);
    let expected: number;
    let earlier: number | undefined;
    if (lost === undefined) {
      ({ expected, earlier } = await beforeAnyPayment(ctx, orderId, token, limitOf(order.total_customer_price, confirmed), async (): Promise<number> => {
        await mustHaveCheckedOut(ctx, orderId, token);
        return previewCharge(ctx, orderId, token, order.total_customer_price, confirmed);
      }));
      await ctx.sessions.markPaying(orderId, expected);
    } else {
      expected = lost;
      await ctx.sessions.markPaying(orderId, expected);
      // A payment whose answer was lost is looked for before anything is paid again: whether the token
      // still takes a second payment, or which of the two calls debits, the docs don't say.
      earlier = await placedAmount(ctx, orderId);
    }
    if (earlier !== undefined && earlier > expected) return refuseCharge(ctx, orderId, { charged: earlier, expected });
    if (earlier === undefined) await payFromDeposit(ctx, orderId, token, expected, lost !== undefined);
    else ctx.logger.warn({ order: orderId }, "tiket payment answer was lost, but it was placed: going on to the confirmation");
    await ctx.sessions.markPaid(orderId);
    await ctx.sessions.forgetOrderToken(orderId);
  }
  await confirmPayment(ctx, orderId);
  return awaitTickets(ctx, orderId);
}

/** What a payment of this order may take: its total, and no more than the agent confirmed. */
function limitOf(total: number | undefined, confirmed: number | undefined): number | undefined {
  return total !== undefined && confirmed !== undefined ? Math.min(total, confirmed) : total ?? confirmed;
}

/**
 * The calls before anything is placed (they spend nothing): their amount to pay (`expected`). A refused token
 * there means the order's own session is gone (expired or replaced), or spent by a payment placed earlier
 * whose answer said nothing clear (its "paying" marker was cleared by a build before this one, or by hand).
 * So the partner's list of deposit orders waiting for confirmation is read first: placed there, the
 * payment is only confirmed (`earlier`, at no more than the order's total and the confirmed one; the caller
 * refuses it above), never placed again; not placed (the list says so), the token is forgotten: only it
 * holds the cart (spec §2), no documented call re-attaches a new one ("Renew Token" carries the login, not
 * the cart), so the order is said to be unpayable from here, a definite refusal. The list unreadable:
 * outcome unknown, nothing forgotten.
 */
async function beforeAnyPayment(ctx: IssueContext, orderId: string, token: string, limit: number | undefined, calls: () => Promise<number>): Promise<{ expected: number; earlier?: number }> {
  try {
    return { expected: await calls() };
  } catch (e) {
    if (!isTokenRejection(e)) throw e;
    const earlier = await placedAmount(ctx, orderId);
    if (earlier !== undefined) {
      ctx.logger.warn({ order: orderId }, "tiket payment session refused, but the order was placed earlier: going on to the confirmation");
      if (limit === undefined) throw new ProviderError("outcome_unknown", "the order was placed earlier, and its total can't be read to check the amount: not confirmed", { endpoint: PAY, messages: [orderId], cause: e });
      return { expected: limit, earlier };
    }
    await ctx.sessions.forgetOrderToken(orderId);
    throw new ProviderError("booking_not_found", "the order's payment session was refused: nothing was paid", {
      endpoint: PAY, messages: [orderId], paySessionLost: true, retryable: false, cause: e,
    });
  }
}

/** Not through checkout_customer (checkout-state.ts): refused, nothing previewed or paid; the checkout is not redone with details the bot no longer keeps. */
async function mustHaveCheckedOut(ctx: IssueContext, orderId: string, token: string): Promise<void> {
  if (await checkoutDone(ctx.http, ctx.sessions, orderId, token)) return;
  throw new ProviderError("validation", "the order's checkout never completed at tiket.com (checkout_customer not done): not paid", {
    endpoint: "order", messages: [orderId], checkoutUnfinished: true, retryable: false,
  });
}

/**
 * confirmPayment debits the deposit: sent at most once unless definitely refused. The marker goes down
 * before it is sent (a crash during the call leaves it standing) and comes off only on a definite
 * refusal. It takes the partner keys the spec lists and a token (seed 004: every call after getToken):
 * the pooled one, the order's own being spent by its checkout payment. The spec lists no token for it,
 * so a complaint naming one may come after the debit ("Confirmation saved; session token expired"): it is
 * outcome unknown like any unexplained answer, and the confirmation is never sent again on a new token.
 */
async function confirmPayment(ctx: IssueContext, orderId: string): Promise<void> {
  const { partner } = ctx;
  const token = await ctx.sessions.pooledToken();
  await ctx.sessions.markConfirming(orderId);
  try {
    await ctx.http.get(CONFIRM, {
      order_id: orderId, token, secretkey: partner.secretKey, confirmkey: partner.confirmKey, username: partner.username,
      // The payment's date as tiket.com keeps its books: WIB, whatever zone the bot displays in.
      textarea_note: `deposit payment for order ${orderId}`, tanggal: localDate(new Date(), WIRE_ZONE),
    }, "issue");
    // Answered OK: while check_order still says "checkout", the payment is under way at tiket.com, not in doubt.
    await ctx.sessions.markConfirmationAnswered(orderId);
  } catch (e) {
    if (definitelyRefused(e)) await ctx.sessions.clearConfirming(orderId);
    else if (isTokenRejection(e)) await ctx.sessions.dropPooled(token);
    throw e;
  }
}

/**
 * The refusals of a money call that moved no money, the only ones that clear its marker: a refusal whose
 * words say what stops the payment (failure-mapping.ts failureOnPayment: deposit too low, wrong keys, the
 * order cancelled, expired or not found; a firewall's HTTP 401/403), or a call that never reached
 * tiket.com ("unavailable": refused connection, an HTTP status sent before processing). Anything else, a
 * token complaint, an unexplained status or text, no answer, "already issued" (it is paid), may come
 * after the money moved: the marker stays and nothing is sent again.
 */
const DEFINITE_REFUSALS: ReadonlySet<string> = new Set(["insufficient_deposit", "invalid_credentials", "booking_cancelled", "booking_expired", "booking_not_found", "unavailable"]);

function definitelyRefused(e: unknown): boolean {
  return isProviderError(e) && !isTokenRejection(e) && DEFINITE_REFUSALS.has(e.code);
}

/**
 * This order's confirmation went out earlier and no definite refusal came back: it is never sent again,
 * only read. Issued or paid: the tickets are read as after a confirmation. Expired or cancelled: said so.
 * Still waiting (or unreadable): its payment is being confirmed, so the outcome stays unknown and the
 * caller holds the booking (services/issue-booking.ts), telling the agent to check its status later.
 */
async function afterEarlierConfirmation(ctx: IssueContext, orderId: string): Promise<IssueResult> {
  const details = { endpoint: CONFIRM, messages: [orderId] };
  let wire: CheckOrderWire;
  try {
    wire = await ctx.checkOrder(orderId);
  } catch (e) {
    if (!isProviderError(e)) throw e;
    throw new ProviderError("outcome_unknown", "the deposit confirmation sent earlier got no answer and check_order can't be read: not sent again", { ...details, cause: e });
  }
  const status = toStatus(wire, new Date(), ctx.timeZone);
  if (status === "issued") return toIssueResult(orderId, wire, status);
  if (status === "pending") return awaitTickets(ctx, orderId);
  if (status === "expired") throw new ProviderError("booking_expired", "order expired", { endpoint: "check_order", messages: [orderId] });
  if (status === "cancel") throw new ProviderError("booking_cancelled", "order cancelled", { endpoint: "check_order", messages: [orderId] });
  ctx.logger.warn({ order: orderId }, "tiket confirmation sent earlier got no answer and the order still waits: not sent again");
  throw new ProviderError("outcome_unknown", "the deposit confirmation sent earlier got no answer and the order still waits: it is being confirmed, not sent again", details);
}

/**
 * Money moves only for an order still waiting: the API would not say no to paying twice. A status the
 * docs don't list (the list may not be complete: "confirm" shows elsewhere) is not "waiting": nothing is paid.
 */
async function mustBeUnpaid(ctx: IssueContext, orderId: string): Promise<CheckOrderWire> {
  const wire = await ctx.checkOrder(orderId);
  const status = toStatus(wire, new Date(), ctx.timeZone);
  const details = { endpoint: "check_order", messages: [orderId] };
  if (status === "issued" || status === "pending") throw new ProviderError("already_issued", "the order is already paid", details);
  if (status === "expired") throw new ProviderError("booking_expired", "order expired", details);
  if (status === "cancel") throw new ProviderError("booking_cancelled", "order cancelled", details);
  if (status !== "waiting") throw new ProviderError("outcome_unknown", `order status "${status.unknown}" is not one the docs list as unpaid: not paid`, { ...details, raw: status.unknown });
  return wire;
}

/** The agent agreed to pay the confirmed total, not whatever the order has come to cost since. */
function refuseAboveConfirmed(orderId: string, total: number | undefined, confirmed: number | undefined): void {
  if (confirmed === undefined || total === undefined || total <= confirmed) return;
  throw new ProviderError("charge_mismatch", "the order's total rose above the confirmed one: not paid", { endpoint: "check_order", messages: [orderId], amounts: { charged: total, expected: confirmed } });
}

/**
 * checkout_payment/8 without btn_booking: grand_total = sub_total + payment_charge + unique_code (spec §7).
 * Anything above the order's total, or above the confirmed one, is refused before any money moves; so is a
 * preview without an amount.
 */
async function previewCharge(ctx: IssueContext, orderId: string, token: string, orderTotal: number | undefined, confirmed: number | undefined): Promise<number> {
  const { body } = await ctx.http.get(PAY, { token, btn_booking: 0, currency: "IDR" }, "read");
  const preview = parse(PAY, paymentPreviewSchema, body);
  const fields = preview.result ?? preview;
  const charged = fields.grand_total;
  const total = orderTotal ?? fields.grand_subtotal ?? fields.sub_total;
  const expected = total !== undefined && confirmed !== undefined ? Math.min(total, confirmed) : total;
  if (charged === undefined || expected === undefined) {
    throw new ProviderError("unavailable", "the payment preview says no amount: not paid", { endpoint: PAY, retryable: false });
  }
  if (fields.order_id && fields.order_id !== orderId) {
    throw new ProviderError("unavailable", "the payment preview is for another order: not paid", { endpoint: PAY, raw: fields.order_id, retryable: false });
  }
  if (charged > expected) {
    throw new ProviderError("charge_mismatch", "paying would take more than the order's total", { endpoint: PAY, amounts: { charged, expected } });
  }
  return charged;
}

/**
 * checkout_payment/8. Only a definite refusal (definitelyRefused: nothing placed, thrown as its typed error)
 * clears the "paying" marker, and only when no earlier attempt may have placed the order: its answer was
 * lost, or the token is refused as spent (this order's token is used for nothing else). Then the partner's
 * list of deposit orders waiting for confirmation says whether it was placed, and at what amount: placed at
 * no more than previewed, it goes on to be confirmed; at more, it is never confirmed; not placed, the refusal
 * stands. No answer, or an answer that is no known refusal (a 201 "Your order has been saved…", a 211 or
 * 500 nobody documented: failure-mapping.ts failureOnPayment), is "outcome_unknown": the marker stays, so a
 * later attempt looks for the placed payment first.
 */
async function payFromDeposit(ctx: IssueContext, orderId: string, token: string, expected: number, lost: boolean): Promise<void> {
  let placed;
  try {
    const { body } = await ctx.http.get(PAY, { token, btn_booking: 1, currency: "IDR" }, "issue");
    placed = parse(PAY, paymentSchema, body, "outcome_unknown");
  } catch (e) {
    if (!isProviderError(e)) throw e;
    // tiket.com answered (not a lost or broken answer): after a lost payment, or with the token refused as spent, its list says whether it was placed.
    const answered = e.providerStatus !== undefined;
    if (!((lost && answered) || isTokenRejection(e))) {
      if (definitelyRefused(e)) await ctx.sessions.clearPaying(orderId);
      throw e;
    }
    const waiting = await placedAmount(ctx, orderId);
    if (waiting === undefined) {
      // Not placed, and the order's token is refused: no later attempt can pay it (a new token has an empty cart).
      if (isTokenRejection(e)) {
        await ctx.sessions.clearPaying(orderId);
        throw new ProviderError("payment_session_over", "the order's payment token is refused and nothing was placed", { endpoint: PAY, cause: e });
      }
      if (definitelyRefused(e)) await ctx.sessions.clearPaying(orderId);
      throw e;
    }
    if (waiting > expected) return refuseCharge(ctx, orderId, { charged: waiting, expected });
    ctx.logger.warn({ order: orderId }, "tiket payment refused, but an earlier attempt placed it: going on to the confirmation");
    return;
  }
  const paidId = placed.orderId ?? placed.order_id;
  if (paidId && paidId !== orderId) {
    throw new ProviderError("outcome_unknown", "the deposit payment answered for another order", { endpoint: PAY, raw: paidId });
  }
  if (placed.grand_total !== undefined && placed.grand_total > expected) return refuseCharge(ctx, orderId, { charged: placed.grand_total, expected });
}

/** Placed at more than previewed: it is never confirmed (so never debited), now or by any later attempt. */
async function refuseCharge(ctx: IssueContext, orderId: string, amounts: { charged: number; expected: number }): Promise<never> {
  await ctx.sessions.refuseCharge(orderId, amounts);
  await ctx.sessions.clearPaying(orderId);
  await ctx.sessions.forgetOrderToken(orderId);
  throw new ProviderError("charge_mismatch", "the payment was placed at more than previewed: not confirmed", { endpoint: PAY, amounts });
}
