import { MAX_ANSWER } from "./answer-limit.js";
import { readPassport } from "./passport-input.js";

/** "no", "nomor", "number" around an ID's label: "no. KTP", and "ID No.", "e-KTP no", "NIK No:" too. */
const ID_NO = "(?:no|nomor|nmr|number|num)";

/**
 * "NIK:", "no. KTP", "KTP", "e-KTP", "ID", "paspor" before the number, as agents label it, with a
 * "no"/"nomor"/"number" before or after the label and ":", ".", "#" after it ("ID No. 3174…",
 * "KTP #3174…"), or "No. 3174…" / "#3174…" alone. A "no" is a word of its own: "Paspor NO1234567"
 * keeps its number.
 */
const ID_LABEL = new RegExp(`^(?:${ID_NO}\\.?\\s*)?(?:(?:nik|e-?ktp|ktp)(?:\\s*${ID_NO}\\b)?(?:\\s*[.:#]\\s*|\\s+|(?=\\d))|(?:id|paspor|passport)(?:\\s*${ID_NO}\\b)?(?:\\s*[.:#]\\s*|\\s+)|(?:${ID_NO}|#)(?:\\s*[.:#]\\s*|\\s+|(?<=#)))`, "i");

/**
 * What an ID number answer held: the number, or an all-digit one that is no KTP/NIK (16 digits) and is
 * asked about, or a number with a date beside it ("A1234567 31-12-2031": a passport and its expiry),
 * `passport` its number when it reads as one, or `letters`: no digit in it, so no ID at all (a name,
 * "nanti nyusul").
 */
export type IdNumberAnswer =
  | { ok: true; value: string }
  | { ok: false; reason: "unreadable" }
  | { ok: false; reason: "letters" }
  | { ok: false; reason: "ktp_digits"; value: string; digits: number }
  | { ok: false; reason: "dated"; passport?: string };

/** A part typed as a date, with its separators: "31-12-2031", "31/12/31", "2031.12.31". */
const DATE_PART = /^(?:\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}|\d{4}[-/.]\d{1,2}[-/.]\d{1,2})$/;

/**
 * A KTP/NIK (16 digits) or a passport/ID number (tiket.com's `ida` takes either): letters and digits,
 * 5–20 of them, a label before it dropped ("NIK: 3174…"), at least one a digit: every KTP, passport
 * and ID card number has digits, and letters alone are a name or chat joined up ("Ny Ani Lestari" →
 * "NYANILESTARI", "nanti nyusul" → "NANTINYUSUL" were booked so). All digits but not 16 of them is a
 * KTP typed wrong more often than not: said, not taken.
 */
export function readIdNumber(input: string): IdNumberAnswer {
  if (input.length > MAX_ANSWER) return { ok: false, reason: "unreadable" };
  const unlabelled = input.trim().replace(ID_LABEL, "");
  const t = unlabelled.replace(/[\s.-]/g, "").toUpperCase();
  // A KTP typed in groups ("3174 0917 0890 0011") is 16 digits whatever its groups look like.
  if (/^\d{16}$/.test(t)) return { ok: true, value: t };
  // The parts are joined only when none is a date: a date's digits are never part of an ID.
  const dated = datedNumber(unlabelled);
  if (dated) return dated;
  if (!/\d/.test(t)) return { ok: false, reason: "letters" };
  if (!/^[A-Z0-9]{5,20}$/.test(t)) return { ok: false, reason: "unreadable" };
  return /^\d+$/.test(t) && t.length !== 16 ? { ok: false, reason: "ktp_digits", value: t, digits: t.length } : { ok: true, value: t };
}

/**
 * A number typed with a date beside it: a passport and its expiry (number read as the passport
 * question reads it, the date typed as a date or as ddmmyyyy beside it), or a part shaped as a date
 * that does not read as one. Undefined: no date in it.
 */
function datedNumber(text: string): IdNumberAnswer | undefined {
  const words = text.split(/\s+/).filter(Boolean);
  if (words.length < 2) return undefined;
  const p = readPassport(text);
  if (p?.number && (p.expiry || p.tooFar || p.monthOnly)) return { ok: false, reason: "dated", passport: p.number };
  return words.some((w) => DATE_PART.test(w.replace(/[,;]$/, ""))) ? { ok: false, reason: "dated" } : undefined;
}
