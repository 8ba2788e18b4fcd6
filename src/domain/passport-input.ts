import { parseDocumentDate, parseMonthYear } from "./document-date.js";

/**
 * What one answer to the passport question held. Any part may be missing: the step keeps what was
 * read and asks only for the rest.
 */
export interface PassportAnswer {
  number?: string;
  /** yyyy-mm-dd. */
  expiry?: string;
  /** Month and year only ("12/30"): a passport expires on a day, which is asked, never guessed. */
  monthOnly?: { month: number; year: number };
  /** What followed the number and reads as no date, as typed. */
  unreadDate?: string;
}

/** Answers are short; a longer one is not read at all. */
const MAX_ANSWER = 120;

/** Words around the number and the date: "No paspor: A1234567 exp. 31/12/2031", "berlaku s/d 31-12-2031". */
const LABELS = new Set([
  "paspor", "pasport", "passport", "passpor", "no", "nomor", "nmr", "number", "num", "exp", "expiry", "expired", "expires", "expire",
  "expdate", "ed", "doe", "berlaku", "habis", "s/d", "sd", "s.d", "hingga", "sampai", "until", "valid", "tgl", "tanggal", "date",
  "of", "dan", "and", "masa", "thru", "-", "/",
]);

/**
 * A passport number: letters and digits, at least one digit ("A1234567"; US ones are digits only), in
 * one word or split after its letters ("A 1234567").
 */
function passportNumber(words: readonly string[]): string | undefined {
  if (words.length > 2 || (words.length === 2 && !(/^[a-z]{1,2}$/i.test(words[0]!) && /^\d+$/.test(words[1]!)))) return undefined;
  const t = words.join("").toUpperCase();
  return /^[A-Z0-9]{5,12}$/.test(t) && /\d/.test(t) ? t : undefined;
}

/**
 * "A1234567 31-12-2030", "A 1234567 31-12-2031", "a1234567 31 des 2031", "A1234567 exp 31/12/2031",
 * "No paspor: A1234567, 31 Dec 2031", the date first too. Two-digit years are 20yy. Undefined: nothing
 * of a passport in it.
 */
export function readPassport(input: string): PassportAnswer | undefined {
  if (input.length > MAX_ANSWER) return undefined;
  const words = input.replace(/[,;:]/g, " ").split(/\s+/).filter((w) => w && !LABELS.has(w.toLowerCase().replace(/\.$/, "")));
  if (words.length === 0) return undefined;
  const date = (ws: readonly string[]) => parseDocumentDate(ws.join(" "));
  const cuts = words.map((_, k) => k).slice(1);
  for (const k of cuts) {
    const number = passportNumber(words.slice(0, k));
    const expiry = number && date(words.slice(k));
    if (number && expiry) return { number, expiry };
  }
  for (const k of cuts) {
    const number = passportNumber(words.slice(k));
    const expiry = number && date(words.slice(0, k));
    if (number && expiry) return { number, expiry };
  }
  const expiry = date(words);
  if (expiry) return { expiry };
  const monthOnly = parseMonthYear(words.join(" "));
  if (monthOnly) return { monthOnly };
  const whole = passportNumber(words);
  if (whole) return { number: whole };
  for (const k of cuts) {
    const number = passportNumber(words.slice(0, k));
    const rest = words.slice(k).join(" ");
    if (!number) continue;
    const month = parseMonthYear(rest);
    return month ? { number, monthOnly: month } : { number, unreadDate: rest };
  }
  return undefined;
}
