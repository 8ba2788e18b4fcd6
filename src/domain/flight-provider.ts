import type { Airline, Airport } from "./airport.js";
import type { Booking, BookingRequest, BookingStatusResult, IssueResult, TicketDocument } from "./booking.js";
import type { FlightOffer, ProviderId, Quote, SearchQuery } from "./flight.js";
import type { Rupiah } from "./money.js";
import type { PaxCount } from "./passenger.js";

/**
 * The language of the agent a call is made for, as a locale code ("en", "id"): a provider that words its
 * own texts (tiket.com's error messages) answers in it. Absent for calls made for nobody (jobs): the
 * provider's default then. A provider that has one language (MMBC) ignores it.
 */
export interface ForAgent {
  lang?: string;
}

export interface SearchOptions extends ForAgent {
  /** Restrict to one airline (provider's own airline key, e.g. "lion"). */
  airline?: string;
  /** Called as partial results arrive (per airline), so a chat can show progress. */
  onPartial?: (progress: { source: string; offers: number; done: number; total: number }) => void;
  /**
   * Called with every offer found so far (not only the newest), as soon as part of the answer is in,
   * so a chat can show the fast airlines' flights while slow ones still search. The search's own
   * result stays the authoritative list.
   */
  onOffers?: (soFar: readonly FlightOffer[]) => void;
  signal?: AbortSignal;
  /**
   * Several providers searched and this one failed while another answered: the list is partial, and
   * the agent must be told so (the cheapest shown may not be the cheapest there is). `lacking`: when it
   * answered for some airlines only, the ones its list may lack (display names).
   */
  onProviderFailed?: (provider: ProviderId, lacking?: readonly string[]) => void;
}

/**
 * The port every flight provider implements, in domain terms. Every failure is a ProviderError.
 * `book` and `issue` move money or seats: implementations never retry them, and a timeout there
 * surfaces as `outcome_unknown` so the caller reconciles with `status`.
 */
export interface FlightProvider {
  readonly id: ProviderId;
  /** True when talking to a built-in sandbox rather than a live account. */
  readonly sandbox: boolean;
  /**
   * True when `issue` itself finds a payment an earlier attempt placed before placing one (tiket.com reads
   * its partner list and only confirms it): a retry after an unknown outcome cannot pay twice, so the code
   * need not be held for the airline to finish.
   */
  readonly issueFindsEarlierPayment?: boolean;
  /**
   * True when `status` and `ticket` can read only bookings the bot itself made (tiket.com: check_order needs
   * the customer's e-mail, kept at booking): any other code is not found at once, with no call. Such a
   * provider is never asked about another chat's booking either (services/booking-lookup.ts): asking would
   * use the owner's data on a stranger's behalf, and the call itself would tell the code from a made-up one.
   */
  readonly readsOnlyOwnBookings?: boolean;
  airports(): Promise<Airport[]>;
  airlines(): Promise<Airline[]>;
  search(query: SearchQuery, options?: SearchOptions): Promise<FlightOffer[]>;
  quote(offer: FlightOffer, pax: PaxCount, options?: ForAgent): Promise<Quote>;
  book(request: BookingRequest): Promise<Booking>;
  /**
   * Pays and issues. `confirmedTotal`: the total the agent confirmed (the booking's, when the bot made it):
   * a provider that can read what paying would take refuses above it (charge_mismatch) before paying.
   */
  issue(code: string, confirmedTotal?: Rupiah): Promise<IssueResult>;
  status(code: string): Promise<BookingStatusResult>;
  ticket(code: string): Promise<TicketDocument>;
  /** Downloads a ticket link: only from the provider's own host, size-limited, must be a PDF. */
  downloadTicket(doc: Extract<TicketDocument, { kind: "link" }>): Promise<Uint8Array>;
  balance(): Promise<Rupiah>;
}
