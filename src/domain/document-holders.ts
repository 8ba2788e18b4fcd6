import type { PassengerInput } from "./passenger.js";

/** An earlier passenger of the same booking: their place (1-based) and what they gave. */
export interface Holder {
  n: number;
  passenger: Pick<PassengerInput, "fullName" | "idNumber" | "passport">;
}

/** "3174 0923 0290 0001", "c1234567": compared without spaces, dots or dashes, in one case. */
function key(number: string): string {
  return number.replace(/[\s.-]/g, "").toUpperCase();
}

/**
 * The other passenger who already has this KTP or passport number, if any: one document is one
 * person, and a booking with two identical ID numbers is a wrong ticket (or refused at issue). A KTP
 * and a passport number are compared too: the ID question also takes a passport number.
 */
export function holderOf(number: string | undefined, others: readonly Holder[]): Holder | undefined {
  if (!number) return undefined;
  const k = key(number);
  return others.find(({ passenger: p }) => [p.idNumber, p.passport?.number].some((x) => x !== undefined && x !== "" && key(x) === k));
}

/** The booking's other passengers (`self` left out), with their details so far, numbered from 1. */
export function holders(passengers: readonly (Holder["passenger"] | undefined)[], self: number): Holder[] {
  return passengers.flatMap((p, k) => (p && k !== self ? [{ n: k + 1, passenger: p }] : []));
}
