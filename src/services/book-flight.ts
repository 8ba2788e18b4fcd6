import type { ChatProviders } from "../domain/account-port.js";
import type { Booking } from "../domain/booking.js";
import { isProviderError, ProviderError } from "../domain/errors.js";
import type { FlightProvider } from "../domain/flight-provider.js";
import type { FlightOffer, ProviderId, Quote } from "../domain/flight.js";
import type { Rupiah } from "../domain/money.js";
import type { Contact, PassengerInput, PaxCount } from "../domain/passenger.js";
import { bookingRecord, type BookingStore } from "../store/booking-store.js";
import type { ContactStore } from "../store/contact-store.js";
import type { UncertainBookings } from "../store/uncertain-bookings.js";
import type { AccessPolicy, Actor } from "./access-policy.js";
import type { ReminderScheduler } from "./scheduler-port.js";

/** The accounts this actor may use here; a refusal is a typed error the conversation shows and survives. */
export async function usableProviders(access: AccessPolicy, actor: Actor): Promise<ChatProviders> {
  const a = await access.access(actor);
  if (!a.ok) throw new ProviderError("access_denied", `no account usable here: ${a.reason}`, { messages: [a.reason] });
  return a.providers;
}

async function ownerOf(access: AccessPolicy, actor: Actor, provider: ProviderId): Promise<{ owner: FlightProvider; account?: string }> {
  const providers = await usableProviders(access, actor);
  const owner = providers.byId[provider];
  if (!owner) throw new ProviderError("unavailable", `provider ${provider} is not configured`);
  return { owner, account: provider === "mmbc" ? providers.account : undefined };
}

/** Live price and seats of one offer, on the account this actor uses here. */
export async function quoteOffer(access: AccessPolicy, actor: Actor, offer: FlightOffer, pax: PaxCount): Promise<Quote> {
  return (await ownerOf(access, actor, offer.provider)).owner.quote(offer, pax);
}

export interface BookDeps {
  access: AccessPolicy;
  bookings: BookingStore;
  contacts: ContactStore;
  now: () => Date;
  jobs?: ReminderScheduler;
  uncertain?: UncertainBookings;
}

export interface BookInput {
  quote: Quote;
  /** The total the agent saw and agreed to last (after any price change). */
  acceptedTotal: Rupiah;
  passengers: PassengerInput[];
  contact: Contact;
  captcha?: { answer: string; session: string };
  bookedBy: { id: number; name: string };
  locale: string;
  /** The agent was told an earlier booking of this flight may exist, and books again anyway. */
  despiteUncertain?: boolean;
}

export type BookResult =
  | { kind: "booked"; booking: Booking; /** The provider booked at another total than the one agreed to. */ differs?: { accepted: Rupiah; booked: Rupiah } }
  | { kind: "price_changed"; fresh: Quote }
  | { kind: "sold_out"; seats: number }
  /** An earlier booking of this flight by this member here got no answer: it may exist (nothing was done now). */
  | { kind: "maybe_booked"; names: string };

/**
 * Books (holds) one offer. Money rule: the price is checked right before booking and the booking is
 * made only at the total the agent accepted; any change goes back to the agent, as many times as it
 * moves. The booking call itself is made once and never retried (a timeout is "outcome unknown").
 * A captcha answer is bound to the quote it came with, so with a captcha the re-check is skipped and
 * the booked total is compared instead.
 */
export async function bookFlight(deps: BookDeps, actor: Actor, input: BookInput): Promise<BookResult> {
  const { quote } = input;
  const o = quote.offer;
  const { owner, account } = await ownerOf(deps.access, actor, o.provider);
  const flight = `${o.provider}:${o.flightCode}:${o.date}`;
  const earlier = input.despiteUncertain ? undefined : await deps.uncertain?.names(actor.chat.id, actor.userId, flight);
  if (earlier) return { kind: "maybe_booked", names: earlier };
  let priced = quote;
  if (!input.captcha) {
    const fresh = await owner.quote(o, quote.pax);
    const seatsNeeded = quote.pax.adult + quote.pax.child + quote.pax.infant;
    if (fresh.seatsLeft < seatsNeeded) return { kind: "sold_out", seats: fresh.seatsLeft };
    if (fresh.total !== input.acceptedTotal) return { kind: "price_changed", fresh };
    priced = fresh;
  }
  const made = await owner.book({
    provider: o.provider, offerRef: o.ref, flightCode: o.flightCode, airlineName: o.airlineName, from: o.from, to: o.to, date: o.date, pax: quote.pax,
    passengers: input.passengers, contact: input.contact, captcha: input.captcha, ...(priced.titles && { titles: priced.titles }),
  }).catch(async (e: unknown) => {
    // No answer: the hold may exist under a code nobody saw. A second try of this flight asks first.
    if (isProviderError(e, "outcome_unknown")) await deps.uncertain?.note(actor.chat.id, actor.userId, flight, input.passengers.map((p) => p.fullName).join(", "));
    throw e;
  });
  await deps.uncertain?.clear(actor.chat.id, actor.userId, flight);
  // Booked at the quote's total: its per-type prices still hold (customer cards show the same lines).
  const booking = priced.each && made.fares.total === priced.total && !made.fares.each
    ? { ...made, fares: { ...made.fares, each: priced.each } }
    : made;
  await deps.bookings.save(bookingRecord(booking, actor.chat.id, input.bookedBy, deps.now(), input.locale, account));
  // Both need the booking saved, neither needs the other: one round trip instead of two.
  await Promise.all([deps.contacts.remember(actor.chat.id, input.contact), deps.jobs?.scheduleReminders(booking, actor.chat.id)]);
  const booked = booking.fares.total;
  return { kind: "booked", booking, differs: booked !== input.acceptedTotal ? { accepted: input.acceptedTotal, booked } : undefined };
}
