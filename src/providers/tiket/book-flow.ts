import type { Logger } from "pino";
import type { Booking, BookingRequest } from "../../domain/booking.js";
import { isProviderError, ProviderError } from "../../domain/errors.js";
import { orderDeadline, toBooking } from "./booking-mapping.js";
import { addOrderParams, contactOf } from "./order-form.js";
import { parse } from "./parse-body.js";
import type { TiketSessions } from "./sessions.js";
import type { TiketHttp } from "./tiket-http.js";
import { orderSchema } from "./wire-schemas.js";

export interface BookContext {
  http: TiketHttp;
  sessions: TiketSessions;
  timeZone: string;
  logger: Logger;
}

const ADD = "order/add/flight";

/**
 * "Book" is four cart steps on one token of its own: add order → view order (the order id) →
 * checkout → checkout customer. None is repeated. Once add-order went through, the cart holds the
 * seats, so a later step that breaks leaves the outcome unknown rather than failed.
 *
 * The cart belongs to the token that built it, and that token stays valid until the checkout payment
 * (spec §2), so it is the one kept for paying. It is never renewed: "Renew Token" (getToken with
 * `token=old`) carries a logged-in customer over to a new token, not the cart, and a deposit payment
 * with such a token finds an empty cart.
 */
export async function bookOrder(ctx: BookContext, r: BookingRequest): Promise<Booking> {
  // Validates before any call: a bad name must not reach the airline.
  const params = addOrderParams(r, "");
  // A Lion captcha may be bound to the token it was fetched with; that token then carries the cart.
  // Only getToken hands out tokens: the `token` echoed in other envelopes is not adopted.
  const token = (r.captcha && (await ctx.sessions.takeCaptchaToken(r.captcha.session))) || (await ctx.sessions.fresh());
  await ctx.http.get(ADD, { ...params, token }, "book");
  try {
    return await checkout(ctx, r, token);
  } catch (e) {
    if (isProviderError(e) && (e.retryable || e.code === "outcome_unknown")) {
      throw new ProviderError("outcome_unknown", "the flight is in the cart but the checkout did not finish", { endpoint: e.endpoint, cause: e, raw: e.raw });
    }
    throw e;
  }
}

async function checkout(ctx: BookContext, r: BookingRequest, token: string): Promise<Booking> {
  const view = await ctx.http.get("order", { token }, "read");
  const order = parse("order", orderSchema, view.body, "outcome_unknown").myorder;
  const contact = contactOf(r);
  await ctx.http.get(`order/checkout/${encodeURIComponent(order.order_id)}/IDR`, { token }, "book");
  await ctx.http.get("checkout/checkout_customer", {
    token, salutation: contact.salutation, firstName: contact.first, lastName: contact.last,
    emailAddress: contact.email, phone: contact.phone, saveContinue: 2,
  }, "book", {
    // 201 "Your Contact Person details has been saved." is a notice when the customer is logged in.
    acceptNotice: (body) => String(body.login_status) === "true" || body.user_account !== undefined,
  });
  const now = new Date();
  const deadline = orderDeadline(order, now, ctx.timeZone);
  if (!deadline.fromWire) ctx.logger.warn({ order: order.order_id }, "tiket order has no expiry; assuming a short hold");
  await ctx.sessions.saveOrder(order.order_id, token, contact.email, new Date(deadline.at));
  return toBooking(order, r, contact, deadline.at, ctx.timeZone);
}
