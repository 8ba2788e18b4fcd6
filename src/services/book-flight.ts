import type { ChatProviders } from "../domain/account-port.js";
import type { Booking } from "../domain/booking.js";
import { isProviderError, ProviderError } from "../domain/errors.js";
import type { FlightProvider } from "../domain/flight-provider.js";
import type { FlightOffer, ProviderId, Quote } from "../domain/flight.js";
import type { Rupiah } from "../domain/money.js";
import { seatsNeeded, type Contact, type PassengerInput, type PaxCount } from "../domain/passenger.js";
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

/** Live price and seats of one offer, on the account this actor uses here; `lang`: the agent's (see ForAgent). */
export async function quoteOffer(access: AccessPolicy, actor: Actor, offer: FlightOffer, pax: PaxCount, lang?: string): Promise<Quote> {
  return (await ownerOf(access, actor, offer.provider)).owner.quote(offer, pax, lang === undefined ? undefined : { lang });
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
  /** The agent's language: kept with the booking, and the provider's texts come back in it. */
  locale: string;
  /** The forum topic the agent booked in (kept with the booking for its reminders and e-ticket). */
  threadId?: number;
  /** The agent was told an earlier booking of this flight may exist, and books again anyway. */
  despiteUncertain?: boolean;
}

export type BookResult =
  | { kind: "booked"; booking: Booking; /** The provider booked at another total than the one agreed to. */ differs?: { accepted: Rupiah; booked: Rupiah } }
  | { kind: "price_changed"; fresh: Quote }
  | { kind: "sold_out"; seats: number }
  /**
   * An earlier booking of this flight by this member here has no recorded outcome: it may exist (nothing
   * was done now). `code`: the provider did answer with it, but the booking could not be recorded.
   */
  | { kind: "maybe_booked"; names: string; code?: string }
  /**
   * The provider made and showed the booking, but its last steps broke off (tiket.com's checkout): recorded
   * as this chat's booking, marked unconfirmed (Booking.unconfirmed); the doubt stays noted, so the next
   * Book of this flight asks first.
   */
  | { kind: "unconfirmed"; booking: Booking }
  /**
   * The provider booked under a code the bot already knows for another booking (codes repeat: see
   * BookingStore.save). Nothing here is changed: the other booking stays its chat's, this one is not
   * recorded (no card, list entry, reminders or issuing from the bot), and the intent stays noted, so the
   * next Book of this flight asks first. The agent checks it with the provider.
   */
  | { kind: "code_taken"; code: string; provider: ProviderId };

/**
 * Books (holds) one offer. Money rule: the price is checked right before booking and the booking is
 * made only at the total the agent accepted; any change goes back to the agent, as many times as it
 * moves. The booking call itself is made once and never retried (a timeout is "outcome unknown").
 * A captcha answer is bound to the quote it came with, so with a captcha the re-check is skipped and
 * the booked total is compared instead.
 *
 * Trust rule: before the booking call, an intent is noted (store/uncertain-bookings.ts); it is cleared
 * only once the outcome is definite and recorded: the booking saved, or a refusal. Whatever breaks in
 * between (no answer, the process killed or shut down mid-call, Redis failing when the answer is
 * saved) leaves it, so the next Book of this flight by this member here asks first instead of holding
 * the seats twice. If the note can't be written, the provider is not called.
 */
export async function bookFlight(deps: BookDeps, actor: Actor, input: BookInput): Promise<BookResult> {
  const { quote } = input;
  const o = quote.offer;
  const { owner, account } = await ownerOf(deps.access, actor, o.provider);
  const flight = `${o.provider}:${o.flightCode}:${o.date}`;
  const chat = actor.chat.id;
  const earlier = input.despiteUncertain ? undefined : await deps.uncertain?.get(chat, actor.userId, flight);
  if (earlier) return { kind: "maybe_booked", names: earlier.names, ...(earlier.code && { code: earlier.code }) };
  let priced = quote;
  if (!input.captcha) {
    const fresh = await owner.quote(o, quote.pax, { lang: input.locale });
    if (fresh.seatsLeft < seatsNeeded(quote.pax)) return { kind: "sold_out", seats: fresh.seatsLeft };
    if (fresh.total !== input.acceptedTotal) return { kind: "price_changed", fresh };
    priced = fresh;
  }
  const names = input.passengers.map((p) => p.fullName).join(", ");
  const intent = { names, seats: seatsNeeded(quote.pax), at: deps.now().toISOString(), by: input.bookedBy.id };
  // The intent first: from here on, until the outcome is recorded, a second Book of this flight asks.
  const claim = await deps.uncertain?.intend(chat, actor.userId, flight, intent, input.despiteUncertain);
  if (claim?.taken) return { kind: "maybe_booked", names: claim.taken };
  let made: Booking;
  try {
    made = await owner.book({
      provider: o.provider, offerRef: o.ref, flightCode: o.flightCode, airlineName: o.airlineName, from: o.from, to: o.to, date: o.date, pax: quote.pax,
      passengers: input.passengers, contact: input.contact, captcha: input.captcha, ...(priced.titles && { titles: priced.titles }), needs: priced.needs, lang: input.locale,
    });
  } catch (e) {
    // No answer (outcome_unknown): the hold may exist under a code nobody saw; the intent stays. When the
    // provider did name a code (an answer it sent but we could not read), the note keeps it, so the next
    // Book of this flight says which booking to check ("maybe booked" with the code) rather than only names.
    if (isProviderError(e, "outcome_unknown")) {
      if (e.bookingCode !== undefined) await deps.uncertain?.note(chat, actor.userId, flight, names, { ...intent, code: e.bookingCode }).catch(() => undefined);
      if (e.unfinished) return recordUnfinished(deps, actor, input, { ...e.unfinished, unconfirmed: true }, account, e);
      throw e;
    }
    // Not the provider's answer (a bug, the process going down): nobody knows whether it booked.
    if (!isProviderError(e)) throw new ProviderError("outcome_unknown", "the booking call broke off without the provider's answer", { endpoint: "book", cause: e });
    // A refusal booked nothing: the intent goes (an earlier doubt the agent booked over comes back).
    // If that fails the note stays, and the next Book only asks once more.
    const back = claim?.previous;
    await (back === undefined ? deps.uncertain?.clear(chat, actor.userId, flight) : deps.uncertain?.restore(chat, actor.userId, flight, back))?.catch(() => undefined);
    throw e;
  }
  // Booked at the quote's total: its per-type prices still hold (customer cards show the same lines).
  const booking = priced.each && made.fares.total === priced.total && !made.fares.each
    ? { ...made, fares: { ...made.fares, each: priced.each } }
    : made;
  // Booked, but something after failed: the note stays and keeps the code if it can (check before booking again).
  const keepDoubt = () => deps.uncertain?.note(chat, actor.userId, flight, names, { ...intent, code: booking.code }).catch(() => undefined);
  let saved: "saved" | "taken";
  try {
    saved = await deps.bookings.save(bookingRecord(booking, actor.chat.id, input.bookedBy, deps.now(), input.locale, account, input.threadId));
  } catch (cause) {
    await keepDoubt();
    throw new ProviderError("outcome_unknown", `booked as ${booking.code}, but the booking could not be recorded`, { endpoint: "book", cause, raw: booking.code, messages: [booking.code], bookingCode: booking.code });
  }
  // Its reminders and jobs are keyed by the code too: none are scheduled, so the other booking's stay as they are.
  // The intent stays without the code: the next Book asks "check with the provider" rather than pointing at
  // /status of a code that reads as unknown here (it is the other chat's).
  if (saved === "taken") return { kind: "code_taken", code: booking.code, provider: booking.provider };
  // Both need the booking saved, neither needs the other: one round trip instead of two. The contact is
  // a convenience for the next form: its failure must not read as a failed booking (the agent would book again).
  const [, reminders] = await Promise.allSettled([deps.contacts.remember(actor.chat.id, input.contact), deps.jobs?.scheduleReminders(booking, actor.chat.id)]);
  if (reminders.status === "rejected") {
    await keepDoubt();
    throw reminders.reason;
  }
  // Recorded: the intent is settled. A note left by a failure here only asks once more.
  await deps.uncertain?.clear(chat, actor.userId, flight).catch(() => undefined);
  const booked = booking.fares.total;
  return { kind: "booked", booking, differs: booked !== input.acceptedTotal ? { accepted: input.acceptedTotal, booked } : undefined };
}

/**
 * A booking the provider holds though its last steps broke off: saved as this chat's (so /status shows its
 * flight and passengers, /bookings lists it, and issuing it goes through the confirmation), marked unconfirmed.
 * Its reminders are scheduled like any booking's: the hold runs out all the same. If it can't be saved, the
 * agent is told the outcome is unknown, with its code, as before.
 */
async function recordUnfinished(deps: BookDeps, actor: Actor, input: BookInput, booking: Booking, account: string | undefined, unknown: ProviderError): Promise<BookResult> {
  let saved: "saved" | "taken";
  try {
    saved = await deps.bookings.save(bookingRecord(booking, actor.chat.id, input.bookedBy, deps.now(), input.locale, account, input.threadId));
  } catch {
    throw unknown;
  }
  if (saved === "taken") return { kind: "code_taken", code: booking.code, provider: booking.provider };
  await deps.jobs?.scheduleReminders(booking, actor.chat.id).catch(() => undefined);
  return { kind: "unconfirmed", booking };
}
