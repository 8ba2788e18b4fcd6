import { latestExpiry, parseDocumentDate, parseMonthYear } from "./document-date.js";
import { dateReadings } from "./document-date-readings.js";

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
  /**
   * The expiry read month first, when the typed date reads both ways ("10/05/2031": `expiry` 10 May,
   * this 5 Oct; document-date-readings `dateReadings`); as typed, for saying back.
   */
  alsoReads?: { date: string; typed: string };
  /** A date (or month) read where the expiry goes but further ahead than any passport runs: as typed, and as read. */
  tooFar?: { typed: string; date: string };
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
 * A passport number of 10 digits or more: no passport's (they run to 9 characters, ICAO 9303), but a
 * foreign phone typed without its "+" may look so ("6591234567"). Asked about, never guessed.
 */
export function doubtfulPassportNumber(number: string): boolean {
  return /^\d{10,}$/.test(number);
}

/**
 * "31122031" next to a passport number: the expiry typed without separators (ddmmyyyy), read only
 * beside a number, as alone those digits may be the number itself (US passports are digits only).
 */
function compactDate(ws: readonly string[]): string | undefined {
  const m = ws.length === 1 ? /^(\d{2})(\d{2})(\d{4})$/.exec(ws[0]!) : null;
  return m ? parseDocumentDate(`${m[1]}-${m[2]}-${m[3]}`) : undefined;
}

/**
 * "A1234567 31-12-2030", "A 1234567 31-12-2031", "a1234567 31 des 2031", "A1234567 exp 31/12/2031",
 * "No paspor: A1234567, 31 Dec 2031", the date first too, "A1234567 31122031". Two-digit years are
 * 20yy. With `flightDate`, a date past `latestExpiry` is `tooFar`, never the expiry. `bothWays`: a
 * date that reads month first too ("10/05/2031") says so in `alsoReads` (an English-speaking agent is
 * asked which is meant). Undefined: nothing of a passport in it.
 */
export function readPassport(input: string, flightDate?: string, bothWays = false): PassportAnswer | undefined {
  if (input.length > MAX_ANSWER) return undefined;
  const words = input.replace(/[,;:]/g, " ").split(/\s+/).filter((w) => w && !LABELS.has(w.toLowerCase().replace(/\.$/, "")));
  if (words.length === 0) return undefined;
  const latest = flightDate === undefined ? undefined : latestExpiry(flightDate);
  const date = (ws: readonly string[]) => parseDocumentDate(ws.join(" "));
  // The date read, or why it can't be the expiry.
  const expiryOf = (ws: readonly string[], date: string): Pick<PassportAnswer, "expiry" | "tooFar" | "alsoReads"> => {
    const typed = ws.join(" ");
    if (latest !== undefined && date > latest) return { tooFar: { typed, date } };
    const other = bothWays ? dateReadings(typed)?.monthDay : undefined;
    return other && (latest === undefined || other <= latest) ? { expiry: date, alsoReads: { date: other, typed } } : { expiry: date };
  };
  const cuts = words.map((_, k) => k).slice(1);
  // The number first, then the date first; a date of digits only (31122031) after both were tried with
  // separators, so a number of digits next to a dated one stays the number.
  for (const dateOf of [date, compactDate]) {
    for (const k of cuts) {
      const number = passportNumber(words.slice(0, k));
      const expiry = number && dateOf(words.slice(k));
      if (number && expiry) return { number, ...expiryOf(words.slice(k), expiry) };
    }
    for (const k of cuts) {
      const number = passportNumber(words.slice(k));
      const expiry = number && dateOf(words.slice(0, k));
      if (number && expiry) return { number, ...expiryOf(words.slice(0, k), expiry) };
    }
  }
  const expiry = date(words);
  if (expiry) return expiryOf(words, expiry);
  const monthOnly = parseMonthYear(words.join(" "));
  if (monthOnly) return monthAnswer(words, monthOnly, latest);
  const whole = passportNumber(words);
  if (whole) return { number: whole };
  for (const k of cuts) {
    const number = passportNumber(words.slice(0, k));
    const rest = words.slice(k);
    if (!number) continue;
    const month = parseMonthYear(rest.join(" "));
    return month ? { number, ...monthAnswer(rest, month, latest) } : { number, unreadDate: rest.join(" ") };
  }
  return undefined;
}

/** A month and year: asked for its day, or, past the latest expiry, asked about like a date that far. */
function monthAnswer(ws: readonly string[], monthOnly: { month: number; year: number }, latest: string | undefined): PassportAnswer {
  const first = `${monthOnly.year}-${String(monthOnly.month).padStart(2, "0")}-01`;
  return latest !== undefined && first > latest ? { tooFar: { typed: ws.join(" "), date: first } } : { monthOnly };
}
