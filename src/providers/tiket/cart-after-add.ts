import type { BookingRequest } from "../../domain/booking.js";
import type { PassengerType } from "../../domain/passenger.js";
import { CART_EMPTY } from "./failure-mapping.js";
import type { CartContext } from "./cart-flow.js";
import type { Params } from "./tiket-http.js";
import { cartPassengersSchema, orderSchema, type OrderWire } from "./wire-schemas.js";

/**
 * The cart read after an add-order whose answer does not say it went in (lost, or a failure that is no
 * known refusal): /order, the spec's own next step (§6: "No order id is returned: call /order next"), and
 * how the cart's content is taken for this booking or not. Add-order itself is never sent again.
 */

const ORDER = "order";
const LETTER: Record<PassengerType, "a" | "c" | "i"> = { adult: "a", child: "c", infant: "i" };

/** What the cart holds after the add-order; undefined when that can't be told from its answer. */
export type CartReading = { kind: "empty" } | { kind: "order"; order: OrderWire };

export async function readCart(ctx: CartContext, token: string): Promise<CartReading | undefined> {
  // An empty cart may come as 201 "Cart is empty" (a notice, not a failure of the read).
  const { body } = await ctx.http.get(ORDER, { token, lang: ctx.lang }, "read", { acceptNotice: isEmptyCart });
  if (isEmptyCart(body)) return { kind: "empty" };
  const parsed = orderSchema.safeParse(body);
  return parsed.success ? { kind: "order", order: parsed.data.myorder } : undefined;
}

const blank = (v: unknown) => v === undefined || v === null || v === "" || v === 0 || v === "0";
const noEntries = (v: unknown) => blank(v) || (Array.isArray(v) && v.length === 0) || (typeof v === "object" && v !== null && Object.keys(v).length === 0);

/**
 * Empty under every reading: `myorder` with no order id and no detail, or no `myorder` at all with the
 * provider saying in words that the cart is empty. A body that shows any order id or detail is not.
 */
function isEmptyCart(body: Record<string, unknown>): boolean {
  const my = body.myorder;
  const orderless = noEntries(my) || (typeof my === "object" && my !== null && !Array.isArray(my)
    && blank((my as Record<string, unknown>).order_id) && noEntries((my as Record<string, unknown>).data));
  if (!orderless) return false;
  if (typeof my === "object" && my !== null && !Array.isArray(my)) return true;
  const said = (body.diagnostic as { error_msgs?: unknown } | undefined)?.error_msgs;
  return typeof said === "string" && CART_EMPTY.test(said.toLowerCase());
}

const person = (first: unknown, last: unknown) =>
  `${String(first ?? "")} ${String(last ?? "")}`.normalize("NFKD").replace(/\p{M}/gu, "").replace(/\s+/g, " ").trim().toUpperCase();
const flightKey = (code: string) => code.replace(/[\s-]/g, "").toUpperCase();

/** One flight detail, this flight (and date, when the cart gives one), and the same passengers of each type. */
export function isThisBooking(order: OrderWire, sent: Params, r: BookingRequest): boolean {
  if (order.data.length !== 1) return false;
  const entry = order.data[0]! as OrderWire["data"][number] & { order_type?: unknown };
  if (entry.order_type !== undefined && entry.order_type !== "flight") return false;
  const detail = entry.detail as (NonNullable<typeof entry.detail> & { passengers?: unknown }) | undefined;
  if (!detail?.flight_number || flightKey(detail.flight_number) !== flightKey(r.flightCode)) return false;
  const dates = [detail.real_flight_date, detail.flight_date].filter((d): d is string => !!d && /^\d{4}-\d{2}-\d{2}$/.test(d));
  if (dates.some((d) => d !== r.date)) return false;
  const listed = cartPassengersSchema.safeParse(detail.passengers);
  if (detail.passengers === undefined || !listed.success) return false;
  return (Object.keys(LETTER) as PassengerType[]).every((type) => {
    const x = LETTER[type];
    const asSent = Array.from({ length: r.pax[type] }, (_, i) => person(sent[`firstname${x}${i + 1}`], sent[`lastname${x}${i + 1}`])).sort();
    const inCart = listed.data[type].map((p) => person(p.first_name, p.last_name)).sort();
    return asSent.length === inCart.length && asSent.every((name, i) => name === inCart[i]);
  });
}
