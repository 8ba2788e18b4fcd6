import { PROVIDER_IDS, type ProviderId } from "./flight.js";
import type { PaxCount, PassengerType } from "./passenger.js";
import type { Booking } from "./booking.js";

/**
 * One error class for everything a provider can answer besides success. `code` is what logs and
 * the user-facing message switch on; `retryable` says whether repeating the same call is safe.
 */
export type ProviderErrorCode =
  | "invalid_credentials"
  | "no_flights"
  | "validation"
  | "insufficient_deposit"
  | "booking_expired"
  | "booking_not_found"
  /** Issuing a booking that is already issued: the money was already spent, nothing to retry. */
  | "already_issued"
  | "booking_cancelled"
  /** The e-ticket exists only once the booking is issued. */
  | "ticket_not_ready"
  | "seat_gone"
  /** A price answer for another party or flight than asked: its total is not this booking's, nothing is done with it. */
  | "price_mismatch"
  | "upstream"
  | "unavailable"
  /** A money-moving call (book, issue) timed out or broke mid-way: it may or may not have happened. */
  | "outcome_unknown"
  /** Not the provider's answer: this person may not use the account here (the trust model said no). */
  | "access_denied"
  /** The e-ticket link was unusable or its PDF could not be fetched: a `TicketError` says why. */
  | "ticket_download"
  /** Paying would take more than the booking's total (a fee or another amount): refused, nothing paid. */
  | "charge_mismatch"
  /** The booking's payment session at the provider is over (tiket.com's token): nothing paid, it can't be paid here any more. */
  | "payment_session_over"
  /**
   * The party is past this provider's own limit (PARTY_LIMITS), refused before any call: the same party can
   * never be searched, priced or booked there, so nothing is retryable. `partyLimit` says which limit.
   */
  | "party_limit";

export interface ProviderErrorDetails {
  /** Provider messages, e.g. the lines of a booking validation failure. Untrusted text: escape before showing. */
  messages?: string[];
  /** Remaining deposit, when the provider says it (insufficient deposit). */
  balance?: number;
  /** The endpoint, for logs (never a URL with credentials). */
  endpoint?: string;
  /** Raw provider text for logs. */
  raw?: string;
  /** HTTP status when there was one. */
  status?: number;
  /**
   * The status the provider's answer itself gave when it answered not-OK in its body (tiket.com's
   * `diagnostic.status`): the call was answered, not lost, whatever the answer means.
   */
  providerStatus?: number;
  cause?: unknown;
  /** What a payment would take, against the booking's total (charge_mismatch). */
  amounts?: { charged: number; expected: number };
  /**
   * The booking's code when it is known though the outcome isn't (outcome_unknown after the provider gave
   * its code: a checkout that broke off, a booking that could not be recorded), so the agent is told it.
   */
  bookingCode?: string;
  /**
   * outcome_unknown after the provider made the booking and showed it (flight, passengers, total) but a
   * last step broke off (tiket.com's checkout): what it holds, so it is recorded as this chat's booking,
   * marked unconfirmed, rather than left as a code nobody here knows.
   */
  unfinished?: Booking;
  /**
   * Refused before anything was paid: the booking's checkout never completed at the provider (tiket.com:
   * checkout_customer not done on its session), so it can't be paid from the bot; the provider's dashboard can.
   */
  checkoutUnfinished?: boolean;
  /**
   * Refused before anything was paid: the booking's own payment session is gone or no longer accepted
   * (tiket.com: the order's token, the only one its cart is paid with; no documented call re-attaches a new one).
   */
  paySessionLost?: boolean;
  /** Overrides the code's default: whether the same call may be repeated with a chance of success. */
  retryable?: boolean;
  /** The limit a party broke (party_limit). */
  partyLimit?: PartyBreach;
  /**
   * outcome_unknown from an answer the provider did give but did not explain (tiket.com's 201 notice on a
   * payment; its add-order failure that the cart did not settle, refused-add-order.ts), not a lost one: the provider's own look for an earlier payment can't settle it, so the
   * booking is held in doubt like any other (services/issue-booking.ts).
   */
  unexplainedAnswer?: boolean;
  /**
   * outcome_unknown from a booking answer that says it booked but names a code the bot can't use (MMBC
   * "YDZ-AD/1", "ÄÖÜ€€€", 56 characters): the text it gave, cut short, so the agent checks it with the provider.
   */
  unusableCode?: string;
}

const RETRYABLE: ReadonlySet<ProviderErrorCode> = new Set(["unavailable", "upstream"]);

export class ProviderError extends Error {
  override readonly name = "ProviderError";
  readonly code: ProviderErrorCode;
  readonly retryable: boolean;
  readonly messages: string[];
  readonly balance?: number;
  readonly endpoint?: string;
  readonly raw?: string;
  readonly status?: number;
  readonly providerStatus?: number;
  readonly amounts?: { charged: number; expected: number };
  readonly bookingCode?: string;
  readonly unfinished?: Booking;
  readonly checkoutUnfinished?: boolean;
  readonly paySessionLost?: boolean;
  readonly partyLimit?: PartyBreach;
  readonly unexplainedAnswer?: boolean;
  readonly unusableCode?: string;

  constructor(code: ProviderErrorCode, message: string, details: ProviderErrorDetails = {}) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.code = code;
    this.retryable = details.retryable ?? RETRYABLE.has(code);
    this.messages = details.messages ?? [];
    this.balance = details.balance;
    this.endpoint = details.endpoint;
    this.raw = details.raw;
    this.status = details.status;
    this.providerStatus = details.providerStatus;
    this.amounts = details.amounts;
    this.bookingCode = details.bookingCode;
    this.unfinished = details.unfinished;
    this.checkoutUnfinished = details.checkoutUnfinished;
    this.paySessionLost = details.paySessionLost;
    this.partyLimit = details.partyLimit;
    this.unexplainedAnswer = details.unexplainedAnswer;
    this.unusableCode = details.unusableCode;
  }
}

/** A provider's own limit on one booking's party, narrower than the bot's (MAX_PASSENGERS). */
export interface PartyLimit {
  /** Most passengers of each type (adults, children, infants) in one booking. */
  perType: number;
  minAdults: number;
}

/**
 * The providers whose API takes a smaller party than the bot does. tiket.com: "Maximum 6 each" of adult,
 * child and infant, at least one adult (spec §6 order/add/flight; its search answers a larger party with an
 * error too). Its adapter refuses such a party before any call, and a list searched on several providers
 * names the limit instead of calling that provider's flights missing.
 */
export const PARTY_LIMITS: Readonly<Partial<Record<ProviderId, PartyLimit>>> = { tiket: { perType: 6, minAdults: 1 } };

/** How a party breaks a provider's limit: `count` of type `over` where at most `limit` go, or fewer adults than `limit`. */
export interface PartyBreach {
  provider: ProviderId;
  over: PassengerType | "too_few_adults";
  count: number;
  limit: number;
}

const PAX_TYPES: readonly PassengerType[] = ["adult", "child", "infant"];

/** Where `pax` breaks `provider`'s limit (PARTY_LIMITS), if it does. */
export function partyBreach(provider: ProviderId, pax: PaxCount): PartyBreach | undefined {
  const limit = PARTY_LIMITS[provider];
  if (!limit) return undefined;
  const over = PAX_TYPES.find((type) => pax[type] > limit.perType);
  if (over) return { provider, over, count: pax[over], limit: limit.perType };
  if (pax.adult < limit.minAdults) return { provider, over: "too_few_adults", count: pax.adult, limit: limit.minAdults };
  return undefined;
}

/**
 * The refusal of a party past the provider's limit. Its messages spell the breach too, as
 * `partyBreachOf` reads it back: a conversation's replay log keeps an error's code and messages only.
 */
export function partyLimitError(breach: PartyBreach, endpoint?: string): ProviderError {
  const { provider, over, count, limit } = breach;
  return new ProviderError("party_limit", `${provider} takes no party with ${count} ${over} (limit ${limit})`, {
    partyLimit: breach, messages: [provider, over, String(count), String(limit)], ...(endpoint !== undefined && { endpoint }),
  });
}

/** The breach a party_limit error carries, from the error itself or from its code and messages (a CallResult). */
export function partyBreachOf(e: { code: ProviderErrorCode; messages: readonly string[]; partyLimit?: PartyBreach }): PartyBreach | undefined {
  if (e.code !== "party_limit") return undefined;
  if (e.partyLimit) return e.partyLimit;
  const [provider, over, count, limit] = e.messages;
  const known = (PROVIDER_IDS as readonly string[]).includes(provider ?? "") && ([...PAX_TYPES, "too_few_adults"] as readonly string[]).includes(over ?? "");
  const n = Number(count);
  const max = Number(limit);
  if (!known || !Number.isInteger(n) || !Number.isInteger(max)) return undefined;
  return { provider: provider as ProviderId, over: over as PartyBreach["over"], count: n, limit: max };
}

/** Why an e-ticket download failed. Every failure of a download is one of these, never an untyped error. */
export type TicketFailure =
  /** The provider's answer holds no parseable http(s) URL. */
  | "invalid_url"
  /** The link leads somewhere else than the configured provider (host, port, or a downgrade to http). */
  | "other_origin"
  /** No answer, or the body stalled, within the download's time limit. */
  | "timeout"
  /** The connection failed or broke off. */
  | "unreachable"
  /** An answer other than 200 (redirects are not followed). */
  | "http_status"
  | "too_large"
  /** The body does not start with `%PDF-` (a login page, an error page…). */
  | "not_pdf";

const TRANSIENT: ReadonlySet<TicketFailure> = new Set(["timeout", "unreachable", "http_status"]);

/**
 * A failed e-ticket download. The message names the reason (and at most the foreign origin), never
 * the link itself: a voucher link may carry an order hash.
 */
export class TicketError extends ProviderError {
  readonly reason: TicketFailure;

  constructor(reason: TicketFailure, message: string, details: Omit<ProviderErrorDetails, "retryable"> = {}) {
    super("ticket_download", message, { endpoint: "etiket-pdf", ...details, retryable: TRANSIENT.has(reason) });
    this.reason = reason;
  }
}

export function isProviderError(e: unknown, code?: ProviderErrorCode): e is ProviderError {
  return e instanceof ProviderError && (code === undefined || e.code === code);
}
