import { MAX_ANSWER } from "./answer-limit.js";

/** "no", "nomor", "number" around an ID's label: "no. KTP", and "ID No.", "e-KTP no", "NIK No:" too. */
const ID_NO = "(?:no|nomor|nmr|number|num)";

/**
 * "NIK:", "no. KTP", "KTP", "e-KTP", "ID", "paspor" before the number, as agents label it, with a
 * "no"/"nomor"/"number" before or after the label and ":", ".", "#" after it ("ID No. 3174…",
 * "KTP #3174…"), or "No. 3174…" / "#3174…" alone. A "no" is a word of its own: "Paspor NO1234567"
 * keeps its number.
 */
const ID_LABEL = new RegExp(`^(?:${ID_NO}\\.?\\s*)?(?:(?:nik|e-?ktp|ktp)(?:\\s*${ID_NO}\\b)?(?:\\s*[.:#]\\s*|\\s+|(?=\\d))|(?:id|paspor|passport)(?:\\s*${ID_NO}\\b)?(?:\\s*[.:#]\\s*|\\s+)|(?:${ID_NO}|#)(?:\\s*[.:#]\\s*|\\s+|(?<=#)))`, "i");

/** What an ID number answer held: the number, or an all-digit one that is no KTP/NIK (16 digits) and is asked about. */
export type IdNumberAnswer = { ok: true; value: string } | { ok: false; reason: "unreadable" } | { ok: false; reason: "ktp_digits"; value: string; digits: number };

/**
 * A KTP/NIK (16 digits) or a passport/ID number (tiket.com's `ida` takes either): letters and digits,
 * 5–20 of them, a label before it dropped ("NIK: 3174…"). All digits but not 16 of them is a KTP
 * typed wrong more often than not: said, not taken.
 */
export function readIdNumber(input: string): IdNumberAnswer {
  if (input.length > MAX_ANSWER) return { ok: false, reason: "unreadable" };
  const t = input.trim().replace(ID_LABEL, "").replace(/[\s.-]/g, "").toUpperCase();
  if (!/^[A-Z0-9]{5,20}$/.test(t)) return { ok: false, reason: "unreadable" };
  return /^\d+$/.test(t) && t.length !== 16 ? { ok: false, reason: "ktp_digits", value: t, digits: t.length } : { ok: true, value: t };
}
