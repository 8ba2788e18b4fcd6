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
  | "upstream"
  | "unavailable"
  /** A money-moving call (book, issue) timed out or broke mid-way: it may or may not have happened. */
  | "outcome_unknown"
  /** Not the provider's answer: this person may not use the account here (the trust model said no). */
  | "access_denied";

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
  cause?: unknown;
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

  constructor(code: ProviderErrorCode, message: string, details: ProviderErrorDetails = {}) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.code = code;
    this.retryable = RETRYABLE.has(code);
    this.messages = details.messages ?? [];
    this.balance = details.balance;
    this.endpoint = details.endpoint;
    this.raw = details.raw;
    this.status = details.status;
  }
}

export function isProviderError(e: unknown, code?: ProviderErrorCode): e is ProviderError {
  return e instanceof ProviderError && (code === undefined || e.code === code);
}
