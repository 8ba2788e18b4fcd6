import type { FlightOffer } from "../../domain/flight.js";

/** "JT-690", "JT 690", "jt690" → "JT690". */
function flightKey(o: FlightOffer): string {
  return `${o.flightCode.toUpperCase().replace(/[^A-Z0-9]/g, "")}@${o.departsAt}`;
}

/**
 * One list from several providers: the same flight (same flight number and departure) appears once,
 * at the cheaper provider's price; the kept offer says which provider it comes from.
 */
export function mergeOffers(lists: readonly FlightOffer[][]): FlightOffer[] {
  const best = new Map<string, FlightOffer>();
  for (const offer of lists.flat()) {
    const key = flightKey(offer);
    const seen = best.get(key);
    if (!seen || offer.price < seen.price) best.set(key, offer);
  }
  return [...best.values()].sort((a, b) => a.price - b.price || a.departsAt.localeCompare(b.departsAt));
}
