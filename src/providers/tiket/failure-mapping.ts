import { ProviderError } from "../../domain/errors.js";
import { capLines, capText } from "../provider-text.js";
import { STATUS } from "./envelope.js";
import type { CallKind } from "./tiket-http.js";
import { withoutSecrets } from "./wire-formats.js";

/**
 * Reads the balance a refusal states, e.g. "saldo anda Rp 12.500" or "your balance is IDR 1,035,151.00"
 * (thousands separated by dots or commas). Only a number right after the word balance/saldo/sisa, or one
 * marked as rupiah after it, counts: an order id elsewhere in the sentence is never taken for a balance.
 */
function balanceIn(text: string): number | undefined {
  const m = /(?:saldo|balance|sisa)(?:[^\d.!?]{0,40}?(?:rp\.?|idr)\s*|(?:\s+(?:anda|your|deposit|is|adalah|saat ini|sekarang|tersisa|remaining|left))*\s*[:=]?\s*)(\d[\d.,]*)/i.exec(text);
  if (!m) return undefined;
  const digits = m[1]!.replace(/[.,]$/, "").replace(/[.,]\d{2}$/, "").replace(/[.,]/g, "");
  return /^\d+$/.test(digits) ? Number(digits) : undefined;
}

/**
 * "insufficient fund", "Saldo tidak cukup", "Saldo deposit Anda tidak mencukupi", "not enough balance" …
 * The word "fund" alone is not enough: "Funds received…" on a payment must not read as "nothing was paid".
 */
const INSUFFICIENT = new RegExp([
  String.raw`insufficient`,
  String.raw`not enough (deposit|balance|saldo|funds?)`,
  String.raw`(balance|deposit) (is )?(too low|not enough)`,
  String.raw`(saldo|deposit)\b[^.!?]{0,40}?\b(tidak (cukup|mencukupi)|kurang|habis)`,
  String.raw`(tidak (cukup|mencukupi)|kekurangan)\b[^.!?]{0,20}?\b(saldo|deposit)`,
].join("|"));

/** A wrong key or User-Agent, as firewalls and the sandbox word it. */
const CREDENTIALS = /secret ?key|confirm ?key|unauthori[sz]ed|access denied|user.?agent|invalid (key|user|partner|username)/;

export const CART_EMPTY = /cart (is )?empty|empty (shopping )?cart|keranjang( belanja)?( anda)? (masih )?kosong/;

/** The message of the error a dead or unknown session token becomes; callers holding a pooled token renew it. */
export const TOKEN_REJECTED = "session token rejected";

export function isTokenRejection(e: unknown): boolean {
  return e instanceof ProviderError && e.message === TOKEN_REJECTED;
}

/**
 * Maps a not-OK `diagnostic` to an error by meaning. Only 204 (duplicate booking) and 209 (order
 * expired) have documented meanings; everything else is free text in Indonesian or English, so the
 * rest is matched by keywords and an unrecognised answer stays "upstream" with its text.
 *
 * A money call (kind "issue": checkout_payment, confirmPayment): see failureOnPayment.
 */
export function mapFailure(endpoint: string, kind: CallKind, status: number, wireMessages: string[]): ProviderError {
  // A message may echo the token or a key the call sent: never kept, so never logged or shown.
  const messages = capLines(wireMessages).map(withoutSecrets);
  const text = capText(messages.join(" "));
  const t = text.toLowerCase();
  const details = { endpoint, messages, raw: text || `diagnostic.status ${status}`, providerStatus: status };

  // 204 is documented for add-order only: on a money call it is no known refusal (failureOnPayment).
  if (status === STATUS.duplicate && kind !== "issue") {
    return new ProviderError("validation", "duplicate booking: the same flight and passengers were booked minutes ago; wait 10 minutes or use that order", details);
  }
  if (status === STATUS.expired) return new ProviderError("booking_expired", "order expired", details);
  if (INSUFFICIENT.test(t)) return new ProviderError("insufficient_deposit", "deposit too low", { ...details, balance: balanceIn(text) });
  if (kind === "issue") return failureOnPayment(status, t, details);
  if (/token/.test(t) && !/secret/.test(t)) return new ProviderError("upstream", TOKEN_REJECTED, details);
  // Undocumented, but what firewalls and the sandbox answer for a wrong key or User-Agent.
  if (status === 401 || status === 403) return new ProviderError("invalid_credentials", "credentials rejected", details);
  if (CREDENTIALS.test(t)) {
    return new ProviderError("invalid_credentials", "credentials rejected", details);
  }
  if (CART_EMPTY.test(t)) {
    return new ProviderError("validation", "the order's cart is empty on its payment session: nothing was paid", details);
  }
  if (/already (been )?(issued|paid)|sudah (di ?)?(issued|bayar|dibayar|lunas)/.test(t)) return new ProviderError("already_issued", "order already paid", details);
  if (/cancel|dibatalkan|batal/.test(t)) return new ProviderError("booking_cancelled", "order cancelled", details);
  if (/expired|kadaluarsa|kedaluwarsa/.test(t)) return new ProviderError("booking_expired", "order expired", details);
  if (/not found|tidak ditemukan|no order|invalid order/.test(t)) return new ProviderError("booking_not_found", "order not found", details);
  if (/seat|kursi|sold ?out|habis|full|penuh|not available|tidak tersedia/.test(t)) {
    return kind === "search" ? new ProviderError("no_flights", "no flights", details) : new ProviderError("seat_gone", "no seats left", details);
  }
  if (kind === "search" && /no (flight|result)|tidak ada/.test(t)) return new ProviderError("no_flights", "no flights", details);
  // A refused add-order is about the data sent (names, dates, captcha): the agent can fix it.
  if (DATA_REFUSED.test(t)) return new ProviderError("validation", "request rejected", details);
  // A 201 on a cart step that names no reason (spec: "not always fatal: check the payload"): the refusal it
  // most likely is, which add-order checks against the cart before believing (addOrderAnswerUnsettled).
  if (kind === "book" && status === STATUS.notice) return new ProviderError("validation", "request rejected with a notice (201) naming no reason", details);
  return new ProviderError("upstream", "provider or airline failure", details);
}

/** Words that say the data sent was refused: a missing or wrong field, a captcha. */
const DATA_REFUSED = /captcha|wajib|required|invalid|tidak valid|must|harus/;

/**
 * Whether add-order's not-OK answer leaves open that the order went into the cart anyway, so the cart must
 * be read before anything is said (book-flow.ts). Settled, and left as it is, are only the refusals whose
 * words say what stopped the add: seats gone, the data sent refused, the deposit or the credentials. Open
 * are the rest: 204, whose documented meaning is that this booking already exists; a 201 naming no known
 * reason (spec: "not always fatal: check the payload"); undocumented statuses (211, the airline's 500) and
 * texts nobody mapped, which may come after the airline held the seats. Errors that are not an answer in
 * the body (no connection, an HTTP refusal, a lost answer) are not for this.
 */
export function addOrderAnswerUnsettled(e: ProviderError): boolean {
  if (e.providerStatus === undefined) return false;
  if (e.providerStatus === STATUS.duplicate) return true;
  if (e.code === "seat_gone" || e.code === "insufficient_deposit" || e.code === "invalid_credentials") return false;
  return !(e.code === "validation" && DATA_REFUSED.test(e.messages.join(" ").toLowerCase()));
}

/** Words that say a call failed or was turned down, in either language ("Gagal…", "Request failed", "Terjadi kesalahan"). */
const SAYS_FAILED = /gagal|fail|error|kesalahan|tidak (dapat|bisa|berhasil)|unable|cannot|can't|could not|try again|coba lagi|ditolak|rejected|refused/;

/**
 * Whether add-order's unsettled answer (addOrderAnswerUnsettled) still means nothing was booked once the
 * cart read right after it is empty: tiket.com answered, so the add is not on its way, but only an answer
 * that says it failed or names what is missing is a refusal. Not 204 (the same booking exists, elsewhere),
 * and not a text that says no such thing ("Pesanan Anda sedang diproses": the order may still come), nor
 * an answer with no words at all.
 */
export function addOrderRefusedForSure(e: ProviderError): boolean {
  if (e.providerStatus === STATUS.duplicate) return false;
  if (e.code === "booking_expired" || e.code === "booking_not_found") return true;
  return SAYS_FAILED.test(e.messages.join(" ").toLowerCase());
}

/**
 * A not-OK answer to a money call (checkout_payment/8 with btn_booking=1, confirmPayment), whatever its
 * status: spec §1 says only 200 is success, calls 201 "not always fatal" ("check the payload": it also
 * comes with harmless texts such as "…has been saved") and documents no other status for these calls
 * (209 expired and the deposit too low, "insufficient fund", are handled before this). So only refusals
 * whose words say what stops the payment are definite: wrong keys, an order already paid, cancelled,
 * expired or not found. Anything else ("Your payment confirmation has been saved.", "Invalid response from
 * payment gateway", "Deposit service not available, try again", a 211 or 500 nobody documented, an empty
 * cart or a spent token, which follow a checkout: spec §2) may come after the money moved: outcome
 * unknown, so the issue flow keeps its markers and nothing is sent again; `unexplainedAnswer` has the
 * booking held in doubt (services/issue-booking.ts) even though a lost answer on this provider would not be.
 * A token named outside a 201 keeps the token-rejection message (isTokenRejection), still outcome unknown:
 * the issue flow reads the partner's list after checkout_payment's, and never repeats either call on a new token.
 */
function failureOnPayment(status: number, t: string, details: { endpoint: string; messages: string[]; raw: string; providerStatus: number }): ProviderError {
  if (CREDENTIALS.test(t)) return new ProviderError("invalid_credentials", "credentials rejected", details);
  if (/already (been )?(issued|paid)|sudah (di ?)?(issued|bayar|dibayar|lunas)/.test(t)) return new ProviderError("already_issued", "order already paid", details);
  if (/cancel|dibatalkan|batal/.test(t)) return new ProviderError("booking_cancelled", "order cancelled", details);
  if (/expired|kadaluarsa|kedaluwarsa/.test(t) && !/token/.test(t)) return new ProviderError("booking_expired", "order expired", details);
  if (/not found|tidak ditemukan|no order|invalid order/.test(t)) return new ProviderError("booking_not_found", "order not found", details);
  if (status !== STATUS.notice && /token/.test(t) && !/secret/.test(t)) {
    return new ProviderError("outcome_unknown", TOKEN_REJECTED, { ...details, unexplainedAnswer: true });
  }
  const what = status === STATUS.notice ? "a notice (201)" : `diagnostic.status ${String(status)}`;
  return new ProviderError("outcome_unknown", `tiket.com answered the payment with ${what} that is not a known refusal: it may have gone through`, { ...details, unexplainedAnswer: true });
}
