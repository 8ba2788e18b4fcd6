/**
 * GET /check_order?order_id&email&secretkey (no token).
 *
 * Decisions on unverified points:
 * - `email` may be the add-order contact e-mail or the checkout_customer e-mail (any case).
 *   Instead of `secretkey`, any token this sandbox ever issued is accepted (router).
 * - payment_status: shoppingcart → checkout → paid, or "expired"; ticket_status: booked → issued,
 *   or "expired" (see state/order-lifecycle.ts). booking_code and passenger_ticket_number are ""
 *   until issued.
 * - detail.flight_number is written with a space ("GA 724") and airlines_name in capitals, as in
 *   the docs' example; `trip` is "trip" (outbound) or "return".
 * - E-ticket: once issued, each detail gets `send_uri` (resendVoucher) and, unless its airline only
 *   e-mails vouchers (Citilink), `print_uri` = <origin>/etiket/<order_id>.pdf (a real PDF).
 */
import { findAirport } from "../data/airports.js";
import { findCarrier } from "../data/airlines.js";
import { fail, ok, param, say, type EndpointContext, type EndpointHandler } from "../http/context.js";
import { orderTotal } from "../state/order-lifecycle.js";
import type { TiketOrder, TiketOrderDetail } from "../types.js";
import { money, zonedDateTime } from "../wire/format.js";
import { orderName, orderNameDetail } from "./cart-view.js";

export function orderByEmail(ctx: EndpointContext, orderId: string, email: string): TiketOrder | undefined {
  const order = ctx.state.order(orderId);
  const wanted = email.trim().toLowerCase();
  if (!order || !wanted) return undefined;
  const emails = [order.contact.email, order.customer?.email].map((e) => e?.toLowerCase());
  return emails.includes(wanted) ? order : undefined;
}

export const checkOrder: EndpointHandler = (ctx) => {
  const order = orderByEmail(ctx, param(ctx, "order_id"), param(ctx, "email"));
  if (!order) return fail(ctx, 201, say(ctx, "Order not found", "Pesanan tidak ditemukan"));
  const tz = ctx.state.timeZone;
  const paid = order.paymentStatus === "paid";
  return ok(ctx, {
    result: {
      order_id: order.orderId,
      order_timestamp: zonedDateTime(order.createdAt, tz),
      payment_timestamp: order.paidAt === undefined ? "" : zonedDateTime(order.paidAt, tz),
      payment_status: order.paymentStatus,
      total_customer_price: money(order.grandTotal ?? orderTotal(order)),
      customer_currency: "IDR",
      mobile_phone: order.contact.phone,
      all_order_type: "flight",
      order__cart_detail: order.details.filter((d) => d.status === "active").map((d) => cartDetail(ctx, order, d)),
      order__payment: paid
        ? [{
          payment_currency: "IDR",
          payment_amount: money(order.grandTotal ?? orderTotal(order)),
          transfer_date: order.confirmation?.date ?? null,
          payment_source: order.issuedExternally ? "manual" : "deposit",
          card_number: "", expiry_month: "", expiry_year: "", card_holder_name: "",
        }]
        : [],
      order__confirmation: order.confirmation ? [{ confirm_date: order.confirmation.date, note: order.confirmation.note }] : [],
    },
  });
};

function cartDetail(ctx: EndpointContext, order: TiketOrder, d: TiketOrderDetail): Record<string, unknown> {
  const carrier = findCarrier(d.carrierCode);
  const issued = order.ticketStatus === "issued";
  const count = (type: string) => String(d.passengers.filter((p) => p.type === type).length);
  const query = `type=flight&order_id=${order.orderId}&order_detail_id=${d.orderDetailId}&order_hash=${order.orderHash}&account_id=212868`;
  return {
    order_detail_id: d.orderDetailId,
    order_type: "flight",
    order_name: orderName(d),
    order_name_detail: orderNameDetail(d),
    customer_currency: "IDR",
    customer_price: money(d.price),
    total_ticket: String(d.passengers.length),
    detail: {
      order_timestamp: zonedDateTime(order.createdAt, ctx.state.timeZone),
      mobile_phone: order.contact.phone,
      order_detail_status: order.paymentStatus === "expired" ? "expired" : "active",
      order_expire_datetime: zonedDateTime(order.expiresAt, ctx.state.timeZone),
      flight_number: d.flightNumber.replace("-", " "),
      trip: d.trip,
      airlines_name: carrier?.searchName ?? d.carrierCode,
      departure_city: d.from,
      departure_time: d.departure,
      arrival_city: d.to,
      arrival_time: d.arrival,
      ticket_class: d.ticketClass,
      booking_code: issued ? d.bookingCode ?? "" : "",
      count_adult: count("adult"),
      count_child: count("child"),
      count_infant: count("infant"),
      contact_title: order.contact.salutation,
      contact_first_name: order.contact.firstName,
      contact_phone: order.contact.phone,
      contact_other_phone: order.contact.otherPhone,
      ticket_status: order.ticketStatus,
      depart_airport: findAirport(d.from)?.airportName ?? d.from,
      arrival_airport: findAirport(d.to)?.airportName ?? d.to,
    },
    ...(issued ? { send_uri: `${ctx.origin}/check_order/resendVoucher?${query}` } : {}),
    ...(issued && !carrier?.voucherByEmailOnly ? { print_uri: `${ctx.origin}/etiket/${order.orderId}.pdf` } : {}),
    passanger: d.passengers.map((p, i) => ({
      passanger_baggage: p.type === "infant" ? "" : `${carrier?.baggageKg ?? 20} Kg`,
      passenger_name: `${p.title} ${p.firstName} ${p.lastName}`,
      passenger_age_group: p.type,
      passenger_id_number: p.passportNo ?? p.idNumber,
      passenger_birth_date: p.birthDate,
      passenger_ticket_number: issued ? d.ticketNumbers?.[i] ?? "" : "",
    })),
    check_in_baggage: String(carrier?.baggageKg ?? 20),
  };
}

/** GET /check_order/resendVoucher?…&order_hash: "sends" the voucher again (envelope only). */
export const resendVoucher: EndpointHandler = (ctx) => {
  const order = ctx.state.order(param(ctx, "order_id"));
  if (!order || order.orderHash !== param(ctx, "order_hash") || order.ticketStatus !== "issued") {
    return fail(ctx, 201, say(ctx, "Voucher not found", "Voucher tidak ditemukan"));
  }
  return ok(ctx, { message: say(ctx, `Voucher sent to ${order.contact.email}`, `Voucher dikirim ke ${order.contact.email}`) });
};
