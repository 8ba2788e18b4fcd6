import type { BookingStatus, IssueResult } from "../../domain/booking.js";
import { statusTextCut } from "../../domain/provider-status-text.js";
import type { CheckOrderWire } from "./wire-schemas.js";
import { wireInstant } from "./wire-values.js";

const lower = (s: string | undefined) => (s ?? "").trim().toLowerCase();

/**
 * check_order → domain status. `ticket_status` "issued" wins; a paid order not yet issued is "pending";
 * an unpaid one ("shoppingcart"/"checkout") is "waiting" until its expiry passes. Anything else is kept as text.
 * The expiry is WIB on the wire whatever the display zone, which callers still pass and which is unused.
 */
export function toStatus(wire: CheckOrderWire, now: Date, _displayZone?: string): BookingStatus {
  const detail = wire.order__cart_detail[0]?.detail;
  const pay = lower(wire.payment_status);
  const ticket = lower(detail?.ticket_status);
  const line = lower(detail?.order_detail_status);
  const all = [pay, ticket, line];
  if (ticket === "issued") return "issued";
  if (all.some((s) => s.startsWith("cancel") || s === "deleted" || s === "refund")) return "cancel";
  if (all.includes("expired")) return "expired";
  if (pay === "paid") return "pending";
  if (pay === "shoppingcart" || pay === "checkout" || pay === "") {
    const expiry = wireInstant(detail?.order_expire_datetime);
    if (expiry && new Date(expiry).getTime() <= now.getTime()) return "expired";
    return pay === "" && !ticket ? { unknown: "(no payment status)" } : "waiting";
  }
  return { unknown: statusTextCut(wire.payment_status ?? "") };
}

/** The airline PNR (`booking_code`, empty until issued) and every passenger's ticket number. */
export function issuedDetails(wire: CheckOrderWire): { pnr?: string; ticketNumbers: string[] } {
  const pnr = wire.order__cart_detail.map((d) => d.detail?.booking_code).find(Boolean);
  const ticketNumbers = wire.order__cart_detail
    .flatMap((d) => [...d.passanger, ...d.passenger])
    .map((p) => p.passenger_ticket_number)
    .filter((t): t is string => !!t);
  return { pnr, ticketNumbers: [...new Set(ticketNumbers)] };
}

export function toIssueResult(code: string, wire: CheckOrderWire | undefined, status: BookingStatus | undefined): IssueResult {
  const found = wire ? issuedDetails(wire) : { ticketNumbers: [] };
  const message = status === "issued"
    ? `Order ${code} paid from the deposit and issued${found.pnr ? ` (PNR ${found.pnr})` : ""}.`
    : `Order ${code} paid from the deposit; the airline has not issued the ticket yet.`;
  return { code, pnr: found.pnr, ticketNumbers: found.ticketNumbers, message, ...(status !== "issued" && { awaitingTickets: true }) };
}

/** The voucher link, where the answer has one (`print_uri` in the 2016 docs). */
export function voucherLink(wire: CheckOrderWire): string | undefined {
  return wire.order__cart_detail.map((d) => d.print_uri).find(Boolean);
}

/**
 * A voucher link the bot may fetch: on the configured API's host, over its scheme. The docs' example
 * is plain http on the API host while the API is https: that link is read over https, never downgraded
 * (it carries the order's hash). A link to any other host is not fetched (the caller says the voucher
 * was e-mailed, as tiket.com does: spec §9).
 */
export function fetchableVoucher(link: string, base: URL): string | undefined {
  let url: URL;
  try {
    // A path alone ("/order/print_voucher/…", as the docs show it) is on the API's host.
    url = /^\/(?!\/)/.test(link) ? new URL(link, base) : new URL(link);
  } catch {
    return undefined;
  }
  if (url.hostname !== base.hostname || (url.protocol !== "http:" && url.protocol !== "https:")) return undefined;
  if (url.protocol !== base.protocol) {
    url.protocol = base.protocol;
    url.port = base.port;
  }
  return url.origin === base.origin ? url.toString() : undefined;
}
