import { departureInstant } from "./airport-zones.js";
import type { FlightOffer, TimeOfDay } from "./flight.js";
import { timeOfDay } from "./flight.js";

export type SortKey = "price" | "departure";

export interface ListView {
  sort: SortKey;
  airline?: string;
  time?: TimeOfDay;
  page: number;
}

export const PAGE_SIZE = 6;

/** Local "HH:mm" of an ISO instant with offset (offers carry the airport's local offset). */
export function localClock(iso: string): string {
  return iso.slice(11, 16);
}

export function applyView(offers: readonly FlightOffer[], view: ListView) {
  const filtered = offers.filter(
    (o) => (!view.airline || o.airlineCode === view.airline) && (!view.time || timeOfDay(localClock(o.departsAt)) === view.time),
  );
  const sorted = [...filtered].sort((a, b) =>
    view.sort === "price" ? a.price - b.price || a.departsAt.localeCompare(b.departsAt) : a.departsAt.localeCompare(b.departsAt) || a.price - b.price,
  );
  const pages = Math.max(1, Math.ceil(sorted.length / PAGE_SIZE));
  const page = Math.min(Math.max(0, view.page), pages - 1);
  return { items: sorted.slice(page * PAGE_SIZE, page * PAGE_SIZE + PAGE_SIZE), page, pages, total: sorted.length, all: sorted };
}

/** Airlines present in the results, cheapest first: the airline filter's choices. */
export function airlinesIn(offers: readonly FlightOffer[]): { code: string; name: string }[] {
  const seen = new Map<string, { code: string; name: string; price: number }>();
  for (const o of offers) {
    const s = seen.get(o.airlineCode);
    if (!s || o.price < s.price) seen.set(o.airlineCode, { code: o.airlineCode, name: o.airlineName, price: o.price });
  }
  return [...seen.values()].sort((a, b) => a.price - b.price).map(({ code, name }) => ({ code, name }));
}

/**
 * Minutes before departure after which a flight is no longer offered or booked. Domestic check-in
 * closes 30–45 min before departure and a booking still has to be issued and the ticket reach the
 * passenger: an hour is the least an agent can sell with a straight face.
 */
export const DEPARTURE_CUTOFF_MINUTES = 60;

/** Whether a flight leaves too soon (or has left) to be sold at `now`, by its departure airport's clock. */
export function departedFor(offer: Pick<FlightOffer, "departsAt" | "from">, now: Date): boolean {
  const departs = departureInstant(offer);
  return Number.isFinite(departs) && departs < now.getTime() + DEPARTURE_CUTOFF_MINUTES * 60_000;
}

/** The offers still sellable at `now` (today's list loses the flights that left or close soon). */
export function stillBookable<T extends Pick<FlightOffer, "departsAt" | "from">>(offers: readonly T[], now: Date): T[] {
  return offers.filter((o) => !departedFor(o, now));
}
