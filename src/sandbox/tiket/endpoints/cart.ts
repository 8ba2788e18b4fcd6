/**
 * GET /order (view cart) and GET /order/delete_order?order_detail_id.
 *
 * Decisions on unverified points: an empty cart (nothing added, or everything deleted) is a 201
 * "Your shopping cart is empty"; an expired cart is still shown, with `expire: 0` and
 * `order_detail_status: "expired"`; tax_and_charge / total_tax are 0 (fares already include taxes).
 */
import { fail, ok, param, type EndpointHandler } from "../http/context.js";
import { requireCart } from "./cart-access.js";
import { cartPayload } from "./cart-view.js";

export const viewOrder: EndpointHandler = (ctx) => {
  const cart = requireCart(ctx, { allowExpired: true });
  return cart.ok ? ok(ctx, cartPayload(ctx, cart.order)) : cart.reply;
};

export const deleteOrder: EndpointHandler = (ctx) => {
  const failed = () => fail(ctx, 201, "Order failed to delete", { updateStatus: "failed delete order" });
  const cart = requireCart(ctx, { allowExpired: true });
  if (!cart.ok || cart.order.paymentStatus !== "shoppingcart") return failed();
  const detail = cart.order.details.find((d) => d.orderDetailId === param(ctx, "order_detail_id") && d.status === "active");
  if (!detail) return failed();
  detail.status = "deleted";
  return ok(ctx, { updateStatus: "success delete order" });
};
