/**
 * GET /checkout/checkout_payment/{payment_id}?token&btn_booking[&currency=IDR]
 *
 * Decisions on unverified points:
 * - Deposit (8): `currency` may be omitted (the docs' deposit example omits it); other API methods
 *   need currency=IDR. btn_booking=1 refuses with 201 "insufficient fund" when the deposit is below
 *   the grand total, otherwise places the order ("checkout") and spends the token; the deposit is
 *   only debited by confirmPayment (see partner.ts).
 * - ATM transfer (35), ATM BCA (39) and KlikBCA (3, needs user_bca) place the order and answer the
 *   payment steps; the sandbox never receives such a payment (use issueExternally in tests).
 *   Mandiri Clickpay (34) is production-only, PG methods (1, 4, 31, 33) are not API methods (201).
 * - Preview (btn_booking 0/absent) numbers are plain numbers; order_id is a string.
 * - Booking an expired order answers 209.
 * - A deposit fee (controls.setDepositCharge, 0 by default) shows as the preview's payment_charge and is
 *   part of the grand total placed and debited.
 */
import { fail, json, meta, param, say, type EndpointContext, type EndpointHandler } from "../http/context.js";
import { orderTotal } from "../state/order-lifecycle.js";
import type { TiketOrder } from "../types.js";
import { successBody } from "../wire/envelope.js";
import { requireCart } from "./cart-access.js";
import { PG_PAYMENTS } from "./checkout.js";

const API_METHODS = new Set([8, 35, 39, 3]);

export const INSUFFICIENT_FUND = "insufficient fund";

export const checkoutPayment: EndpointHandler = (ctx) => {
  const id = Number(ctx.pathParams.payment_id);
  const cart = requireCart(ctx);
  if (!cart.ok) return cart.reply;
  const order = cart.order;
  if (!order.customer) {
    return fail(ctx, 201, say(ctx, "Fill in the customer first (checkout_customer)", "Isi data pemesan terlebih dahulu (checkout_customer)"));
  }
  if (!API_METHODS.has(id)) {
    const why = PG_PAYMENTS[id] ? "use the payment gateway page for this method" : id === 34 ? "only available in production" : "payment method not available";
    return fail(ctx, 201, say(ctx, `Payment ${id}: ${why}`, `Pembayaran ${id}: metode tidak tersedia lewat API`));
  }
  const currency = param(ctx, "currency").toUpperCase();
  if ((id !== 8 || currency !== "") && currency !== "IDR") return fail(ctx, 201, say(ctx, "currency must be IDR", "currency harus IDR"));
  const total = orderTotal(order);
  const unique = id === 35 || id === 39 ? Number(order.orderId) % 1000 : 0;
  const charge = id === 8 ? ctx.state.depositCharge : 0;
  if (param(ctx, "btn_booking") !== "1") return preview(ctx, order, total, unique, charge);
  if (id === 3 && !/^[A-Za-z0-9]{1,12}$/.test(param(ctx, "user_bca"))) return fail(ctx, 201, "user_bca is required");
  if (id === 8 && ctx.state.deposit < total + charge) return fail(ctx, 201, INSUFFICIENT_FUND);

  const now = ctx.state.now();
  order.paymentStatus = "checkout";
  order.paymentId = id;
  order.grandTotal = total + unique + charge;
  order.checkoutAt = now;
  if (ctx.session) ctx.session.consumedAt = now;
  const hours = Math.max(1, Math.round((order.expiresAt - now) / 3_600_000));
  const message = `Please transfer the payment to make a booking. You have <strong>${hours} hours</strong> to complete the payment.`;
  return json(successBody(meta(ctx), {
    orderId: Number(order.orderId),
    message,
    grand_total: order.grandTotal,
    ...(id === 8 ? {} : { steps: steps(id, order.grandTotal) }),
  }));
};

function preview(ctx: EndpointContext, order: TiketOrder, total: number, unique: number, charge: number) {
  return json(successBody(meta(ctx), {
    result: {
      payment_discount: 0,
      order_id: order.orderId,
      currency: "IDR",
      payment_charge: charge,
      sub_total: total,
      unique_code: unique,
      grand_total: total + unique + charge,
      grand_subtotal: total,
    },
  }));
}

function steps(id: number, amount: number): string[] {
  const rupiah = `IDR ${amount.toLocaleString("id-ID")}`;
  if (id === 3) return [`Login ke <strong>KlikBCA</strong>`, `Pilih <strong>Pembayaran e-Commerce</strong> dan bayar ${rupiah}`];
  return [
    "Masukkan kartu ATM dan PIN Anda",
    "Pilih <strong>Transfer</strong> ke <strong>Virtual Account</strong>",
    `Masukkan jumlah <strong>${rupiah}</strong> tepat sampai 3 digit terakhir`,
  ];
}
