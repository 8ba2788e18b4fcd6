/**
 * An order's clock, applied lazily whenever it is looked up:
 *   shoppingcart → (checkout_payment btn_booking=1) checkout → (confirmPayment) paid
 *   paid + issueDelayMs → ticket "issued" with a PNR per flight and a ticket number per passenger.
 * An unpaid order (shoppingcart or checkout) past `expiresAt` turns "expired" for good.
 *
 * Decision (unverified in the docs): ticket_status reads "booked" from add-order on (the seat is
 * held), "issued" after payment + issueDelayMs, and "expired" (with payment_status "expired" and
 * order_detail_status "expired") once an unpaid order runs out of time.
 */
import { createRng } from "../../mmbc/flights/prng.js";
import { findCarrier } from "../data/airlines.js";
import type { TiketOrder } from "../types.js";

interface Clock {
  now: () => number;
}

export function refreshOrder(order: TiketOrder, clock: Clock): void {
  const now = clock.now();
  const unpaid = order.paymentStatus === "shoppingcart" || order.paymentStatus === "checkout";
  if (unpaid && now >= order.expiresAt) {
    order.paymentStatus = "expired";
    order.ticketStatus = "expired";
    return;
  }
  if (order.paymentStatus === "paid" && order.ticketStatus !== "issued" && now >= (order.issueAt ?? now)) {
    issueOrder(order, Math.max(order.issueAt ?? now, order.paidAt ?? now));
  }
}

export function isUnpaid(order: TiketOrder): boolean {
  return order.paymentStatus === "shoppingcart" || order.paymentStatus === "checkout";
}

/** Marks the order paid; it turns issued `delayMs` later (immediately when 0). */
export function markPaid(order: TiketOrder, at: number, delayMs: number): void {
  order.paymentStatus = "paid";
  order.paidAt = at;
  order.issueAt = at + Math.max(0, delayMs);
  refreshOrder(order, { now: () => at });
}

export function issueOrder(order: TiketOrder, at: number): void {
  const rng = createRng(`tiket-issue|${order.orderId}|${order.createdAt}`);
  const letters = "ABCDEFGHJKLMNPQRSTUVWXYZ";
  const alnum = `${letters}23456789`;
  for (const detail of order.details) {
    if (detail.status !== "active") continue;
    detail.bookingCode = rng.pick([...letters]) + Array.from({ length: 5 }, () => rng.pick([...alnum])).join("");
    const prefix = findCarrier(detail.carrierCode)?.ticketPrefix ?? "000";
    detail.ticketNumbers = detail.passengers.map(() => `${prefix}${String(rng.int(0, 9_999_999_999)).padStart(10, "0")}`);
  }
  order.paymentStatus = "paid";
  order.ticketStatus = "issued";
  order.issuedAt = at;
}

/** Sum of the active details' prices. */
export function orderTotal(order: TiketOrder): number {
  return order.details.filter((d) => d.status === "active").reduce((sum, d) => sum + d.price, 0);
}
