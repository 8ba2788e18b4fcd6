import type { Booking, BookingRequest } from "../../domain/booking.js";
import { isProviderError, ProviderError } from "../../domain/errors.js";
import { orderDeadline, toBooking } from "./booking-mapping.js";
import { primeCart, readRef, type CartContext } from "./cart-flow.js";
import type { Cart } from "./sessions.js";
import { addOrderParams, contactOf } from "./order-form.js";
import { parse } from "./parse-body.js";
import { orderSchema } from "./wire-schemas.js";

export type BookContext = CartContext;

const ADD = "order/add/flight";

/**
 * "Book" is four cart steps on the token of the quote it books: add order → view order (the order id) →
 * checkout → checkout customer. None is repeated. Once add-order went through, the cart holds the
 * seats, so a later step that breaks leaves the outcome unknown rather than failed.
 *
 * The cart belongs to the token that built it, and that token stays valid until the checkout payment
 * (spec §2), so it is the one kept for paying. It is never renewed: "Renew Token" (getToken with
 * `token=old`) carries a logged-in customer over to a new token, not the cart, and a deposit payment
 * with such a token finds an empty cart.
 */
export async function bookOrder(ctx: BookContext, r: BookingRequest): Promise<Booking> {
  const { flightId, cartId } = readRef(r.offerRef);
  const request = { ...r, offerRef: flightId };
  // Validates before any call: a bad name must not reach the airline.
  const params = addOrderParams(request, "");
  const cart = await cartOf(ctx, request, cartId);
  await ctx.http.get(ADD, { ...params, flight_id: cart.flightId, token: cart.token }, "book");
  try {
    return await checkout(ctx, request, cart.token);
  } catch (e) {
    if (isProviderError(e) && (e.retryable || e.code === "outcome_unknown")) {
      throw new ProviderError("outcome_unknown", "the flight is in the cart but the checkout did not finish", { endpoint: e.endpoint, cause: e, raw: e.raw });
    }
    throw e;
  }
}

/**
 * The token whose cart this booking adds to, with the flight_id priced on it: the cart that fetched the
 * Lion captcha (the captcha may be bound to its token), else the one the quote primed (its cart id is in
 * the offer ref), each taken once. The flight added is the one get_flight_data priced on that token,
 * which the price check's new search may have given another id than the offer ref's. With neither (the
 * quote's cart expired, or the caller never quoted) a fresh token is primed here, so add-order never
 * lands on a token that did not search for and price the flight.
 * Only getToken hands out tokens: the `token` echoed in other envelopes is not adopted.
 */
async function cartOf(ctx: BookContext, r: BookingRequest, cartId: string | undefined): Promise<Required<Cart>> {
  const captcha = r.captcha && (await ctx.sessions.takeCaptchaToken(r.captcha.session));
  const quoted = cartId && (await ctx.sessions.takeCartToken(cartId));
  const kept = captcha || quoted;
  if (kept) return { token: kept.token, flightId: kept.flightId ?? r.offerRef };
  ctx.logger.info({ flight: r.flightCode }, "no quoted tiket cart for this booking; pricing on a new token first");
  const fresh = await ctx.sessions.fresh();
  const { flightId } = await primeCart(ctx, fresh, { flightId: r.offerRef, flightCode: r.flightCode, from: r.from, to: r.to, date: r.date }, r.pax);
  return { token: fresh, flightId };
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
