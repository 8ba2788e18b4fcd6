import type { Rupiah } from "./money.js";
import type { PassengerType, PaxCount } from "./passenger.js";

/**
 * The agency's markup on the airline's published fare (tax included) — what the customer pays the
 * agency. Never applied to the agent's net (NTA): the customer card starts from the public price.
 */
export interface Markup {
  /** Added per passenger who occupies a seat (adults and children; infants only with `infantFixed`). */
  fixed: Rupiah;
  /** Basis points of each passenger's fare, on every passenger type: 250 = 2,5 %. */
  percentBp: number;
  /** Every customer price is rounded UP to a multiple of this (1 = whole rupiah, no rounding). */
  roundTo: Rupiah;
  /** Infants sit on a lap and usually pay ~10 % of the adult fare: by default they get no fixed fee. */
  infantFixed: boolean;
}

export const NO_MARKUP: Markup = { fixed: 0, percentBp: 0, roundTo: 1, infantFixed: false };

export const PAX_TYPES: readonly PassengerType[] = ["adult", "child", "infant"];

/** The next multiple of `step` at or above `amount` (amount ≥ 0, step ≥ 1). */
export function roundUpTo(amount: Rupiah, step: Rupiah): Rupiah {
  return Math.ceil(amount / step) * step;
}

function fixedFor(type: PassengerType, m: Markup): Rupiah {
  return type === "infant" && !m.infantFixed ? 0 : m.fixed;
}

/**
 * Rounded up to the step, exactly: (fare·(10000 + bp) + fixed·10000) / 10000 computed on integers
 * and only then rounded up, so 2,5 % of Rp 1.000.001 never loses its fraction before rounding.
 */
function markedUp(fare: Rupiah, fixed: Rupiah, m: Markup): Rupiah {
  const scaled = fare * (10_000 + m.percentBp) + fixed * 10_000;
  return Math.ceil(scaled / (10_000 * m.roundTo)) * m.roundTo;
}

/** One passenger's price for the customer. */
export function customerFare(fare: Rupiah, type: PassengerType, m: Markup): Rupiah {
  return markedUp(fare, fixedFor(type, m), m);
}

/** What the provider tells us about a party's price: per passenger type, or only the party's total. */
export type FareBasis =
  | { kind: "each"; pax: PaxCount; fares: Partial<Record<PassengerType, Rupiah>> }
  | { kind: "party"; pax: PaxCount; total: Rupiah };

export interface PriceLine {
  type: PassengerType;
  count: number;
  /** The customer's price for one passenger of this type. */
  each: Rupiah;
  subtotal: Rupiah;
}

/**
 * The customer's price of a party. `lines` when each type's fare is known (the total is then the sum
 * of the rounded lines, so the card always adds up); only a `total` when the provider gave the party's
 * total alone; no total when a type in the party has no known fare (a search lists the adult fare only).
 */
export interface CustomerPrice {
  lines: PriceLine[];
  total?: Rupiah;
}

/** A party total that splits evenly over adults only is a per-adult fare in disguise: show it so. */
export function basisFromTotal(total: Rupiah, pax: PaxCount): FareBasis {
  if (pax.child + pax.infant === 0 && pax.adult > 0 && total % pax.adult === 0) return { kind: "each", pax, fares: { adult: total / pax.adult } };
  return { kind: "party", pax, total };
}

export function customerPrice(basis: FareBasis, m: Markup): CustomerPrice {
  const { pax } = basis;
  if (basis.kind === "party") {
    // Percent on the whole fare, fixed per chargeable passenger; one rounding for the one total shown.
    const chargeable = pax.adult + pax.child + (m.infantFixed ? pax.infant : 0);
    return { lines: [], total: markedUp(basis.total, m.fixed * chargeable, m) };
  }
  const lines: PriceLine[] = [];
  let complete = true;
  for (const type of PAX_TYPES) {
    const count = pax[type];
    if (count === 0) continue;
    const fare = basis.fares[type];
    if (fare === undefined) {
      complete = false;
      continue;
    }
    const each = customerFare(fare, type, m);
    lines.push({ type, count, each, subtotal: each * count });
  }
  return { lines, total: complete ? lines.reduce((sum, l) => sum + l.subtotal, 0) : undefined };
}
