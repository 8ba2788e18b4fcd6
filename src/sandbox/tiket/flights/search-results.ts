/**
 * Which flights a search shows, and the "cached first search" the docs describe.
 *
 * The first search of a route and date (per sandbox run) answers from a "cache" that holds only part
 * of the day's flights; the full list is there `searchRefreshMs` later (default 1000 ms, 0 = always
 * complete). /ajax/mCheckFlightUpdated tells a token how many flights it has not seen yet: > 0 while
 * its last search of that route was partial (also while the refresh is still running, so a client
 * that polls keeps searching until it gets the full list), 0 once its last search was complete.
 *
 * Flights that already left (or leave within 2 hours) and flights without enough seats for the
 * party (adults + children) are never shown.
 */
import { hashSeed } from "../../mmbc/flights/prng.js";
import type { TiketState } from "../state/tiket-state.js";
import { generateFlights, type SandboxFlight } from "./generate-flights.js";
import type { Party } from "./flight-view.js";

export function routeKey(from: string, to: string, date: string): string {
  return `${from.toUpperCase()}|${to.toUpperCase()}|${date}`;
}

export interface RouteResults {
  /** What this search shows. */
  visible: SandboxFlight[];
  /** Everything bookable once the cache is complete. */
  available: SandboxFlight[];
  complete: boolean;
  /** When the shown data was "fetched": first search while partial, completion after. */
  cachedAt: number;
}

/** Starts the route's refresh clock on its first search. */
export function touchRoute(state: TiketState, key: string): void {
  if (!state.routeCompleteAt.has(key)) state.routeCompleteAt.set(key, state.now() + Math.max(0, state.searchRefreshMs));
}

export function routeResults(state: TiketState, from: string, to: string, date: string, party: Party): RouteResults {
  const key = routeKey(from, to, date);
  const completeAt = state.routeCompleteAt.get(key) ?? state.now();
  const complete = state.now() >= completeAt;
  const available = generateFlights(from, to, date).filter((f) => bookable(state, f, party));
  let visible = available;
  if (!complete) {
    const half = available.filter((f) => hashSeed(f.id) % 2 === 0);
    visible = half.length > 0 || available.length === 0 ? half : available.slice(0, 1);
    if (visible.length === available.length && available.length > 1) visible = available.slice(0, -1);
  }
  const cachedAt = complete ? completeAt : completeAt - Math.max(0, state.searchRefreshMs);
  return { visible, available, complete, cachedAt };
}

export function bookable(state: TiketState, flight: SandboxFlight, party: Party): boolean {
  if (state.seatsLeft(flight.number, flight.date, flight.baseSeats) < party.adult + party.child) return false;
  return departureInstant(flight) >= state.now() + 2 * 3_600_000;
}

export function departureInstant(flight: SandboxFlight): number {
  const depart = flight.legs[0]?.depart ?? 0;
  return Date.parse(`${flight.date}T00:00:00Z`) + depart * 60_000 - flight.from.utcOffset * 3_600_000;
}
