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

/** A markup that changes a price at all (an amount, a percentage or a rounding step). */
const marksUp = (m: Markup | undefined): m is Markup => m !== undefined && (m.fixed > 0 || m.percentBp > 0 || m.roundTo > 1);

/** The markup on someone's inline shares and where it comes from, said on every result (to the sharer only). */
export type ShareMarkup =
  | { source: "private"; markup: Markup }
  | { source: "group"; markup: Markup; chatId: number; agencyName?: string }
  | { source: "none"; markup: Markup };

/**
 * The markup of a card someone shares inline (a flight, the ±3 days calendar). An inline query belongs
 * to no chat, so:
 * 1. the markup set in their private chat, when there is one (their own choice for what they share);
 * 2. else that of the agency group they last made a 📤 customer card in or set the agency's markup or
 *    details in (`noteShareGroup`), while they are still in it: `inGroup` asks Telegram;
 *    a group they have left is forgotten;
 * 3. else none, which the result says, so a margin is never dropped unsaid.
 * Only a chat the person acted in can lend its markup: nothing names a group but their own act there.
 */
export async function shareMarkup(deps: Pick<CustomerQuoteDeps, "chatSettings">, userId: number, inGroup?: (chatId: number) => Promise<boolean>): Promise<ShareMarkup> {
  const own = await deps.chatSettings.get(userId);
  if (marksUp(own.agency?.markup)) return { source: "private", markup: own.agency.markup };
  const from = own.shareMarkupFrom;
  if (from !== undefined) {
    if (inGroup && !(await inGroup(from))) {
      await deps.chatSettings.update(userId, (s) => (s.shareMarkupFrom === from ? { ...s, shareMarkupFrom: undefined } : s));
    } else {
      const agency = (await deps.chatSettings.get(from)).agency;
      if (marksUp(agency?.markup)) return { source: "group", markup: agency.markup, chatId: from, agencyName: agency.name };
    }
  }
  return { source: "none", markup: NO_MARKUP };
}

/** `shareMarkup`'s markup alone. */
export async function sharerMarkup(deps: Pick<CustomerQuoteDeps, "chatSettings">, userId: number, inGroup?: (chatId: number) => Promise<boolean>): Promise<Markup> {
  return (await shareMarkup(deps, userId, inGroup)).markup;
}

/**
 * A customer card made in a group (after its access check): that group's markup is what this person sells
 * with, so their inline shares use it too (`shareMarkup`). Written only when it changes. Any other act of
 * theirs in a group that sets or uses its customer prices may note it the same way (after its own check).
 */
export async function noteShareGroup(deps: Pick<CustomerQuoteDeps, "chatSettings">, actor: Actor): Promise<void> {
  if (actor.chat.type !== "group" && actor.chat.type !== "supergroup") return;
  if ((await deps.chatSettings.get(actor.userId)).shareMarkupFrom === actor.chat.id) return;
  await deps.chatSettings.update(actor.userId, (s) => ({ ...s, shareMarkupFrom: actor.chat.id }));
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
  await noteShareGroup(deps, actor);
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
    await noteShareGroup(deps, actor);
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
  await noteShareGroup(deps, actor);
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
