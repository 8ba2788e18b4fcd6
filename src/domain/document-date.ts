/**
 * Dates printed on documents (birth, passport issue and expiry) as agents type them, day first as
 * in Indonesia, months named in Indonesian or English.
 */
const MONTHS: Record<string, number> = {
  januari: 1, january: 1, jan: 1, februari: 2, february: 2, feb: 2, peb: 2, maret: 3, march: 3, mar: 3, april: 4, apr: 4,
  mei: 5, may: 5, juni: 6, june: 6, jun: 6, juli: 7, july: 7, jul: 7, agustus: 8, august: 8, agu: 8, agt: 8, ags: 8, aug: 8,
  september: 9, sept: 9, sep: 9, oktober: 10, october: 10, okt: 10, oct: 10, november: 11, nov: 11, nop: 11,
  desember: 12, december: 12, des: 12, dec: 12,
};

function monthNumber(word: string): number | undefined {
  return Object.hasOwn(MONTHS, word) ? MONTHS[word] : undefined;
}

function isoDate(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** A passport is valid for at most ten years from its issue, which is never ahead. */
export const PASSPORT_VALID_YEARS = 10;

/**
 * The latest expiry a passport can have, `PASSPORT_VALID_YEARS` after `from` (the flight date, which
 * is never before today). A later one read from an answer is a slip (a birth date typed there:
 * "17-08-90" made 2090), asked about, never taken.
 */
export function latestExpiry(from: string): string {
  return `${Number(from.slice(0, 4)) + PASSPORT_VALID_YEARS}${from.slice(4)}`;
}

/**
 * A two-digit year: with `notAfter`, the latest year that puts the day not after it (a birth or issue
 * date is never ahead); without, 20yy, as an expiry is read; one past `latestExpiry` is then refused
 * by the caller (readPassport), not turned into another century.
 */
function fullYear(typed: string, month: number, day: number, notAfter?: string): number {
  if (typed.length === 4) return Number(typed);
  const recent = 2000 + Number(typed);
  return notAfter === undefined || isoDate(recent, month, day) <= notAfter ? recent : recent - 100;
}

/**
 * The numbers of "12/03/1985" day first, as Indonesia writes them; "03/13/1985", whose second number
 * can't be a month, is 13 March whoever typed it (as a flight date's "12/25" is, travel-date
 * `monthDayOnly`). A day and month that could swap ("12/03/85") are read day first here: an
 * English-speaking agent is asked which is meant (document-date-readings `dateReadings`).
 */
function dayFirst(first: number, second: number, year: string): [number, number, string] {
  return second > 12 && first >= 1 && first <= 12 ? [second, first, year] : [first, second, year];
}

function clean(input: string): string {
  return input.trim().toLowerCase().replace(/\s+/g, " ").replace(/\.$/, "");
}

/**
 * "17-08-1990", "17/8/90", "17.08.1990", "17 08 1990", "08/17/1990" (see `dayFirst`), "17 agustus 1990", "17 agu. 1990", "17-Aug-1990",
 * "17aug1990", "Aug 17, 1990", "1990-08-17" → yyyy-mm-dd. Undefined when unreadable or no such day
 * ("31 feb 1990"). `notAfter` (yyyy-mm-dd) places two-digit years, see `fullYear`.
 */
export function parseDocumentDate(input: string, notAfter?: string): string | undefined {
  if (input.length > 40) return undefined;
  const t = clean(input);
  const digits = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{2}|\d{4})$/.exec(t) ?? /^(\d{1,2})( )(\d{1,2}) (\d{4})$/.exec(t);
  const named = /^(\d{1,2})[ -]?([a-z]+)\.?[ -]?(\d{2}|\d{4})$/.exec(t);
  const english = /^([a-z]+)\.? (\d{1,2}),? (\d{2}|\d{4})$/.exec(t);
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  const [day, month, year] = digits
    ? dayFirst(Number(digits[1]), Number(digits[3]), digits[4]!)
    : named ? [Number(named[1]), monthNumber(named[2]!), named[3]!]
    : english ? [Number(english[2]), monthNumber(english[1]!), english[3]!]
    : iso ? [Number(iso[3]), Number(iso[2]), iso[1]!]
    : [0, 0, ""];
  if (!day || !month || month > 12) return undefined;
  const date = isoDate(fullYear(year, month, day, notAfter), month, day);
  // "31-02-1990" rolls over in Date: a day that doesn't exist is no date.
  return new Date(`${date}T00:00:00Z`).toISOString().startsWith(date) ? date : undefined;
}

/**
 * A month and year without the day ("12/30", "12-2030", "des 2030", "Dec 2030"): read to say it back,
 * never completed with a guessed day. Year as typed with two digits made 20yy.
 */
export function parseMonthYear(input: string): { month: number; year: number } | undefined {
  if (input.length > 40) return undefined;
  const t = clean(input);
  const digits = /^(\d{1,2})[-/.](\d{2}|\d{4})$/.exec(t);
  const named = /^([a-z]+)\.?[ -]?(\d{2}|\d{4})$/.exec(t);
  const month = digits ? Number(digits[1]) : named ? monthNumber(named[1]!) : undefined;
  const typed = digits?.[2] ?? named?.[2];
  if (!month || month > 12 || !typed) return undefined;
  return { month, year: typed.length === 2 ? 2000 + Number(typed) : Number(typed) };
}
