import { isPayable } from "../domain/booking.js";
import type { AccountResolver } from "../domain/account-port.js";
import type { CardFlight, CustomerCard } from "../domain/customer-card.js";
import { paxTypeOf } from "../domain/customer-card.js";
import { basisFromTotal, customerPrice, NO_MARKUP, type FareBasis, type Markup } from "../domain/customer-price.js";
import { isProviderError, type ProviderError } from "../domain/errors.js";
import type { FlightOffer, ProviderId } from "../domain/flight.js";
import type { PaxCount } from "../domain/passenger.js";
import type { BookingStore } from "../store/booking-store.js";
import type { ChatSettingsStore } from "../store/chat-settings.js";
import type { SearchCache, SearchEntry } from "../store/search-cache.js";
import type { AccessPolicy, Actor } from "./access-policy.js";
import { quoteOffer } from "./book-flight.js";
import { findBooking } from "./booking-lookup.js";

export interface CustomerQuoteDeps {
  access: AccessPolicy;
  accounts: AccountResolver;
  bookings: BookingStore;
  searches: SearchCache;
  chatSettings: ChatSettingsStore;
}

/**
 * `unknown` covers expired results, forged ids, another chat's booking and people who may use no
 * account here alike: the caller answers them all the same way.
 */
export type CustomerQuote = { kind: "card"; card: CustomerCard } | { kind: "unknown" } | { kind: "failed"; error: ProviderError };

export const MAX_COMPARED = 3;

async function agencyOf(deps: CustomerQuoteDeps, chatId: number): Promise<{ markup: Markup; agency: CustomerCard["agency"] }> {
  const a = (await deps.chatSettings.get(chatId)).agency;
  return { markup: a?.markup ?? NO_MARKUP, agency: { name: a?.name, contact: a?.contact } };
}

/**
 * The markup of a card someone shares inline (a flight, the ±3 days calendar): their own agency
 * settings, those of their private chat, since an inline query belongs to no chat.
 */
export async function sharerMarkup(deps: Pick<CustomerQuoteDeps, "chatSettings">, userId: number): Promise<Markup> {
  return (await deps.chatSettings.get(userId)).agency?.markup ?? NO_MARKUP;
}

type FlightFacts = Pick<FlightOffer, "airlineName" | "flightCode" | "from" | "to" | "date" | "departsAt" | "stops"> & { arrivesAt?: string; baggage?: string };

function cardFlight(o: FlightFacts, basis: FareBasis, markup: Markup): CardFlight {
  return {
    airlineName: o.airlineName, flightCode: o.flightCode, from: o.from, to: o.to, date: o.date,
    departsAt: o.departsAt, arrivesAt: o.arrivesAt, stops: o.stops, baggage: o.baggage, price: customerPrice(basis, markup),
  };
}

/** 1–3 flights of a search, at the search's per-adult fares: no provider call. */
export async function offersCard(deps: CustomerQuoteDeps, actor: Actor, sid: string, indices: readonly number[]): Promise<CustomerQuote> {
  if (indices.length === 0 || indices.length > MAX_COMPARED) return { kind: "unknown" };
  if (!(await deps.access.access(actor)).ok) return { kind: "unknown" };
  const entry = await deps.searches.get(sid, actor.chat.id);
  const offers = indices.map((i) => entry?.offers[i]);
  if (!entry || offers.some((o) => !o)) return { kind: "unknown" };
  const { markup, agency } = await agencyOf(deps, actor.chat.id);
  const pax = entry.query.pax;
  const flights = (offers as FlightOffer[]).map((o) => cardFlight(o, { kind: "each", pax, fares: { adult: o.price } }, markup));
  return { kind: "card", card: { source: "search", flights, pax, agency } };
}

/** One flight re-priced live for the searched party, on the account this actor uses here. */
export async function quoteCard(deps: CustomerQuoteDeps, actor: Actor, sid: string, index: number): Promise<CustomerQuote> {
  if (!(await deps.access.access(actor)).ok) return { kind: "unknown" };
  const entry = await deps.searches.get(sid, actor.chat.id);
  const offer = entry?.offers[index];
  if (!entry || !offer) return { kind: "unknown" };
  try {
    const quote = await quoteOffer(deps.access, actor, offer, entry.query.pax);
    const { markup, agency } = await agencyOf(deps, actor.chat.id);
    const flight = cardFlight({ ...quote.offer, baggage: quote.offer.baggage ?? offer.baggage }, quote.each ? { kind: "each", pax: quote.pax, fares: quote.each } : basisFromTotal(quote.total, quote.pax), markup);
    return { kind: "card", card: { source: "quote", flights: [flight], pax: quote.pax, agency } };
  } catch (e) {
    if (isProviderError(e)) return { kind: "failed", error: e };
    throw e;
  }
}

/**
 * A booking of this chat, through the lookup use case (trust model): another chat's code or a stranger
 * reads as unknown. After issuing the card carries the ticket numbers.
 */
export async function bookingCard(deps: CustomerQuoteDeps, actor: Actor, provider: ProviderId, code: string): Promise<CustomerQuote> {
  const found = await findBooking(deps, actor, code, provider);
  if (found.kind === "failed") return { kind: "failed", error: found.error };
  // A code the provider knows but the bot never booked has no flight or fares to show.
  if (found.kind !== "own") return { kind: "unknown" };
  const { record } = found;
  const b = record.booking;
  const pax: PaxCount = { adult: 0, child: 0, infant: 0 };
  const passengers = b.passengers.map((p, i) => {
    const type = paxTypeOf(p.type);
    pax[type]++;
    return { name: `${p.title} ${p.fullName}`.trim(), type, ticket: record.ticketNumbers?.[i] };
  });
  if (passengers.length === 0) pax.adult = 1;
  const issued = b.status === "issued" || record.issuedAt !== undefined;
  const waiting = !issued && isPayable(b.status);
  const { markup, agency } = await agencyOf(deps, actor.chat.id);
  const basis: FareBasis = b.fares.each ? { kind: "each", pax, fares: b.fares.each } : basisFromTotal(b.fares.total, pax);
  const flight = cardFlight({ ...b, date: b.departsAt.slice(0, 10) }, basis, markup);
  return {
    kind: "card",
    card: { source: "booking", flights: [flight], pax, agency, booking: { code: b.pnr ?? b.code, payBefore: waiting ? b.timelimit : undefined, issued, passengers } },
  };
}

/** A search this actor may make cards from (the flight picker lists it); undefined reads as expired. */
export async function searchForCard(deps: CustomerQuoteDeps, actor: Actor, sid: string): Promise<SearchEntry | undefined> {
  if (!(await deps.access.access(actor)).ok) return undefined;
  return deps.searches.get(sid, actor.chat.id);
}
