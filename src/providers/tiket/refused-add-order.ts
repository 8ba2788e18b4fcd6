import type { BookingRequest } from "../../domain/booking.js";
import { isProviderError, ProviderError } from "../../domain/errors.js";
import type { CartContext } from "./cart-flow.js";
import { isThisBooking, readCart, type CartReading } from "./cart-after-add.js";
import { addOrderRefusedForSure } from "./failure-mapping.js";
import type { Params } from "./tiket-http.js";
import type { OrderWire } from "./wire-schemas.js";

/**
 * add-order answered not-OK, but with no known refusal (failure-mapping.ts addOrderAnswerUnsettled): only
 * 200 is success (spec §1), yet a 201 "is not always fatal", 204 says this booking was already made, and an
 * undocumented status or the airline's failure may come after the seats were held. Add-order is never sent
 * again; the cart is read once (/order, spec §6) and decides:
 * - it holds exactly this booking: the order, and the booking goes on as if add-order had answered 200;
 * - it is clearly empty: tiket.com answered, so the add is not still on its way (unlike a lost answer) and
 *   the refusal stands, in its own words, when those words say it failed (addOrderRefusedForSure); never
 *   after 204, whose booking exists elsewhere (another cart, an earlier try) by its very meaning, nor after
 *   a text that says no such thing ("being processed") or none at all: those are "outcome unknown" too;
 * - it can't be read, or holds something that is not clearly this booking: "outcome unknown", carrying
 *   tiket.com's words (the agent is told it answered with a failure, not that it was silent); the note of a
 *   possible booking stays (store/uncertain-bookings.ts) and the next Book asks first.
 */
export async function afterRefusedAdd(ctx: CartContext, sent: Params & { token: string }, r: BookingRequest, refusal: ProviderError): Promise<OrderWire> {
  const about = { status: refusal.providerStatus, code: refusal.code };
  let cart: CartReading | undefined;
  try {
    cart = await readCart(ctx, sent.token);
  } catch (e) {
    ctx.logger.warn({ ...about, read: isProviderError(e) ? e.code : "error" }, "tiket add-order answered a failure and the cart could not be read");
  }
  if (cart?.kind === "order" && isThisBooking(cart.order, sent, r)) {
    ctx.logger.warn({ ...about, order: cart.order.order_id }, "tiket add-order answered a failure, yet the cart holds this booking's order: going on");
    return cart.order;
  }
  if (cart?.kind === "empty" && addOrderRefusedForSure(refusal)) {
    ctx.logger.info({ ...about, flight: r.flightCode }, "tiket add-order refused and the cart is empty: nothing was booked");
    throw refusal;
  }
  const seen = cart === undefined ? "unreadable" : cart.kind === "empty" ? "empty" : "another order";
  ctx.logger.warn({ ...about, cart: seen, ...(cart?.kind === "order" && { order: cart.order.order_id }) }, "tiket add-order answered a failure that does not prove nothing was booked: outcome unknown");
  throw new ProviderError("outcome_unknown", `tiket.com answered add-order with diagnostic.status ${String(refusal.providerStatus)} (${refusal.message}) and the cart is ${seen}: it may hold the seats`, {
    endpoint: refusal.endpoint, cause: refusal, raw: refusal.raw, unexplainedAnswer: true, providerStatus: refusal.providerStatus,
    // The agent is told tiket.com answered (its words are kept), not that no answer came.
    messages: refusal.messages.length > 0 ? refusal.messages : [refusal.raw ?? `diagnostic.status ${String(refusal.providerStatus)}`],
  });
}
