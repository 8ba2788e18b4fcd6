import { ProviderError } from "../../domain/errors.js";
import { capLines, capText, MAX_PROVIDER_LINES, MAX_PROVIDER_TEXT } from "../provider-text.js";
import type { z } from "zod";
import type { failureSchema } from "./wire-schemas.js";

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

/**
 * Maps MMBC's failure bodies to errors by meaning. Reasons are free text in Indonesian and English,
 * so matching is by keywords, and anything unrecognised is an upstream failure carrying the text.
 */
export function mapFailure(endpoint: string, body: Failure): ProviderError {
  const reason = capText(body.reason ?? "").trim();
  // Validation lines: only the first few, and never a megabyte of them, are split and kept.
  const message = body.message === undefined ? undefined : capText(body.message, MAX_PROVIDER_TEXT * MAX_PROVIDER_LINES);
  const details = { endpoint, raw: reason || (message === undefined ? undefined : capText(message)) };

  if (message !== undefined && !reason) {
    const messages = capLines(message.split("\n"));
    const seats = Number(body.flight_seat ?? NaN);
    const seatGone = messages.some((m) => /seat|kursi|sold out|habis|not available|full/i.test(m)) || seats === 0;
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
  if (r.includes("seat") || r.includes("kursi")) return new ProviderError("seat_gone", "no seats left", details);
  return new ProviderError("upstream", "provider or airline failure", { ...details, messages: reason ? [reason] : [] });
}
