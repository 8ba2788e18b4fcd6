import { fail, say, type EndpointContext, type WireReply } from "../http/context.js";
import type { TiketOrder } from "../types.js";

export type CartCheck = { ok: true; order: TiketOrder } | { ok: false; reply: WireReply };

export const EXPIRED_MESSAGE = "your order has expired please recheck your order";

/** The token's cart with at least one active detail; 209 once it expired (unless allowed). */
export function requireCart(ctx: EndpointContext, options: { allowExpired?: boolean } = {}): CartCheck {
  const id = ctx.session?.orderId;
  const order = id ? ctx.state.order(id) : undefined;
  if (!order || !order.details.some((d) => d.status === "active")) {
    return { ok: false, reply: fail(ctx, 201, say(ctx, "Your shopping cart is empty", "Keranjang belanja Anda kosong")) };
  }
  if (order.paymentStatus === "expired" && !options.allowExpired) {
    return { ok: false, reply: fail(ctx, 209, EXPIRED_MESSAGE) };
  }
  return { ok: true, order };
}
