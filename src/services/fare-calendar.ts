import { stillBookable } from "../domain/offer-list.js";
import { addDays } from "date-fns/addDays";
import { format } from "date-fns/format";
import { parseISO } from "date-fns/parseISO";
import pLimit from "p-limit";
import { isProviderError } from "../domain/errors.js";
import type { FlightProvider, SearchOptions } from "../domain/flight-provider.js";
import type { FlightOffer, ProviderId, SearchQuery } from "../domain/flight.js";
import type { Rupiah } from "../domain/money.js";
import type { DaySearchIndex } from "../store/day-search-index.js";
import type { SearchCache } from "../store/search-cache.js";
import type { AccessPolicy, Actor } from "./access-policy.js";
import { usableProviders } from "./book-flight.js";

/** Days on each side of the asked date. */
export const CALENDAR_SPAN = 3;
/** Searches in flight at once: enough to be quick, few enough not to hammer the provider (or trip its limits). */
export const CALENDAR_CONCURRENCY = 3;

export type FareDay =
  | { date: string; kind: "past" }
  | { date: string; kind: "fare"; price: Rupiah; sid: string; flights: number; cached: boolean; missing?: ProviderId[] }
  | { date: string; kind: "none"; sid?: string; cached: boolean; missing?: ProviderId[] }
  | { date: string; kind: "failed" };

export interface CalendarDeps {
  access: AccessPolicy;
  searches: SearchCache;
  fareDays: DaySearchIndex;
  now: () => Date;
}

/**
 * The price a calendar shows for a flight. Plain lowest fares for now; when the agency's markup lands
 * (domain/customer-price.ts) this is the one place to point at it, so shared calendars quote customers.
 */
export function calendarPrice(offer: FlightOffer): Rupiah {
  return offer.price;
}

/** The dates of a calendar around `center` (yyyy-mm-dd), oldest first; days before `today` are marked past. */
export function calendarDates(center: string, today: string, span = CALENDAR_SPAN): { date: string; past: boolean }[] {
  const mid = parseISO(center);
  return Array.from({ length: span * 2 + 1 }, (_, i) => {
    const date = format(addDays(mid, i - span), "yyyy-MM-dd");
    return { date, past: date < today };
  });
}

function fareOf(date: string, sid: string, all: readonly FlightOffer[], cached: boolean, now: Date): FareDay {
  // Today's flights that leave within the hour can't be sold any more: they don't set the day's fare.
  const offers = stillBookable(all, now);
  if (offers.length === 0) return { date, kind: "none", sid, cached };
  return { date, kind: "fare", price: Math.min(...offers.map(calendarPrice)), sid, flights: offers.length, cached };
}

/**
 * A search that first looks for the same route, date and party this chat searched a moment ago (by the
 * fare calendar), so opening a calendar day shows its results without asking the provider again.
 */
export async function cachedSearch(deps: Pick<CalendarDeps, "searches" | "fareDays">, chatId: number, provider: FlightProvider, query: SearchQuery, options?: SearchOptions): Promise<FlightOffer[]> {
  const sid = await deps.fareDays.get(chatId, query);
  const entry = sid ? await deps.searches.get(sid, chatId) : undefined;
  // A partial answer (a provider failed) is asked again: that provider may answer now.
  if (entry && entry.offers.length > 0 && !entry.missing) return entry.offers;
  return provider.search(query, options);
}

export interface CalendarRequest {
  /** The search the calendar is drawn around (its date is the middle day). */
  query: SearchQuery;
  today: string;
  /** A search already made for one of the days (the results the calendar was opened from). */
  known?: { date: string; sid: string };
  /** Called as each day is known, in the order they arrive. */
  onDay?: (day: FareDay) => void;
}

/**
 * The cheapest fare of each day around a date, on the accounts this actor may use here (a stranger
 * never reaches the provider: `usableProviders` refuses first). Days run a few at a time; a day already
 * searched in this chat is read from the search cache instead; every day searched is stored there, so
 * opening it shows its results at once. One failed day does not spoil the others.
 */
export async function fareCalendar(deps: CalendarDeps, actor: Actor, request: CalendarRequest): Promise<FareDay[]> {
  const { search } = await usableProviders(deps.access, actor);
  const scope = actor.chat.id;
  const limit = pLimit(CALENDAR_CONCURRENCY);
  const report = (day: FareDay) => {
    request.onDay?.(day);
    return day;
  };
  const days = calendarDates(request.query.date, request.today).map(({ date, past }) => limit(async (): Promise<FareDay> => {
    if (past) return report({ date, kind: "past" });
    const query = { ...request.query, date };
    const knownSid = request.known?.date === date ? request.known.sid : await deps.fareDays.get(scope, query);
    const known = knownSid ? await deps.searches.get(knownSid, scope) : undefined;
    // A day searched while a provider failed is searched again: that provider may answer now.
    if (known && knownSid && !known.missing) {
      if (knownSid !== (await deps.fareDays.get(scope, query))) await deps.fareDays.set(scope, query, knownSid);
      return report(fareOf(date, knownSid, known.offers, true, deps.now()));
    }
    let offers: FlightOffer[];
    const missing: ProviderId[] = [];
    try {
      offers = await search.search(query, { onProviderFailed: (id) => missing.push(id) });
    } catch (e) {
      if (isProviderError(e, "no_flights")) offers = [];
      else if (isProviderError(e)) return report({ date, kind: "failed" });
      else throw e;
    }
    const sid = await deps.searches.put(scope, query, offers, deps.now(), undefined, missing);
    await deps.fareDays.set(scope, query, sid);
    const day = fareOf(date, sid, offers, false, deps.now());
    return report(missing.length > 0 && day.kind !== "failed" && day.kind !== "past" ? { ...day, missing } : day);
  }));
  return Promise.all(days);
}

/** The cheapest day of a calendar (the earliest when several tie), if any day has flights. */
export function cheapestDay(days: readonly FareDay[]): string | undefined {
  let best: Extract<FareDay, { kind: "fare" }> | undefined;
  for (const d of days) if (d.kind === "fare" && (!best || d.price < best.price)) best = d;
  return best?.date;
}
