import { addDays } from "date-fns/addDays";
import { addMonths } from "date-fns/addMonths";
import { addYears } from "date-fns/addYears";
import { differenceInCalendarDays } from "date-fns/differenceInCalendarDays";
import { format } from "date-fns/format";
import { getISODay } from "date-fns/getISODay";
import { isValid } from "date-fns/isValid";
import { parse } from "date-fns/parse";
import { parseISO } from "date-fns/parseISO";

/**
 * - past: the date has gone. `suggestion` is the same day and month next year when the agent typed
 *   no year (1/12 on 2 December): the conversation offers it as a tap rather than rolling over silently.
 * - too_far: beyond the booking window; `max` is the last bookable day.
 * - vague: a span, not a day ("minggu depan", "next week", "bulan depan"): ask which day.
 */
export type DateAnswer =
  | { ok: true; date: string }
  | { ok: false; reason: "unreadable" | "vague" }
  /** "31/2", "29-02-2027": read, but no such day; `year`: the one typed, else the one that month is next in. */
  | { ok: false; reason: "nonexistent"; day: number; month: number; year: number }
  | { ok: false; reason: "past"; suggestion?: string }
  | { ok: false; reason: "too_far"; max: string };

/** Airlines open their schedules about a year ahead; the calendar and typed dates share this limit. */
export function lastBookableDate(today: string): string {
  return format(addYears(parseISO(today), 1), "yyyy-MM-dd");
}

/**
 * A day and month without a year that already passed this year: if its next occurrence is within
 * this many days it is meant (1/1 typed in November), otherwise it is asked about (1/12 typed on
 * 2 December is far more likely a slip than a trip a year away).
 */
const ROLL_OVER_DAYS = 183;

const RELATIVE: Record<string, number> = {
  "hari ini": 0, today: 0, sekarang: 0, now: 0, tonight: 0, "nanti malam": 0, "malam ini": 0,
  kemarin: -1, yesterday: -1,
  besok: 1, tomorrow: 1, bsk: 1, besuk: 1, bsok: 1, bsuk: 1, tmrw: 1, tmr: 1, tmw: 1, tmrow: 1, tmrrw: 1, tomorow: 1, tommorow: 1, tommorrow: 1, "2moro": 1, "2morow": 1, "2morrow": 1, "2mrw": 1, lusa: 2, "besok lusa": 2, "day after tomorrow": 2, "the day after tomorrow": 2,
};
export const VAGUE = new Set([
  "minggu depan", "next week", "bulan depan", "next month", "pekan depan", "akhir pekan", "weekend", "this weekend", "minggu ini", "this week",
  "akhir bulan", "end of month", "end of the month", "akhir bulan ini", "awal bulan depan", "early next month", "beginning of next month",
  "start of next month", "awal bulan", "akhir tahun", "end of year", "end of the year", "akhir bulan depan", "end of next month",
]);

/** Holidays agents name instead of a date, as month and day: the next one is meant. */
const HOLIDAYS: Record<string, [number, number]> = {
  natal: [12, 25], christmas: [12, 25], "christmas day": [12, 25], xmas: [12, 25], "malam natal": [12, 24], "christmas eve": [12, 24], "xmas eve": [12, 24],
  "tahun baru": [1, 1], "taun baru": [1, 1], "new year": [1, 1], "new years": [1, 1], "new years day": [1, 1], "new year day": [1, 1], "tahun baruan": [1, 1],
  "malam tahun baru": [12, 31], "malam taun baru": [12, 31], "new years eve": [12, 31], "new year eve": [12, 31], nye: [12, 31], "malam pergantian tahun": [12, 31],
};

/** "natal", "hari natal", "christmas", "new year's eve", "tahun baru 2027": the holiday's next date (or the year's, when typed). */
function holiday(today: string, text: string): { date: string; typedYear: boolean } | undefined {
  const m = /^(.+?)(?: (\d{4}))?$/.exec(text.replace(/['\u2019]/g, ""));
  const md = m && Object.hasOwn(HOLIDAYS, m[1]!) ? HOLIDAYS[m[1]!] : undefined;
  if (!md) return undefined;
  if (m![2] !== undefined) {
    const date = iso(Number(m![2]), md[0], md[1]);
    return date ? { date, typedYear: true } : undefined;
  }
  const year = Number(today.slice(0, 4));
  const date = iso(year, md[0], md[1])!;
  return { date: date >= today ? date : iso(year + 1, md[0], md[1])!, typedYear: false };
}

const WEEKDAYS: Record<string, number> = {
  senin: 1, selasa: 2, rabu: 3, kamis: 4, jumat: 5, jum: 5, jumaat: 5, jmt: 5, jmat: 5, sabtu: 6, minggu: 7, ahad: 7,
  monday: 1, mon: 1, tuesday: 2, tue: 2, tues: 2, wednesday: 3, wed: 3, thursday: 4, thu: 4, thur: 4, thurs: 4,
  friday: 5, fri: 5, saturday: 6, sat: 6, sunday: 7, sun: 7,
};

const MONTHS: Record<string, number> = {
  jan: 1, januari: 1, january: 1, feb: 2, febr: 2, februari: 2, pebruari: 2, february: 2, mar: 3, maret: 3, march: 3, apr: 4, april: 4,
  mei: 5, may: 5, jun: 6, juni: 6, june: 6, jul: 7, juli: 7, july: 7, agu: 8, agt: 8, ags: 8, agus: 8, agustus: 8, aug: 8, august: 8,
  sep: 9, sept: 9, september: 9, okt: 10, oktober: 10, oct: 10, october: 10, nov: 11, nop: 11, november: 11, nopember: 11,
  des: 12, desember: 12, dec: 12, december: 12,
};

/** Whether a word names a month ("des", "desember", "dec", "december", "agt"), for the quick form's date ranges. */
export function isMonthName(word: string): boolean {
  const w = word.toLowerCase().replace(/\.$/, "");
  return Object.hasOwn(MONTHS, w);
}

/**
 * The day of a date written with no year as a day and a month name, maybe after "tgl" ("2 jan", "jan 2",
 * "feb 3rd", "tgl 2 januari", "2 jan."), or as "tgl 2": a count right after it may be another day of that month (the return of
 * "2 jan 3", as in "2-3 jan"), so the quick form and the party question ask which was meant.
 */
export function dayOfMonthPhrase(phrase: string): number | undefined {
  // "feb 3rd", "3rd feb": an English ordinal day reads as the bare day does ("3 feb").
  const words = phrase.toLowerCase().trim().split(/\s+/).map((w) => w.replace(/^(\d{1,2})(?:st|nd|rd|th)$/, "$1"));
  const tgl = /^(?:tgl|tanggal)\.?$/.test(words[0] ?? "");
  if (tgl) words.shift();
  const [a = "", b] = words;
  // "tgl 2" alone is a day too; a bare "2" is not (it is the party).
  const day = words.length === 1 && tgl && /^\d{1,2}$/.test(a) ? Number(a)
    : words.length !== 2 || b === undefined ? undefined
    : /^\d{1,2}$/.test(a) && isMonthName(b) ? Number(a) : isMonthName(a) && /^\d{1,2}$/.test(b) ? Number(b) : undefined;
  return day !== undefined && day >= 1 && day <= 31 ? day : undefined;
}

/** Counts in a relative date: "2 minggu lagi", "dua minggu lagi", "seminggu lagi", "in a week", "in two weeks". */
const SPAN_COUNTS: Record<string, number> = {
  satu: 1, dua: 2, tiga: 3, empat: 4, lima: 5, enam: 6, tujuh: 7, delapan: 8, sembilan: 9, sepuluh: 10,
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
};
const SPAN_UNITS: Record<string, "day" | "week" | "month"> = {
  hari: "day", day: "day", days: "day", minggu: "week", pekan: "week", week: "week", weeks: "week", bulan: "month", month: "month", months: "month",
};
/**
 * "3 hari lagi", "2 minggu lagi", "dalam 2 minggu", "2 minggu dari sekarang", "in 2 weeks", "3 days from now":
 * a count of days, weeks or months from today. A count alone ("2 minggu") is a length of stay, not a date.
 */
const SPAN = /^(?:(dalam|in)\s+)?(?:(\d{1,3})\s*|(se)|([a-z]+)\s+)(hari|days?|minggu|pekan|weeks?|bulan|months?)(?:\s+(lagi|dari sekarang|ke ?depan|from now|from today|later))?$/;

function span(today: string, text: string): string | undefined {
  const m = SPAN.exec(text);
  // A lead or a tail says it is counted from today.
  if (!m || (m[1] === undefined && m[6] === undefined)) return undefined;
  const word = m[4];
  const count = m[2] !== undefined ? Number(m[2]) : m[3] !== undefined ? 1 : word !== undefined && Object.hasOwn(SPAN_COUNTS, word) ? SPAN_COUNTS[word] : undefined;
  if (count === undefined) return undefined;
  const unit = SPAN_UNITS[m[5]!]!;
  const start = parseISO(today);
  const date = unit === "month" ? addMonths(start, count) : addDays(start, unit === "week" ? count * 7 : count);
  return format(date, "yyyy-MM-dd");
}

/** Leading words that say "the date is…": "tgl 25", "tanggal 25 des", "on 25 dec", "hari senin", "untuk besok", "on the 15th". */
const LEAD = /^(?:on\s+the|tgl\.?|tanggal|tang|on|the|hari|pada|for|untuk|utk|buat)\s+|^(?:tgl\.?|tanggal)(?=\d)/;

/**
 * Chat spellings of date words, read as the words they stand for wherever those are read: "minggu dpn"
 * is "minggu depan" (next week, never a Sunday with "dpn" left over), "senen" is Senin, "nanti malem" is
 * "nanti malam".
 */
const DATE_WORD_SPELLINGS: Record<string, string> = {
  dpn: "depan", dpan: "depan", depn: "depan", mgg: "minggu", mggu: "minggu",
  senen: "senin", snn: "senin", slasa: "selasa", sls: "selasa", kemis: "kamis", kms: "kamis", sbtu: "sabtu", sbt: "sabtu",
  malem: "malam", mlm: "malam", bln: "bulan",
};

/**
 * "tgl 31 bulan 2", "5 bulan 3 tahun 2027": day D of month M, as agents write it. Written with a dash, never a
 * slash, as two bare numbers are (pax-parse `dayMonthOf`): "bulan" names the month, so it is never asked as month/day.
 */
const DAY_OF_MONTH_NUMBER = /^(?:(?:tgl\.?|tanggal)\s*)?(\d{1,2}) bulan (\d{1,2})(?: (?:(?:tahun|thn|taun) )?(\d{4}))?$/;

/** Lower case, single spaces, no closing punctuation, chat spellings written out ("minggu dpn" → "minggu depan"). */
export function normalizeDateText(input: string): string {
  const text = input
    .trim()
    .toLowerCase()
    .replace(/\s+/g, " ")
    .replace(/[.!?]+$/, "")
    .split(" ")
    .map((w) => (Object.hasOwn(DATE_WORD_SPELLINGS, w) ? DATE_WORD_SPELLINGS[w]! : w))
    .join(" ");
  const m = DAY_OF_MONTH_NUMBER.exec(text);
  return m ? `${m[1]}-${m[2]}${m[3] !== undefined ? `-${m[3]}` : ""}` : text;
}

/** "tgl 25" → "25"; "hari ini" stays (it is a word of its own). */
export function stripLead(typed: string): string {
  return RELATIVE[typed] !== undefined ? typed : typed.replace(LEAD, "");
}

function iso(y: number, m: number, d: number): string | undefined {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d ? date.toISOString().slice(0, 10) : undefined;
}

export function plusDays(today: string, days: number): string {
  return format(addDays(parseISO(today), days), "yyyy-MM-dd");
}

type NoSuchDay = { day: number; month: number; year: number };
type Read = { date: string; typedYear: boolean } | { vague: true } | { nonexistent: NoSuchDay } | undefined;

/** A day and month in range that make no date ("31/2"): said as such, not as unreadable. */
function noSuchDay(m: number, d: number, year: number): { nonexistent: NoSuchDay } | undefined {
  return m >= 1 && m <= 12 && d >= 1 && d <= 31 ? { nonexistent: { day: d, month: m, year } } : undefined;
}

/** The year a month typed without one is next in ("29/2" in December: next February's, to say it has no 29th). */
function comingYear(today: string, m: number): number {
  const year = Number(today.slice(0, 4));
  return m >= Number(today.slice(5, 7)) ? year : year + 1;
}

/** A day and month without a year: this year's, or next year's when this year's has passed (see ROLL_OVER_DAYS). */
function withoutYear(today: string, m: number, d: number): { date: string; typedYear: boolean } | undefined {
  const year = Number(today.slice(0, 4));
  const candidate = iso(year, m, d);
  if (candidate && candidate >= today) return { date: candidate, typedYear: false };
  const next = iso(year + 1, m, d);
  if (next && differenceInCalendarDays(parseISO(next), parseISO(today)) <= ROLL_OVER_DAYS) return { date: next, typedYear: false };
  // This year's date, in the past: the caller reports it as past with next year's as the suggestion.
  const date = candidate ?? next;
  return date ? { date, typedYear: false } : undefined;
}

/** "25": this month's 25th if not past, else the next month that has one. */
function dayOnly(today: string, d: number): { date: string; typedYear: boolean } | undefined {
  if (d < 1 || d > 31) return undefined;
  let y = Number(today.slice(0, 4));
  let m = Number(today.slice(5, 7));
  for (let i = 0; i < 3; i++) {
    const candidate = iso(y, m, d);
    if (candidate && candidate >= today) return { date: candidate, typedYear: false };
    m += 1;
    if (m > 12) [m, y] = [1, y + 1];
  }
  return undefined;
}

/**
 * A weekday is its next occurrence after today ("senin" on a Monday is next Monday; today is
 * "hari ini"; the date question asks which, see isTodaysWeekday). "jumat depan" / "next friday" is the
 * Friday of next week (weeks start on Monday), which on a weekend is the same day as plain "jumat".
 * "sabtu ini" / "this saturday" typed on a Saturday is today: "ini" names the day of this week, and
 * reading it as next week's searched a week late without a word (the echo always shows the date).
 */
function weekday(today: string, day: number, week: "next" | "this" | undefined): string {
  const now = getISODay(parseISO(today));
  if (week === "next") return plusDays(today, 7 - now + day);
  if (week === "this" && day === now) return today;
  return plusDays(today, ((day - now + 7) % 7) || 7);
}

/** A day and a month name, in either order, maybe a year: "25 des", "dec 25, 2026", "30 feb" (shape only, not validity). */
function dayAndMonthName(text: string): { day: number; month: number; year?: number } | undefined {
  const words = text.replace(/,/g, " ").replace(/(\d)(st|nd|rd|th)\b/g, "$1").replace(/(\d) of (?=[a-z])/g, "$1 ").replace(/(\d)([a-z])/g, "$1 $2").replace(/(\d)-([a-z])/g, "$1 $2").replace(/([a-z])-(\d)/g, "$1 $2").split(/\s+/);
  if (words.length < 2 || words.length > 3) return undefined;
  const [a, b, c] = words as [string, string, string | undefined];
  const dayFirst = /^\d{1,2}$/.test(a) && MONTHS[b.replace(/\.$/, "")];
  const monthFirst = /^\d{1,2}$/.test(b) && MONTHS[a.replace(/\.$/, "")];
  const month = dayFirst || monthFirst;
  if (!month || (c !== undefined && !/^\d{4}$/.test(c))) return undefined;
  return { day: Number(dayFirst ? a : b), month, year: c === undefined ? undefined : Number(c) };
}

function read(text: string, today: string, namedDay: boolean): Read {
  // "hari minggu depan" is a Sunday; "minggu depan" alone is a week.
  if (VAGUE.has(text) && !namedDay) return { vague: true };
  const rel = RELATIVE[text];
  // "kemarin" has passed, and no other year is meant: no next-year suggestion.
  if (rel !== undefined) return { date: plusDays(today, rel), typedYear: rel < 0 };
  const named = holiday(today, text);
  if (named) return named;
  const later = span(today, text);
  if (later !== undefined) return { date: later, typedYear: true };
  let m: RegExpExecArray | null;
  // Weekdays: "senin", "jumat depan", "next friday", "this friday", "jumat ini", "hari minggu".
  if ((m = /^(?:(next|this|coming)\s+)?([a-z']+)(?:\s+(depan|ini|besok|next))?$/.exec(text.replace(/'/g, "")))) {
    const day = WEEKDAYS[m[2]!];
    const week = m[1] === "next" || m[3] === "depan" || m[3] === "next" ? "next" : m[1] === "this" || m[3] === "ini" ? "this" : undefined;
    // "minggu depan" / "minggu ini" alone are weeks (handled above as vague), never a Sunday.
    if (day) return { date: weekday(today, day, week), typedYear: false };
  }
  if ((m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(text))) {
    const date = iso(+m[1]!, +m[2]!, +m[3]!);
    return date ? { date, typedYear: true } : noSuchDay(+m[2]!, +m[3]!, +m[1]!);
  }
  if ((m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{2}|\d{4})$/.exec(text))) {
    const year = m[3]!.length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
    const date = iso(year, +m[2]!, +m[1]!);
    return date ? { date, typedYear: true } : noSuchDay(+m[2]!, +m[1]!, year);
  }
  if ((m = /^(\d{1,2})[-/.](\d{1,2})$/.exec(text))) return withoutYear(today, +m[2]!, +m[1]!) ?? noSuchDay(+m[2]!, +m[1]!, comingYear(today, +m[2]!));
  // "25 des", "25 desember 2026", "25th dec", "25-des", "des 25", "december 25, 2026".
  const dm = dayAndMonthName(text);
  if (dm) {
    if (dm.year !== undefined) {
      const date = iso(dm.year, dm.month, dm.day);
      return date ? { date, typedYear: true } : noSuchDay(dm.month, dm.day, dm.year);
    }
    return withoutYear(today, dm.month, dm.day) ?? noSuchDay(dm.month, dm.day, comingYear(today, dm.month));
  }
  // "25", "the 5th" (the lead already gone), "5th".
  if ((m = /^(\d{1,2})(?:st|nd|rd|th)?$/.exec(text))) return dayOnly(today, Number(m[1]));
  return undefined;
}

/**
 * Reads a travel date the way agents type it (Indonesian and English): besok, lusa, tomorrow,
 * senin, jumat depan, next friday, tgl 25, 25 des, dec 25, 25/12, 25-12-2026, 2026-12-25, 2 minggu lagi, in 3 days…
 * `today` is the local date in the configured zone. Past dates, dates beyond the booking window
 * and spans ("minggu depan") are refused with a reason the conversation can act on.
 */
/**
 * "12/25": a slash date whose second number can't be a month is month/day, whoever typed it (an
 * English "12/25" is Christmas, and there is no 25th month to mean anything else).
 */
function monthDayOnly(text: string): string {
  const m = /^(\d{1,2})\/(\d{1,2})(\/(?:\d{2}|\d{4}))?$/.exec(text);
  return m && Number(m[1]) >= 1 && Number(m[1]) <= 12 && Number(m[2]) > 12 && Number(m[2]) <= 31 ? `${m[2]}/${m[1]}${m[3] ?? ""}` : text;
}

export function parseTravelDate(input: string, today: string): DateAnswer {
  // The longest form, "tanggal 30 desember 2026", is short: a longer answer is not read at all.
  if (input.length > 40) return { ok: false, reason: "unreadable" };
  const typed = normalizeDateText(input);
  const r = read(monthDayOnly(stripLead(typed)), today, /^hari /.test(typed));
  if (!r) return { ok: false, reason: "unreadable" };
  if ("vague" in r) return { ok: false, reason: "vague" };
  if ("nonexistent" in r) return { ok: false, reason: "nonexistent", ...r.nonexistent };
  const max = lastBookableDate(today);
  if (r.date < today) {
    if (r.typedYear) return { ok: false, reason: "past" };
    const next = format(addYears(parseISO(r.date), 1), "yyyy-MM-dd");
    return next >= today && next <= max ? { ok: false, reason: "past", suggestion: next } : { ok: false, reason: "past" };
  }
  if (r.date > max) return { ok: false, reason: "too_far", max };
  return { ok: true, date: r.date };
}

/** dd-mm-yyyy or yyyy-mm-dd (birth dates, passport expiry) → yyyy-mm-dd. */
export function parsePlainDate(input: string): string | undefined {
  if (input.length > 40) return undefined;
  const t = input.trim();
  for (const f of ["dd-MM-yyyy", "dd/MM/yyyy", "yyyy-MM-dd", "d-M-yyyy", "d/M/yyyy", "dd.MM.yyyy", "d.M.yyyy"]) {
    const d = parse(t, f, new Date(2000, 0, 1));
    if (isValid(d) && d.getFullYear() > 1900) return format(d, "yyyy-MM-dd");
  }
  return undefined;
}

/** Whether a phrase reads as a date or a span of days at all (past or not), for the quick form's scanner. */
export function isDatePhrase(input: string): boolean {
  if (input.length > 40) return false;
  const typed = normalizeDateText(input);
  const text = monthDayOnly(stripLead(typed));
  // "30 feb" is a date that can't be: it is read as a date (and refused as one), never as a party of 30.
  return VAGUE.has(text) || dayAndMonthName(text) !== undefined || read(text, "2026-01-01", /^hari /.test(typed)) !== undefined;
}

/**
 * "1/5", "05/01/2027": a slash date whose two numbers could each be the month, read both ways. In
 * Indonesia day/month is the rule; someone writing in English may mean month/day, so they are asked.
 * Only when both readings are bookable days and differ ("25/12" and "5/5" are not ambiguous).
 */
export function slashReadings(input: string, today: string): { dayMonth: string; monthDay: string } | undefined {
  const both = bothSlashReadings(input, today);
  if (!both) return undefined;
  const { dm, md } = both;
  return dm.ok && md.ok && dm.date !== md.date ? { dayMonth: dm.date, monthDay: md.date } : undefined;
}

/** A slash date of two numbers that could each be the month ("1/5", "05/01/2027"), read day/month and month/day. */
function bothSlashReadings(input: string, today: string): { dm: ReturnType<typeof parseTravelDate>; md: ReturnType<typeof parseTravelDate> } | undefined {
  if (input.length > 40) return undefined;
  const text = stripLead(normalizeDateText(input));
  const m = /^(\d{1,2})\/(\d{1,2})(\/(?:\d{2}|\d{4}))?$/.exec(text);
  if (!m || Number(m[1]) > 12 || Number(m[2]) > 12 || Number(m[1]) === Number(m[2])) return undefined;
  return { dm: parseTravelDate(text, today), md: parseTravelDate(`${m[2]}/${m[1]}${m[3] ?? ""}`, today) };
}

/**
 * "1/12" typed on 5 December: as day/month the 1st of December has passed, but as month/day it is 12
 * January, weeks away. The month/day reading when the day/month one has passed and it is bookable, else
 * undefined ("25/11": no 25th month; "1/12/2026": a year typed that passed both ways).
 */
export function pastDayMonthsMonthDay(input: string, today: string): string | undefined {
  const both = bothSlashReadings(input, today);
  if (!both) return undefined;
  const { dm, md } = both;
  return !dm.ok && dm.reason === "past" && md.ok ? md.date : undefined;
}

/**
 * "kamis" typed on a Thursday: read as next week's Thursday (today is "hari ini"), but the agent may
 * mean today. Whether the answer is only today's weekday's name, so the question can ask which.
 */
export function isTodaysWeekday(input: string, today: string): boolean {
  if (input.length > 40) return false;
  const text = stripLead(normalizeDateText(input));
  return Object.hasOwn(WEEKDAYS, text) && WEEKDAYS[text] === getISODay(parseISO(today));
}

/**
 * "tgl 2", "2", "the 2nd" typed on the 3rd: a day alone whose date is not in this month (this month's has
 * passed, or there is none), so it is said which month is meant rather than moved on silently.
 */
export function isDayInLaterMonth(input: string, date: string, today: string): boolean {
  if (input.length > 40) return false;
  const text = stripLead(normalizeDateText(input));
  return /^\d{1,2}(?:st|nd|rd|th)?$/.test(text) && date.slice(0, 7) !== today.slice(0, 7);
}
