import { ProviderError } from "../../domain/errors.js";
import { capLines, capText } from "../provider-text.js";
import { STATUS } from "./envelope.js";
import type { CallKind } from "./tiket-http.js";

/** Reads a balance out of a sentence such as "saldo anda Rp 12.500" (thousands dots) → 12500. */
function balanceIn(text: string): number | undefined {
  const m = /(?:saldo|balance|deposit)\D{0,20}([\d][\d.,]*)/i.exec(text);
  if (!m) return undefined;
  const digits = m[1]!.replace(/[.,]00$/, "").replace(/[.,]/g, "");
  return /^\d+$/.test(digits) ? Number(digits) : undefined;
}

/** The message of the error a dead or unknown session token becomes; callers holding a pooled token renew it. */
export const TOKEN_REJECTED = "session token rejected";

export function isTokenRejection(e: unknown): boolean {
  return e instanceof ProviderError && e.message === TOKEN_REJECTED;
}

/**
 * Maps a not-OK `diagnostic` to an error by meaning. Only 204 (duplicate booking) and 209 (order
 * expired) have documented meanings; everything else is free text in Indonesian or English, so the
 * rest is matched by keywords and an unrecognised answer stays "upstream" with its text.
 */
export function mapFailure(endpoint: string, kind: CallKind, status: number, wireMessages: string[]): ProviderError {
  const messages = capLines(wireMessages);
  const text = capText(messages.join(" "));
  const t = text.toLowerCase();
  const details = { endpoint, messages, raw: text || `diagnostic.status ${status}` };

  if (status === STATUS.duplicate) {
    return new ProviderError("validation", "duplicate booking: the same flight and passengers were booked minutes ago; wait 10 minutes or use that order", details);
  }
  if (status === STATUS.expired) return new ProviderError("booking_expired", "order expired", details);
  if (/insufficient|saldo (tidak|kurang)|not enough (deposit|balance)|\bfunds?\b/.test(t)) {
    return new ProviderError("insufficient_deposit", "deposit too low", { ...details, balance: balanceIn(text) });
  }
  if (/token/.test(t) && !/secret/.test(t)) return new ProviderError("upstream", TOKEN_REJECTED, details);
  // Undocumented, but what firewalls and the sandbox answer for a wrong key or User-Agent.
  if (status === 401 || status === 403) return new ProviderError("invalid_credentials", "credentials rejected", details);
  if (/secret ?key|confirm ?key|unauthori[sz]ed|access denied|user.?agent|invalid (key|user|partner|username)/.test(t)) {
    return new ProviderError("invalid_credentials", "credentials rejected", details);
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
  if ((kind === "book" && status === STATUS.notice) || /captcha|wajib|required|invalid|tidak valid|must|harus/.test(t)) {
    return new ProviderError("validation", "request rejected", details);
  }
  return new ProviderError("upstream", "provider or airline failure", details);
}
