import type { Logger } from "pino";
import type { BookingStatus, IssueResult } from "../../domain/booking.js";
import { isProviderError, ProviderError } from "../../domain/errors.js";
import { isTokenRejection } from "./failure-mapping.js";
import { parse } from "./parse-body.js";
import type { TiketSessions } from "./sessions.js";
import { toIssueResult, toStatus } from "./status-mapping.js";
import type { TiketHttp } from "./tiket-http.js";
import { paymentSchema, type CheckOrderWire } from "./wire-schemas.js";
import { localDate } from "./wire-values.js";

export interface PartnerCredentials {
  secretKey: string;
  confirmKey: string;
  username: string;
}

export interface IssueContext {
  http: TiketHttp;
  sessions: TiketSessions;
  partner: PartnerCredentials;
  timeZone: string;
  logger: Logger;
  poll: { maxMs: number; intervalMs: number };
  checkOrder: (orderId: string) => Promise<CheckOrderWire>;
}

/** Deposit is payment method 8 (spec §8). */
const PAY = "checkout/checkout_payment/8";
const CONFIRM = "partner/transactionApi/confirmPayment";

/**
 * Pays an order from the deposit: checkout_payment/8 with the booking's own token, then confirmPayment
 * with the partner keys. Neither is retried. Between the two, a marker remembers that the cart was paid,
 * so a second attempt after a failed confirmation only confirms (the token is spent by then); a second
 * attempt after a lost payment answer finds the token spent and also goes on to confirm.
 * Then check_order is polled briefly for the PNR and ticket numbers.
 */
export async function issueOrder(ctx: IssueContext, orderId: string): Promise<IssueResult> {
  const paid = await ctx.sessions.isPaid(orderId);
  const token = paid ? undefined : await ctx.sessions.orderToken(orderId);
  if (!paid && !token) {
    throw new ProviderError("booking_not_found", "no payment session for this order: it was not booked here, or its hold is over", { endpoint: PAY, messages: [orderId] });
  }
  await mustBeUnpaid(ctx, orderId);
  if (token) {
    await payFromDeposit(ctx, orderId, token);
    await ctx.sessions.markPaid(orderId);
    await ctx.sessions.forgetOrderToken(orderId);
  }
  const { partner } = ctx;
  await ctx.http.get(CONFIRM, {
    order_id: orderId, secretkey: partner.secretKey, confirmkey: partner.confirmKey, username: partner.username,
    textarea_note: `deposit payment for order ${orderId}`, tanggal: localDate(new Date(), ctx.timeZone),
  }, "issue");
  return awaitTickets(ctx, orderId);
}

/** Money moves only for an order still waiting: the API would not say no to paying twice. */
async function mustBeUnpaid(ctx: IssueContext, orderId: string): Promise<void> {
  const status = toStatus(await ctx.checkOrder(orderId), new Date(), ctx.timeZone);
  const details = { endpoint: "check_order", messages: [orderId] };
  if (status === "issued" || status === "pending") throw new ProviderError("already_issued", "the order is already paid", details);
  if (status === "expired") throw new ProviderError("booking_expired", "order expired", details);
  if (status === "cancel") throw new ProviderError("booking_cancelled", "order cancelled", details);
}

/**
 * checkout_payment/8. This order's token is used for nothing else, so a token refused as spent means an
 * earlier attempt placed the payment and lost the answer: the confirmation may follow. Confirming is
 * safe either way: it only debits an order placed with the deposit method.
 * A 201 answer (cart empty, deposit too low, order not found, any notice) is a refusal and is thrown as
 * its typed error: mapFailure never makes a 201 on this call a token rejection, so no confirmation follows.
 */
async function payFromDeposit(ctx: IssueContext, orderId: string, token: string): Promise<void> {
  try {
    const { body } = await ctx.http.get(PAY, { token, btn_booking: 1, currency: "IDR" }, "issue");
    const paid = parse(PAY, paymentSchema, body, "outcome_unknown");
    const paidId = paid.orderId ?? paid.order_id;
    if (paidId && paidId !== orderId) {
      throw new ProviderError("outcome_unknown", "the deposit payment answered for another order", { endpoint: PAY, raw: paidId });
    }
  } catch (e) {
    if (!isTokenRejection(e)) throw e;
    ctx.logger.warn({ order: orderId }, "tiket payment token already spent: going on to the confirmation");
  }
}

/** The payment is done whatever check_order says next: a failing poll only means no PNR yet. */
async function awaitTickets(ctx: IssueContext, orderId: string): Promise<IssueResult> {
  const deadline = Date.now() + ctx.poll.maxMs;
  let last: { wire: CheckOrderWire; status: BookingStatus } | undefined;
  for (;;) {
    try {
      const wire = await ctx.checkOrder(orderId);
      last = { wire, status: toStatus(wire, new Date(), ctx.timeZone) };
      if (last.status === "issued") break;
    } catch (e) {
      if (!isProviderError(e)) throw e;
      ctx.logger.warn({ code: e.code, order: orderId }, "check_order after payment failed");
    }
    if (Date.now() + ctx.poll.intervalMs > deadline) break;
    await new Promise((r) => setTimeout(r, ctx.poll.intervalMs));
  }
  return toIssueResult(orderId, last?.wire, last?.status);
}
