import type { Booking, BookingRequest } from "../../domain/booking.js";
import { isProviderError, ProviderError } from "../../domain/errors.js";
import { orderDeadline, toBooking } from "./booking-mapping.js";
import { primeCart, readRef, type CartContext } from "./cart-flow.js";
import { addOrderAnswerUnsettled } from "./failure-mapping.js";
import { afterLostAdd } from "./lost-add-order.js";
import { afterRefusedAdd } from "./refused-add-order.js";
import type { Cart } from "./sessions.js";
import { addOrderParams, contactOf } from "./order-form.js";
import type { Params } from "./tiket-http.js";
import { parse } from "./parse-body.js";
import { orderSchema, type OrderWire } from "./wire-schemas.js";

export type BookContext = CartContext;

const ADD = "order/add/flight";

/**
 * "Book" is four cart steps on the token of the quote it books: add order → view order (the order id) →
 * checkout → checkout customer. None is repeated. Once add-order went through, the cart holds the
 * seats, so a later step that breaks leaves the outcome unknown rather than failed.
 *
 * As soon as the order id is read, the order's token and the customer's e-mail are kept by that id
 * (before the checkout steps), so a booking whose checkout then gets no answer can still be looked up
 * (/cek: check_order needs the e-mail) and paid (its token); the "outcome unknown" error of such a
 * booking names the order id (its `messages`), so the agent can be told which order may exist.
 *
 * An add-order whose answer is lost is never sent again: the cart is read instead (lost-add-order.ts),
 * and the booking goes on from there only when it holds exactly this booking. So is one answered with a
 * failure that is no known refusal (204 duplicate, a 201 naming no reason, an undocumented status, the
 * airline's failure): the order may be in the cart all the same (refused-add-order.ts).
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
  const order = await addOrder(ctx, { ...params, flight_id: cart.flightId, token: cart.token, lang: ctx.lang }, request);
  const contact = contactOf(request);
  const deadline = orderDeadline(order, new Date(), ctx.timeZone);
  if (!deadline.fromWire) ctx.logger.warn({ order: order.order_id }, "tiket order has no expiry; assuming a short hold");
  await ctx.sessions.saveOrder(order.order_id, cart.token, contact.email, new Date(deadline.at));
  const booking = toBooking(order, request, contact, deadline.at, ctx.timeZone);
  // The order as /order showed it goes with an unfinished checkout: the bot records it as the agent's,
  // marked unconfirmed, instead of leaving a code it knows nothing about (spec §7: payment needs checkout_customer).
  try {
    await unknownIfBroken(() => checkout(ctx, order.order_id, contact, cart.token), order.order_id, { ...booking, unconfirmed: true });
  } catch (e) {
    // Whether checkout_customer went through is asked again before paying it (issue-flow.ts). If this
    // can't be noted, paying it is refused by tiket.com instead, as before.
    if (isProviderError(e, "outcome_unknown")) await ctx.sessions.markCheckoutUnfinished(order.order_id).catch(() => undefined);
    throw e;
  }
  return booking;
}

/**
 * A step after add-order that breaks (no answer, an error page) leaves the seats held in the cart:
 * "outcome unknown", naming the order id once it is known (and the booking, once it was read). Once the
 * order id is known, so is a refusal of a checkout step (a 201 naming no reason, "phone: nomor telepon
 * tidak valid"): the order stays in the cart with its token kept, so "the data was refused, change it"
 * would have the agent book a second order; it is recorded as unfinished instead (issuing it first asks
 * whether checkout_customer went through), the refusal's words kept in `raw`, as add-order's unsettled
 * refusals are (refused-add-order.ts). Before the order id is read, a refusal stays what it is.
 */
async function unknownIfBroken<T>(step: () => Promise<T>, orderId?: string, unfinished?: Booking): Promise<T> {
  try {
    return await step();
  } catch (e) {
    if (isProviderError(e) && (e.retryable || e.code === "outcome_unknown" || orderId !== undefined)) {
      const refused = !e.retryable && e.code !== "outcome_unknown";
      const message = orderId === undefined
        ? "the flight is in the cart but the checkout did not finish"
        : refused ? `order ${orderId} exists but tiket.com refused its checkout (${e.code}: ${e.message})` : `order ${orderId} exists but its checkout did not finish`;
      throw new ProviderError("outcome_unknown", message, {
        endpoint: e.endpoint, cause: e, raw: e.raw, ...(orderId !== undefined && { messages: [orderId], bookingCode: orderId }), ...(unfinished && { unfinished }),
      });
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

/** add-order, then the order it made as the cart shows it (spec §6: add-order returns no order id). */
async function addOrder(ctx: BookContext, sent: Params & { token: string }, r: BookingRequest): Promise<OrderWire> {
  try {
    await ctx.http.get(ADD, sent, "book");
  } catch (e) {
    if (isProviderError(e, "outcome_unknown")) return afterLostAdd(ctx, sent, r, e);
    if (isProviderError(e) && addOrderAnswerUnsettled(e)) return afterRefusedAdd(ctx, sent, r, e);
    throw e;
  }
  return unknownIfBroken(() => viewOrder(ctx, sent.token));
}

async function viewOrder(ctx: BookContext, token: string): Promise<OrderWire> {
  const view = await ctx.http.get("order", { token, lang: ctx.lang }, "read");
  return parse("order", orderSchema, view.body, "outcome_unknown").myorder;
}

async function checkout(ctx: BookContext, orderId: string, contact: ReturnType<typeof contactOf>, token: string): Promise<void> {
  await ctx.http.get(`order/checkout/${encodeURIComponent(orderId)}/IDR`, { token, lang: ctx.lang }, "book");
  await ctx.http.get("checkout/checkout_customer", {
    token, salutation: contact.salutation, firstName: contact.first, lastName: contact.last,
    emailAddress: contact.email, phone: contact.phone, saveContinue: 2, lang: ctx.lang,
  }, "book", {
    // 201 "Your Contact Person details has been saved." is a notice when the customer is logged in.
    acceptNotice: (body) => String(body.login_status) === "true" || body.user_account !== undefined,
  });
}
