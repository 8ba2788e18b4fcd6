/** The `/order` (view cart) payload, shaped like the docs' example plus the newer fields. */
import { findCarrier } from "../data/airlines.js";
import { findAirport } from "../data/airports.js";
import type { EndpointContext } from "../http/context.js";
import { orderTotal } from "../state/order-lifecycle.js";
import type { TiketOrder, TiketOrderDetail, TiketPassenger } from "../types.js";
import { money, shortDate, zonedDateTime } from "../wire/format.js";

export function cartPayload(ctx: EndpointContext, order: TiketOrder): Record<string, unknown> {
  const total = orderTotal(order);
  const minutesLeft = Math.max(0, Math.ceil((order.expiresAt - ctx.state.now()) / 60_000));
  const data = order.details.filter((d) => d.status === "active").map((d) => detailEntry(ctx, order, d, minutesLeft));
  return {
    myorder: {
      order_id: order.orderId,
      data,
      total,
      total_tax: 0,
      total_without_tax: total,
      count_installment: 0,
      promo: [],
      discount: "",
      discount_amount: "0.00",
      order_expire_datetime: zonedDateTime(order.expiresAt, ctx.state.timeZone),
    },
    checkout: `${ctx.origin}/order/checkout/${order.orderId}/IDR`,
  };
}

/** "CGK (Jakarta - Cengkareng) - DPS (Denpasar, Bali)" */
export function orderName(d: TiketOrderDetail): string {
  const place = (code: string) => `${code} (${findAirport(code)?.locationName ?? code})`;
  return `${place(d.from)} - ${place(d.to)}`;
}

/** "Lion (JT-568 - Depart)" */
export function orderNameDetail(d: TiketOrderDetail): string {
  return `${findCarrier(d.carrierCode)?.cartName ?? d.carrierCode} (${d.flightNumber} - ${d.trip === "return" ? "Return" : "Depart"})`;
}

/** "SOEKARNO - HATTA" → "Soekarno - Hatta" */
export function titleCase(text: string): string {
  return text.toLowerCase().replace(/\b[a-z]/g, (c) => c.toUpperCase());
}

function detailEntry(ctx: EndpointContext, order: TiketOrder, d: TiketOrderDetail, minutesLeft: number) {
  const carrier = findCarrier(d.carrierCode);
  const slug = carrier?.slug ?? d.carrierCode.toLowerCase();
  const expired = order.paymentStatus === "expired";
  return {
    expire: expired ? 0 : minutesLeft,
    uri: slug,
    order_detail_id: d.orderDetailId,
    order_type: "flight",
    customer_price: money(d.price),
    order_name: orderName(d),
    order_name_detail: orderNameDetail(d),
    order_detail_status: expired ? "expired" : "active",
    detail: {
      order_detail_id: d.orderDetailId,
      airlines_name: carrier?.cartName ?? d.carrierCode,
      flight_number: d.flightNumber,
      price_adult: money(d.priceAdult),
      price_child: money(d.child > 0 ? d.priceChild : 0),
      price_infant: money(d.infant > 0 ? d.priceInfant : 0),
      flight_date: shortDate(d.date),
      real_flight_date: d.date,
      departure_time: d.departure.slice(11, 16),
      arrival_time: d.arrival.slice(11, 16),
      trip: d.trip,
      departure_city: d.from,
      departure_city_name: findAirport(d.from)?.locationName ?? d.from,
      arrival_city: d.to,
      arrival_city_name: findAirport(d.to)?.locationName ?? d.to,
      baggage_fee: null,
      departure_airport_name: titleCase(findAirport(d.from)?.airportName ?? d.from),
      arrival_airport_name: titleCase(findAirport(d.to)?.airportName ?? d.to),
      passengers: passengersByType(d),
      price: d.price,
      breakdown_price: breakdown(d),
    },
    order_photo: carrier?.image ?? "",
    order_icon: "h3b",
    tax_and_charge: "0.00",
    subtotal_and_charge: money(d.price),
    delete_uri: `${ctx.origin}/order/delete_order?order_detail_id=${d.orderDetailId}`,
  };
}

function passengersByType(d: TiketOrderDetail): Record<string, unknown[]> {
  const out: Record<string, unknown[]> = {};
  for (const p of d.passengers) (out[p.type] ??= []).push(passengerEntry(d, p));
  return out;
}

function passengerEntry(d: TiketOrderDetail, p: TiketPassenger): Record<string, unknown> {
  return {
    order_passenger_id: p.passengerId,
    order_detail_id: d.orderDetailId,
    type: p.type,
    first_name: p.firstName,
    last_name: p.lastName,
    title: p.title,
    id_number: p.idNumber || null,
    birth_date: p.birthDate,
    adult_index: p.parent === undefined ? null : String(p.parent),
    passport_no: p.passportNo ?? null,
    passport_expiry: p.passportExpiry ?? null,
    passport_issuing_country: p.passportIssuing ?? null,
    passport_nationality: p.passportNationality ?? null,
    check_in_baggage: null,
    check_in_baggage_size: null,
    passport_issued_date: p.passportIssued ?? null,
    birth_country: null,
  };
}

function breakdown(d: TiketOrderDetail): Record<string, unknown>[] {
  const line = (category: string, type: string, value: number, text: string) => ({ category, type, value, currency: "IDR", text });
  return [
    line("price adult", "none", d.priceAdult * d.adult, "Harga Dewasa"),
    ...(d.child > 0 ? [line("price child", "none", d.priceChild * d.child, "Harga Anak")] : []),
    ...(d.infant > 0 ? [line("price infant", "none", d.priceInfant * d.infant, "Harga Bayi")] : []),
    line("total base price", "price", d.price, "Harga Total"),
    line("baggage fee", "add", 0, "Biaya Bagasi"),
    line("subsidy", "subtract", 0, "Subsidi"),
  ];
}
