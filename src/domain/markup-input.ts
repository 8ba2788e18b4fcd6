import { z } from "zod";
import type { Rupiah } from "./money.js";

/** Rupiah an agent may type for a markup or a rounding step: whole, and under Rp 100 juta. */
export const typedRupiah = z.number().int().min(0).max(99_999_999);
/** Up to 100 %, with at most two decimals, as basis points. */
export const typedPercentBp = z.number().int().min(0).max(10_000);

const SUFFIX: Record<string, number> = { rb: 1_000, ribu: 1_000, k: 1_000, jt: 1_000_000, juta: 1_000_000 };

/**
 * An amount as agents type it: `50000`, `50.000`, `Rp 50.000`, `Rp. 50,000`, `IDR 50000`, `50rb`,
 * `50 ribu`, `50k`, `2,5rb`, `1,5jt`, `1.5 juta`, `Rp 50.000,-`, `50.000,00`. Without a suffix "." and
 * "," only group thousands (Indonesian writing, and English); with one, either may be the decimal mark.
 */
export function parseRupiah(text: string): Rupiah | undefined {
  // "Rp 50.000,-" and "50.000,00" are how invoices write whole rupiah.
  const t = text.trim().toLowerCase().replace(/^(rp\.?|idr)\s*/, "").replace(/\s+/g, "").replace(/(\d)[.,]-$/, "$1").replace(/^(\d{1,3}(?:([.,])\d{3})+)(?!\2)[.,]00$/, "$1");
  let value: number | undefined;
  const suffixed = /^(\d{1,6})(?:[.,](\d{1,3}))?(rb|ribu|k|jt|juta)$/.exec(t);
  if (suffixed) {
    const unit = SUFFIX[suffixed[3]!]!;
    const fraction = suffixed[2] ?? "";
    // Integer arithmetic: "2,5rb" is 2·1000 + 5·1000/10.
    value = Number(suffixed[1]) * unit + (Number(fraction || "0") * unit) / 10 ** fraction.length;
  } else if (/^\d{1,3}([.,]\d{3})+$/.test(t) || /^\d{1,9}$/.test(t)) {
    value = Number(t.replace(/[.,]/g, ""));
  }
  const parsed = typedRupiah.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

/** `5%`, `2,5%`, `2.5 %`, `0,75%` → basis points (250 for 2,5 %); the % sign is required. */
export function parsePercent(text: string): number | undefined {
  const m = /^(\d{1,3})(?:[.,](\d{1,2}))?\s*%$/.exec(text.trim());
  if (!m) return undefined;
  const bp = Number(m[1]) * 100 + Number((m[2] ?? "").padEnd(2, "0"));
  const parsed = typedPercentBp.safeParse(bp);
  return parsed.success ? parsed.data : undefined;
}

/**
 * `ask`: an amount under Rp 1.000 is a markup nobody means, and a likely "50" for 50 ribu: it is asked
 * about (Rp 50.000 or Rp 50), never taken as it stands.
 */
export type MarkupInput = { ok: true; fixed: Rupiah; percentBp: number } | { ok: false; ask?: { small: Rupiah; thousands: Rupiah; percentBp: number } };

/** Below this a typed amount is asked about (see MarkupInput). */
export const SMALL_MARKUP = 1_000;

/**
 * "per pax" and its kin (`/pax`, `per orang`, `tiap penumpang`, `/org`, `per person`): the markup is per
 * passenger anyway (the panel says so), so the words only confirm it.
 */
const PER_PASSENGER = /\s*(?:\/\s*|\b(?:per|tiap|setiap|each|a)\s+)(?:pax|orang|org|penumpang|pnp|person|passenger|tiket|ticket)\b/gi;

/**
 * The whole markup in one line: an amount, a percentage, or both (`50rb`, `5%`, `50rb + 2,5%`,
 * `Rp 25.000 3%`, `50rb/pax`, `50 ribu per orang`); a part not given is zero, and `0` alone clears the markup.
 */
export function parseMarkup(text: string): MarkupInput {
  // "Rp 50.000" is one amount: glue a currency word to the number that follows it.
  const tokens = text.trim().replace(PER_PASSENGER, "").replace(/\s*\b(persen|percent|pct)\b/gi, "%").replace(/\b(rp\.?|idr)\s+/gi, "$1").replace(/(\d)\s+(%|rb|ribu|k|jt|juta)\b/gi, "$1$2").replace(/(\d)\s+%/g, "$1%").split(/[\s+]+/).filter(Boolean);
  if (tokens.length === 0 || tokens.length > 2) return { ok: false };
  let fixed: Rupiah | undefined;
  let percentBp: number | undefined;
  for (const token of tokens) {
    if (token.endsWith("%")) {
      if (percentBp !== undefined) return { ok: false };
      percentBp = parsePercent(token);
      if (percentBp === undefined) return { ok: false };
    } else {
      if (fixed !== undefined) return { ok: false };
      fixed = parseRupiah(token);
      if (fixed === undefined) return { ok: false };
    }
  }
  if (fixed !== undefined && fixed > 0 && fixed < SMALL_MARKUP) return { ok: false, ask: { small: fixed, thousands: fixed * 1_000, percentBp: percentBp ?? 0 } };
  return { ok: true, fixed: fixed ?? 0, percentBp: percentBp ?? 0 };
}

/** A rounding step: an amount of at least Rp 1 (`5rb`, `Rp 1.000`), or `0`/`1` for none. */
export function parseRoundingStep(text: string): Rupiah | undefined {
  const amount = parseRupiah(text);
  if (amount === undefined) return undefined;
  return amount <= 1 ? 1 : amount <= 1_000_000 ? amount : undefined;
}

/**
 * The agency's name or contact line as the customer will read it: one line, spaces collapsed, no
 * control characters, within `max` characters; `-` alone clears it (undefined value, ok).
 */
export function parseAgencyLine(text: string, max: number): { ok: true; value?: string } | { ok: false } {
  const line = text.replace(/\s+/g, " ").trim();
  if (line === "-") return { ok: true };
  // eslint-disable-next-line no-control-regex
  const parsed = z.string().min(1).max(max).regex(/^[^\u0000-\u001f\u007f<>]+$/u).safeParse(line);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false };
}
