/**
 * Deposit partner calls (secretkey + confirmkey + username, checked by the router):
 *   /partner/transactionApi/get_saldo, /partner/transactionApi, /partner/transactionApi/confirmPayment.
 *
 * Decisions on unverified points:
 * - confirmPayment is where the deposit is debited: it needs an order placed with deposit (8) and
 *   still "checkout"; it re-checks expiry (209) and the balance (201 "insufficient fund"), then the
 *   order is paid and its tickets issue `issueDelayMs` later. `textarea_note` and `tanggal`
 *   (YYYY-MM-DD) are required. Confirming an order that is already paid answers success again
 *   without a second debit, so a client may retry after a lost answer.
 * - confirmPayment's `diagnostic.status` is the string "200", as in the docs' example.
 * - transactionApi lists deposit orders waiting for confirmation (status "confirm").
 */
import { fail, json, meta, ok, param, say, type EndpointContext, type EndpointHandler } from "../http/context.js";
import { markPaid } from "../state/order-lifecycle.js";
import type { TiketOrder } from "../types.js";
import { successBody } from "../wire/envelope.js";
import { money, validIsoDate, zonedDateTime } from "../wire/format.js";
import { EXPIRED_MESSAGE } from "./cart-access.js";
import { orderName, orderNameDetail } from "./cart-view.js";
import { INSUFFICIENT_FUND } from "./payment.js";

export const getSaldo: EndpointHandler = (ctx) => ok(ctx, { results: money(ctx.state.deposit) });

export const confirmPayment: EndpointHandler = (ctx) => {
  const order = ctx.state.order(param(ctx, "order_id"));
  if (!order || order.paymentId !== 8) return fail(ctx, 201, say(ctx, "Order not found", "Pesanan tidak ditemukan"));
  if (!param(ctx, "textarea_note")) return fail(ctx, 201, "textarea_note is required");
  const date = validIsoDate(param(ctx, "tanggal"));
  if (!date) return fail(ctx, 201, "tanggal must be YYYY-MM-DD");
  if (order.paymentStatus === "expired") return fail(ctx, 209, EXPIRED_MESSAGE);
  if (order.paymentStatus === "checkout") {
    const amount = order.grandTotal ?? 0;
    if (ctx.state.deposit < amount) return fail(ctx, 201, INSUFFICIENT_FUND);
    ctx.state.deposit -= amount;
    order.confirmation = { note: param(ctx, "textarea_note"), date };
    markPaid(order, ctx.state.now(), ctx.state.issueDelayMs);
  } else if (order.paymentStatus !== "paid") {
    return fail(ctx, 201, say(ctx, "Order has not been checked out", "Pesanan belum di-checkout"));
  }
  return json(successBody(meta(ctx), {}, "200"));
};

export const transactionList: EndpointHandler = (ctx) => {
  const waiting = [...ctx.state.orders.keys()]
    .map((id) => ctx.state.order(id))
    .filter((o): o is TiketOrder => o !== undefined && o.paymentId === 8 && o.paymentStatus === "checkout");
  const today = zonedDateTime(ctx.state.now(), ctx.state.timeZone).slice(0, 10);
  return ok(ctx, {
    result: waiting.map((o) => transaction(ctx, o)),
    search: {
      page: 1, offset: 20, total_data: waiting.length, total_page: 1,
      startdate: zonedDateTime(ctx.state.now() - 30 * 86_400_000, ctx.state.timeZone).slice(0, 10),
      enddate: today, searchId: "",
    },
  });
};

function transaction(ctx: EndpointContext, o: TiketOrder): Record<string, unknown> {
  const { username } = ctx.state.credentials;
  const total = o.grandTotal ?? 0;
  const customer = o.customer;
  return {
    order_id: o.orderId,
    account_id: "105970",
    order_timestamp: zonedDateTime(o.createdAt, ctx.state.timeZone),
    payment_status: "checkout",
    total_customer_price: money(total),
    customer_currency: "IDR",
    account_username: username,
    all_order_type: "flight",
    account_salutation_name: `${customer?.salutation ?? o.contact.salutation}.`,
    name: customer ? `${customer.firstName} ${customer.lastName}` : `${o.contact.firstName} ${o.contact.lastName}`,
    account_phone: customer?.phone ?? o.contact.phone,
    order_cart_detail: o.details.filter((d) => d.status === "active").map((d) => ({
      order_detail_id: d.orderDetailId,
      order_type: "flight",
      customer_currency: "IDR",
      customer_price: money(d.price),
      order_detail_status: "active",
      total_ticket: String(d.passengers.length),
      description: `${orderNameDetail(d)}: ${orderName(d)}`,
    })),
    price: `IDR ${total.toLocaleString("id-ID")},00`,
    confirm_uri: `${ctx.origin}/partner/transactionApi/confirmPayment?account_id=105970&order_id=${o.orderId}&order_type=flight&price=${money(total)}&account_username=${encodeURIComponent(username)}`,
    status: "confirm",
  };
}
