import { ProviderError } from "../../domain/errors.js";
import { capLines, capText, MAX_PROVIDER_LINES, MAX_PROVIDER_TEXT } from "../provider-text.js";
import type { z } from "zod";
import type { failureSchema } from "./wire-schemas.js";
import { bookingCode } from "../wire-codes.js";

type Failure = z.output<typeof failureSchema>;

/** Reads "sisa saldo anda adalah 1,234." → 1234. */
function remainingBalance(reason: string): number | undefined {
  const m = /saldo anda adalah\s*(?:rp\.?\s*)?([\d.,]+)/i.exec(reason);
  if (!m) return undefined;
  // The sentence's own full stop (or a run of them) is not part of the number: dropped by a loop.
  let end = m[1]!.length;
  while (end > 0 && ".,".includes(m[1]!.charAt(end - 1))) end -= 1;
  const digits = m[1]!.slice(0, end).replace(/[.,](?=\d{3}(\D|$))/g, "");
  return /^\d+$/.test(digits) ? Number(digits) : undefined;
}

const BOOKING_ENDPOINT = "postbooking-json";
const ISSUE_ENDPOINT = "getissued-json";

/**
 * The issue call's refusals that charged nothing for certain: MMBC's own checks before it pays, in the
 * seed's wording (login, deposit, the booking's status, an unknown code). Anything else (an airline's
 * failure, a session that expired, seats, a `message` body the spec shows for booking only) may come
 * after the payment went through, so it is "upstream" and the booking's status decides (issue-booking.ts).
 * "Cancel" is the sandbox's form of the Expired sentence: a cancelled booking cannot be paid.
 */
function mapIssueRefusal(reason: string, details: { endpoint: string; raw?: string }, message?: string): ProviderError {
  const r = reason.toLowerCase().replace(/\s+/g, " ");
  if (r === "invalid login") return new ProviderError("invalid_credentials", "login rejected", details);
  if (/^sisa saldo tidak cukup untuk issued tiket\b/.test(r)) {
    return new ProviderError("insufficient_deposit", "deposit too low", { ...details, balance: remainingBalance(reason) });
  }
  // Already paid is the safe side: nothing more is paid for the code.
  if (r.includes("sudah di issued") || r.includes("sudah issued") || r.includes("already issued")) {
    return new ProviderError("already_issued", "booking already issued", details);
  }
  if (/^status kode booking \S+ adalah expired\.?$/.test(r)) return new ProviderError("booking_expired", "booking expired", details);
  if (/^status kode booking \S+ adalah cancel\.?$/.test(r)) return new ProviderError("booking_cancelled", "booking cancelled", details);
  if (/^kode booking \S+ tidak ditemukan\b/.test(r) || /^invalid kode booking(?: \S+?)?!?$/.test(r)) {
    return new ProviderError("booking_not_found", "booking not found", details);
  }
  const messages = reason ? [reason] : capLines((message ?? "").split("\n"));
  return new ProviderError("upstream", "issue refused for a reason that may follow a payment", { ...details, messages });
}

/**
 * Words naming the passenger data a booking sent (the seed's "Psg 1 name '' is an empty string", "Contact name
 * not valid !", "Contact surname is empty !", "Contact Title is empty !"; birth dates, passports, baggage, the
 * party), English and Indonesian, and the form's own field names (passengername, dateofbirth, baggagevolume…),
 * as whole words. Checked before SEAT_WORDS: a line naming a field is about that field. Words that name no
 * field ("empty", "invalid", "contact") are left out: "Invalid response", "please contact us" prove nothing.
 */
const DATA_WORDS =
  /\b(?:(?:full|sur|first|last)?name|nama|title|gelar|e-?mail|phone|telp|telepon|dob|birth|dateofbirth|lahir|passport(?:number|expired)?|paspor|baggage(?:volume)?|bagasi|passengername|psg|passengers?|penumpang|adult|child|infant|dewasa|anak|bayi|age|umur)\b/i;
/** Seats gone, whole words only ("full" is not "fullname"; "waktu habis" is a time-out, not seats). */
const SEAT_WORDS = /\b(?:seats?|kursi|sold ?out|(?<!waktu )habis|penuh|full|fully booked|not available|tidak tersedia)\b/i;
/**
 * What a refusal of data says of it (empty, invalid, does not match…): a free-text reason naming a field is a
 * refusal of that field only with one of these ("failed to send passenger data" names the passengers, and may
 * come after the airline held their seats).
 */
const REFUSED_WORDS =
  /\b(?:empty|kosong|invalid|not valid|tidak valid|required|wajib|harus|must|salah|wrong|tidak sesuai|(?:does )?not match|exceeds?|melebihi|minimum|minimal|maximum|maksimal|not available|tidak tersedia|not allowed|tidak boleh|format)\b/i;
/** Seats gone in a free-text reason: the seats named ("service not available" is not about seats). */
const REASON_SEAT_WORDS = /\b(?:seats?|kursi|sold ?out|fully booked)\b/i;

/**
 * A failure's `kodebooking`: undefined when there is none ("", "-", null, missing, as in the seed's
 * failure); otherwise `code` is the code when it is a valid one (a garbled value is still a hold maybe made).
 */
function heldCode(value: string | number | null | undefined): { code?: string } | undefined {
  if (value === null || value === undefined) return undefined;
  const s = String(value).trim();
  if (s === "" || s === "-" || /^(?:null|undefined|false|0)$/i.test(s)) return undefined;
  const code = bookingCode.safeParse(s);
  return code.success ? { code: code.data } : {};
}

/**
 * The booking call's refusals (no booking code named). The call is not idempotent, so only a refusal that
 * proves nothing was booked is one: MMBC's own checks before it books (the login, the deposit, its form:
 * "data invalid"), the passenger data sent refused (the seed's `message` lines, or a reason naming a field),
 * or the seats gone. Anything else ("failed to receive data" and "system failed login" are the airline's
 * system failing, which may be after it held the seats; a text never seen) is outcome_unknown, as a time-out
 * is: the agent is not invited to book again, and the next Book of the flight asks first (book-flight.ts).
 */
function mapBookingRefusal(reason: string, message: string | undefined, flightSeat: unknown, details: { endpoint: string; raw?: string }): ProviderError {
  const unknown = (messages: string[]) => new ProviderError("outcome_unknown", "booking refused for a reason that does not say nothing was booked", { ...details, messages });
  if (message !== undefined && !reason) {
    const messages = capLines(message.split("\n"));
    // Field words first, whole words only: "Psg 1 fullname ... is an empty string" is a name to fix, not "full".
    if (messages.some((m) => !DATA_WORDS.test(m) && SEAT_WORDS.test(m)) || Number(flightSeat ?? NaN) === 0) {
      return new ProviderError("seat_gone", "no seats left", { ...details, messages });
    }
    if (messages.some((m) => DATA_WORDS.test(m))) return new ProviderError("validation", "booking data rejected", { ...details, messages });
    return unknown(messages);
  }
  const r = reason.toLowerCase().replace(/\s+/g, " ");
  if (r === "invalid login") return new ProviderError("invalid_credentials", "login rejected", details);
  if (r.includes("saldo tidak cukup") || r.includes("insufficient")) {
    return new ProviderError("insufficient_deposit", "deposit too low", { ...details, balance: remainingBalance(reason) });
  }
  // A reason refusing a field (baggage, a name, a birth date): the data, not the seats.
  if (r === "data invalid" || (DATA_WORDS.test(r) && REFUSED_WORDS.test(r))) return new ProviderError("validation", "request rejected", { ...details, messages: [reason] });
  if (REASON_SEAT_WORDS.test(r)) return new ProviderError("seat_gone", "no seats left", details);
  return unknown(reason ? [reason] : []);
}

/**
 * Maps MMBC's failure bodies to errors by meaning. Reasons are free text in Indonesian and English,
 * so matching is by keywords, and anything unrecognised is an upstream failure carrying the text.
 */
export function mapFailure(endpoint: string, body: Failure): ProviderError {
  const reason = capText(body.reason ?? "").trim();
  // Validation lines: only the first few, and never a megabyte of them, are split and kept.
  const message = body.message === undefined ? undefined : capText(body.message, MAX_PROVIDER_TEXT * MAX_PROVIDER_LINES);
  const details = { endpoint, raw: reason || (message === undefined ? undefined : capText(message)) };

  // A booking failure that still names a booking code: the seed's failure carries `"kodebooking":""`
  // (nothing held), so a non-empty one may be a hold the airline made before refusing something else.
  // Never read as a definite refusal (the agent would be invited to book again, a second hold): the
  // outcome is unknown, under that code when it is one.
  const held = endpoint === BOOKING_ENDPOINT ? heldCode(body.kodebooking) : undefined;
  if (held !== undefined) {
    const text = [reason, ...capLines((message ?? "").split("\n"))].filter(Boolean);
    return new ProviderError("outcome_unknown", held.code ? `refused, but names booking ${held.code}` : "refused, but names a booking", {
      ...details, messages: held.code ? [held.code, ...text] : text, ...(held.code !== undefined && { bookingCode: held.code }),
    });
  }

  if (endpoint === ISSUE_ENDPOINT) return mapIssueRefusal(reason, details, message);
  if (endpoint === BOOKING_ENDPOINT) return mapBookingRefusal(reason, message, body.flight_seat, details);

  if (message !== undefined && !reason) {
    const messages = capLines(message.split("\n"));
    const seatGone = messages.some((m) => !DATA_WORDS.test(m) && SEAT_WORDS.test(m)) || Number(body.flight_seat ?? NaN) === 0;
    if (seatGone) return new ProviderError("seat_gone", "no seats left", { ...details, messages });
    return new ProviderError("validation", "booking data rejected", { ...details, messages });
  }

  const r = reason.toLowerCase();
  // "system failed login" is, with "failed to receive data", how the per-airline search (§6, "under
  // maintenance") fails: an airline's system, not the agent's login, so it falls through to "upstream"
  // and never ends a search or drops the other airlines' answers. A wrong login reads "invalid login".
  if (r === "invalid login") return new ProviderError("invalid_credentials", "login rejected", details);
  if (r === "no result" || r.includes("tidak ada penerbangan")) return new ProviderError("no_flights", "no flights", details);
  if (r.includes("saldo tidak cukup") || r.includes("insufficient")) {
    return new ProviderError("insufficient_deposit", "deposit too low", { ...details, balance: remainingBalance(reason) });
  }
  if (r.includes("sudah di issued") || r.includes("sudah issued") || r.includes("already issued")) {
    return new ProviderError("already_issued", "booking already issued", details);
  }
  if (/adalah\s+cancel/.test(r) || r.includes("cancelled")) return new ProviderError("booking_cancelled", "booking cancelled", details);
  if (r.includes("belum tersedia") || r.includes("not available yet")) return new ProviderError("ticket_not_ready", "e-ticket not ready", details);
  if (/adalah\s+expired/.test(r) || r.includes("expired")) {
    return new ProviderError("booking_expired", "booking expired", details);
  }
  if (r.includes("tidak ditemukan") || r.includes("invalid kode booking") || r.includes("not found")) {
    return new ProviderError("booking_not_found", "booking not found", details);
  }
  if (r === "data invalid" || r.includes("minimal 6") || r.includes("not valid")) {
    return new ProviderError("validation", "request rejected", { ...details, messages: [reason] });
  }
  if (SEAT_WORDS.test(r)) return new ProviderError("seat_gone", "no seats left", details);
  return new ProviderError("upstream", "provider or airline failure", { ...details, messages: reason ? [reason] : [] });
}
