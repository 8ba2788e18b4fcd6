import type { BookingRequest } from "../../domain/booking.js";
import { isProviderError, ProviderError } from "../../domain/errors.js";
import type { CartContext } from "./cart-flow.js";
import { isThisBooking, readCart, type CartReading } from "./cart-after-add.js";
import type { Params } from "./tiket-http.js";
import type { OrderWire } from "./wire-schemas.js";

/**
 * add-order got no answer, or a broken one: the order may or may not be in the cart. Add-order itself is
 * never sent again; the spec's own next step is (§6: "No order id is returned: call /order next"), and
 * it is a read. Its answer decides:
 * - the cart holds exactly this booking (one flight detail, this flight, every passenger by name and
 *   type): the order, and the booking goes on as if add-order had answered;
 * - anything else: the lost answer's "outcome unknown", as before. An empty cart too: the add-order may
 *   still be on its way at tiket.com (our own timeout gave up on it, not tiket.com), so "nothing was
 *   booked, book again" could hold the seats twice; the note of a possible booking stays
 *   (store/uncertain-bookings.ts) and the next Book asks first. So does a cart that can't be read or
 *   holds something that is not clearly this booking.
 * The cart is this booking's own token (taken once, cart-flow.ts), yet it is taken as this booking only
 * when it shows it: /order's passengers are how the spec lets us see it is.
 */
export async function afterLostAdd(ctx: CartContext, sent: Params & { token: string }, r: BookingRequest, lost: ProviderError): Promise<OrderWire> {
  let cart: CartReading | undefined;
  try {
    cart = await readCart(ctx, sent.token);
  } catch (e) {
    ctx.logger.warn({ code: isProviderError(e) ? e.code : "error" }, "tiket add-order answer lost and the cart could not be read");
  }
  if (cart?.kind === "empty") ctx.logger.warn({ flight: r.flightCode }, "tiket add-order answer lost; the cart is empty for now: outcome unknown");
  if (cart?.kind === "order" && isThisBooking(cart.order, sent, r)) {
    ctx.logger.info({ order: cart.order.order_id }, "tiket add-order answer lost; the cart holds this booking's order");
    return cart.order;
  }
  if (cart?.kind === "order") ctx.logger.warn({ order: cart.order.order_id }, "tiket add-order answer lost; the cart holds an order that is not clearly this booking");
  throw lost;
}
