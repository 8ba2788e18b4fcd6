import { z } from "zod";
import type { TimeOfDay } from "../../../domain/flight.js";
import { bucketOf, hourOf } from "../../../domain/clock-hour.js";
import { isKnownPlace } from "../../../domain/airport-match.js";
import { ageAt, countsOrDateOf, dayOrCountOf, isPartyLead, isPaxCount, isPaxJoin, isPaxTypeWord, isPaxWord, isYoungTypeWord, parsePax } from "../../../domain/pax-parse.js";
import { isDatePhrase, isMonthName, normalizeDateText } from "../../../domain/travel-date.js";
import { isDirectionWord, isPoliteWord, splitRoute } from "./quick-route.js";

/**
 * What `/cari CGK DPS 25 des 2` or `/search jakarta to bali tomorrow 2 adults` gave; each part is
 * checked later by its step. `unread` is what fit none of them, so the conversation can say so
 * instead of dropping it.
 */
export const quickFormSchema = z.object({
  origin: z.string().max(60).optional(),
  destination: z.string().max(60).optional(),
  date: z.string().max(40).optional(),
  pax: z.string().max(60).optional(),
  unread: z.string().max(60).optional(),
  /** The text was too long to be a quick form: nothing was read from it, and the flow says so. */
  tooLong: z.boolean().optional(),
  /** "pulang 15 des", "pp", "return": only one-way is searched, and the flow says so (the return date is never a party). */
  roundTrip: z.boolean().optional(),
  returnDate: z.string().max(40).optional(),
  /** "jam 7", "pagi", "at 7pm": the results open filtered to that time of day (all shown, and said, when none fly then). */
  time: z.enum(["morning", "afternoon", "evening", "night"]).optional(),
  /**
   * "5 2" with no date: a date (5 Feb) or a party (5 adults, 2 children), as typed. Neither is taken: the
   * date question says both readings (the date one tap away) and the party question offers the party.
   */
  countsOrDate: z.string().max(20).optional(),
});
export type QuickForm = z.output<typeof quickFormSchema>;

const MAX_QUICK_FORM = 200;
/** A route glued by a dash, arrow or slash: "cgk-dps", "CGK→DPS", "cgk/dps" (never digits: "25-12" is a date). */
const GLUED_ROUTE = /([a-z]{2,})\s*(?:->|=>|-|\u2192|>|\u2013|\u2014|\/)\s*([a-z]{2,})/gi;

/** Digits with date separators: meant as a date even when it isn't one ("31-31"), so the date step says so. */
const DATE_SHAPE = /^\d{1,4}[-/.]\d{1,2}(?:[-/.]\d{1,4})?$/;

/** The longest date phrase starting at `i` (a bare number is a party, not a date, unless "tgl" says so). */
function dateAt(words: string[], i: number): number {
  if (DATE_SHAPE.test(words[i]!)) return 1;
  // The longest: "tanggal 30 desember 2026", "dalam 2 minggu ke depan".
  for (let len = Math.min(5, words.length - i); len >= 1; len--) {
    const phrase = words.slice(i, i + len).join(" ");
    if (/^\d{1,2}$/.test(phrase)) continue;
    // "2 dewasa" is never a date, whatever the month words say.
    if (words.slice(i, i + len).some(isPaxTypeWord)) continue;
    if (isDatePhrase(phrase)) return len;
  }
  return 0;
}

/** The party run starting at `i`: counts and their words, with at least one count. */
function paxAt(words: string[], i: number): number {
  // "2 25 des": the 25 starts the date, it is not a second count.
  // "2 3 hari": the 3 counts days, not children.
  // "2 dewasa + 1 balita", "2 org + bayi": a join before a count or a type is the party's, so no part of it is
  // left out (a party that doesn't read is asked, never searched with fewer people).
  // "3 org (2 dewasa 1 anak)": the bracketed breakdown is the party's too.
  const joins = (k: number) => isPaxJoin(words[k]!) && (isPaxCount(words[k + 1] ?? "") || isPaxTypeWord(words[k + 1] ?? ""));
  const bracket = (k: number) => k > i && (words[k] === ")" || (words[k] === "(" && isPaxWord(words[k + 1] ?? "")));
  const partOfRun = (k: number) => (isPaxWord(words[k]!) || joins(k) || bracket(k)) && !(k > i && (dateAt(words, k) > 0 || stayAt(words, k) > 0));
  let len = 0;
  let young = false;
  while (i + len < words.length) {
    // "1 anak 5th", "1 bayi (8 bln)": an age after a child or infant is the party's, never a date.
    const age = young ? ageAt(words, i + len) : undefined;
    if (age) {
      len += age.len;
      continue;
    }
    if (!partOfRun(i + len) || (len === 0 && isPaxJoin(words[i]!))) break;
    const w = words[i + len]!;
    young = isYoungTypeWord(w) || (young && (w === "(" || w === ")"));
    len++;
  }
  while (len > 0 && (isPaxJoin(words[i + len - 1]!) || words[i + len - 1] === "(")) len--;
  const run = words.slice(i, i + len);
  return run.some((w) => !isPaxTypeWord(w) && w !== "(" && w !== ")") ? len : 0;
}

/** Words asking for a return flight; the longest match wins ("pulang pergi" before "pulang"). */
const RETURN_PHRASES = [["round", "trip"], ["pulang", "pergi"], ["pergi", "pulang"], ["pp"], ["pulang"], ["balik"], ["return"], ["roundtrip"]];
/** Words that are a return only after the outbound date and before another ("25 dec back 28 dec"); alone they go one question back. */
const LATE_RETURN_WORDS = new Set(["back", "kembali"]);
/** Between two dates: the outbound, then the return ("25 dec to 28 dec": "to" only when a date follows, else it leads a place). */
const DASHES = new Set(["-", "–", "—", "s/d", "sd", "sampai", "hingga", "until", "till", "to"]);
/** Range words after which a bare day is the return day ("tgl 25 sampai 28"); a bare number after a dash may be the party. */
const RANGE_WORDS = new Set(["s/d", "sd", "sampai", "hingga", "until", "till"]);

function returnAt(words: string[], i: number, hasDate: boolean): number {
  // "balik papan" is Balikpapan (BPN) written in two words, not "balik" (coming back) and a place.
  if (words[i]?.toLowerCase() === "balik" && words[i + 1]?.toLowerCase() === "papan") return 0;
  const hit = RETURN_PHRASES.find((p) => p.every((w, k) => words[i + k]?.toLowerCase() === w));
  if (hit) return hit.length;
  return hasDate && LATE_RETURN_WORDS.has(words[i]!.toLowerCase()) && dateAt(words, i + 1) > 0 ? 1 : 0;
}

/** Return phrases that say "both ways" rather than "coming back on": "pp", "round trip", "pulang pergi". */
const BOTH_WAYS = new Set(["pp", "round trip", "roundtrip", "pulang pergi", "pergi pulang"]);

/** A second date right after the first, maybe after a dash: "10 des 15 des", "10/12 - 15/12". */
function secondDateAt(words: string[], i: number): { len: number; date: string } | undefined {
  if (DASHES.has(words[i]!.toLowerCase())) return rangeEndAt(words, i);
  const d = dateAt(words, i);
  return d > 0 ? { len: d, date: words.slice(i, i + d).join(" ") } : undefined;
}

/** After a range word, the return: a date, or a bare day ("tgl 25 sampai 28") written as "tgl 28" so it reads as a day again. */
function rangeEndAt(words: string[], i: number): { len: number; date: string } | undefined {
  const d = dateAt(words, i + 1);
  if (d > 0) return { len: 1 + d, date: words.slice(i + 1, i + 1 + d).join(" ") };
  const day = words[i + 1];
  if (RANGE_WORDS.has(words[i]!.toLowerCase()) && day !== undefined && /^\d{1,2}$/.test(day) && !isPaxTypeWord(words[i + 2] ?? "")) {
    return { len: 2, date: `tgl ${day}` };
  }
  return undefined;
}

/** Units of a length of time: "2 minggu", "3 malam" (a stay) is neither a party nor a date. */
const SPAN_UNITS = new Set(["hari", "minggu", "pekan", "bulan", "malam", "day", "days", "week", "weeks", "month", "months", "night", "nights"]);

/** A count and its unit that no date phrase took ("2 minggu" without "lagi"): said back, so the date and party are asked. */
function stayAt(words: string[], i: number): number {
  const count = words[i]!.toLowerCase();
  const counts = /^\d{1,3}$/.test(count) || (isPaxWord(count) && !isPaxTypeWord(count));
  return counts && SPAN_UNITS.has(words[i + 1]?.toLowerCase() ?? "") ? 2 : 0;
}

/** Today's date phrases that also say the night: "nanti malam" searches today with the night filter on. */
const TONIGHT = new Set(["tonight", "nanti malam", "malam ini"]);
/** Whether a date phrase also says tonight ("nanti malem", "mlm ini" too). */
function isTonight(date: string): boolean {
  return TONIGHT.has(normalizeDateText(date));
}

/** Words that say a clock time follows: "jam 7", "pukul 6", "pk 7", "at 7". */
const TIME_LEAD = new Set(["jam", "pukul", "pkl", "pk", "at", "@"]);
/** The leads that never start a date ("at 25 dec" does). */
const HOUR_LEAD = new Set(["jam", "pukul", "pkl", "pk"]);
/** What may follow the hour: "jam 5 sore", "at 7 pm", "pukul 7 wib". */
const TIME_TAIL = new Set(["pagi", "siang", "sore", "malam", "malem", "mlm", "am", "pm", "a.m", "p.m", "wib", "wita", "wit"]);
const CLOCK = /^(\d{1,2})(?:[:.]([0-5]\d))?(?:am|pm|a\.m|p\.m)?$/i;

/** "7", "07.30", "7pm": an hour of the day ("at 25 dec" is a date, not a time). */
function isClock(word: string | undefined): boolean {
  const m = CLOCK.exec(word ?? "");
  return m !== null && Number(m[1]) <= 24;
}

/** A part of the day said in words: "besok pagi", "tomorrow evening", "jumat malam". */
const PERIODS: Record<string, TimeOfDay> = {
  pagi: "morning", subuh: "morning", siang: "afternoon", sore: "evening", malam: "night",
  morning: "morning", afternoon: "afternoon", evening: "evening", night: "night",
  // As chat writes them: "mlm", "malem", "pagi2" (early), "sore2".
  mlm: "night", malem: "night", pagi2: "morning", "pagi-pagi": "morning", siang2: "afternoon", sore2: "evening", malam2: "night", mlm2: "night",
};
function periodOf(word: string | undefined): TimeOfDay | undefined {
  const w = word?.toLowerCase() ?? "";
  return Object.hasOwn(PERIODS, w) ? PERIODS[w] : undefined;
}

/**
 * A time of day starting at `i` ("jam 7", "pukul 5 sore", "at 7:30pm", "7pm", "19:00", "pagi", "tomorrow
 * evening"): never a party (nor a day). `time` is the results filter it falls in, when one is clear.
 */
function timeAt(words: string[], i: number): { len: number; time?: TimeOfDay } {
  const w = words[i]!.toLowerCase();
  const tailWord = (k: number) => (TIME_TAIL.has(words[k]?.toLowerCase() ?? "") ? words[k]!.toLowerCase() : undefined);
  const clock = (c: string, k: number) => {
    const tail = tailWord(k);
    return { len: tail ? 1 : 0, time: bucketOf(hourOf(c, tail)) };
  };
  // "jam7", "pk.7"
  const glued = /^(?:jam|pukul|pkl|pk|at|@)\.?(\d.*)$/.exec(w);
  if (glued) {
    const c = clock(glued[1]!, i + 1);
    return { len: 1 + c.len, time: c.time };
  }
  if (TIME_LEAD.has(w) && isClock(words[i + 1])) {
    const c = clock(words[i + 1]!, i + 2);
    return { len: 2 + c.len, time: c.time };
  }
  // "jam 25", "pukul 30": meant as a time that is none, said back as not used (never a party of 25).
  if (HOUR_LEAD.has(w) && /^\d{1,4}$/.test(words[i + 1] ?? "")) return { len: 2 };
  // A clock with nothing leading it: only when it can't be a count ("7pm", "7 pm", "19:00").
  if (/^\d{1,2}(?:[:.]\d{2})?(?:am|pm)$/.test(w) || /^\d{1,2}:\d{2}$/.test(w)) {
    const c = clock(w, i + 1);
    return { len: 1 + c.len, time: c.time };
  }
  if (/^\d{1,2}$/.test(w) && ["am", "pm", "a.m", "p.m"].includes(words[i + 1]?.toLowerCase() ?? "")) {
    return { len: 2, time: bucketOf(hourOf(w, words[i + 1])) };
  }
  // "pagi", "malam hari", "at night", "in the evening" (but "malam ini", "nanti malam" are dates, "3 malam" a stay).
  const lead = w === "at" ? 1 : w === "in" && words[i + 1]?.toLowerCase() === "the" ? 2 : 0;
  const period = periodOf(words[i + lead]);
  if (period && dateAt(words, i + lead) === 0) return { len: lead + 1 + (words[i + lead + 1]?.toLowerCase() === "hari" ? 1 : 0), time: period };
  return { len: 0 };
}

/** Between two days of a range: "25 - 28 des", "25 sampai 28 des", "25 to 28 dec". */
const DASH = /^(?:[-\u2013\u2014]|s\/d|sd|sampai|hingga|until|till|to)$/i;
const DAY = /^\d{1,2}$/;
/** "25/12-28/12", "25.12-28.12.2026": two day-month dates glued by a dash. */
const GLUED_DATES = /^(\d{1,2}[/.]\d{1,2}(?:[/.](?:\d{2}|\d{4}))?)[-\u2013\u2014](\d{1,2}[/.]\d{1,2}(?:[/.](?:\d{2}|\d{4}))?)$/;
/** "25-28/12": two days glued by a dash, the month (and year) written once, after the second. */
const GLUED_DAYS_MONTH = /^(\d{1,2})[-\u2013\u2014](\d{1,2})([/.](\d{1,2})(?:[/.](?:\d{2}|\d{4}))?)$/;
/** "25-28": two days glued by a dash (a date "25-12" when the second can be a month). */
const GLUED_DAYS = /^(\d{1,2})[-\u2013\u2014](\d{1,2})$/;
/** "des-28" in "25 des-28 des": a month glued to the next day by the range's dash. */
const MONTH_DASH_DAY = /^([a-z]+\.?)[-\u2013\u2014](\d{1,2})$/i;

/** Two days of a month, the first before the second: the out and back of a trip. */
function isDayRange(from: string, to: string): boolean {
  return Number(from) >= 1 && Number(from) < Number(to) && Number(to) <= 31;
}

/**
 * A date range as people write it ("25-28 des", "25 - 28 des", "dec 25-28", "25/12-28/12", "25-28/12",
 * "tgl 25-28") is written out as two dates around a dash ("25 des - 28 des"), which the scanner reads as
 * the outbound and the return. Two days alone are a range only when the second can't be a month
 * ("25-28"; "25-12" stays the 25th of December).
 */
function splitRanges(words: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const prev = out.at(-1);
    let m: RegExpExecArray | null;
    if ((m = GLUED_DATES.exec(w))) {
      // "25.12-28.12.2026": the year written once is both dates'.
      const year = /^\d{1,2}[/.]\d{1,2}$/.test(m[1]!) ? /[/.]\d{1,2}([/.]\d+)$/.exec(m[2]!)?.[1] ?? "" : "";
      out.push(`${m[1]}${year}`, "-", m[2]!);
      continue;
    }
    if ((m = GLUED_DAYS_MONTH.exec(w)) && isDayRange(m[1]!, m[2]!) && Number(m[4]) >= 1 && Number(m[4]) <= 12) {
      out.push(`${m[1]}${m[3]}`, "-", `${m[2]}${m[3]}`);
      continue;
    }
    if ((m = MONTH_DASH_DAY.exec(w)) && isMonthName(m[1]!) && prev !== undefined && DAY.test(prev)) {
      out.push(m[1]!, "-", m[2]!);
      continue;
    }
    // The two days: glued ("25-28") or around a dash ("25 - 28").
    const glued = GLUED_DAYS.exec(w);
    const days = glued ? [glued[1]!, glued[2]!] : DAY.test(w) && DASH.test(words[i + 1] ?? "") && DAY.test(words[i + 2] ?? "") ? [w, words[i + 2]!] : undefined;
    const used = glued ? 1 : 3;
    if (days && isDayRange(days[0]!, days[1]!)) {
      const [from, to] = days as [string, string];
      const after = words[i + used];
      // "25-28 des", "25 - 28 desember 2026": the month (and year) after the second day is both days'.
      if (after !== undefined && isMonthName(after)) {
        const year = /^\d{4}$/.test(words[i + used + 1] ?? "") ? [words[i + used + 1]!] : [];
        out.push(from, after, ...year, "-", to, after, ...year);
        i += used + year.length;
        continue;
      }
      // "dec 25-28", "des 25 - 28": the month before the first day (not "dec 5 - 8 adults").
      if (prev !== undefined && isMonthName(prev) && !isPaxTypeWord(after ?? "")) {
        out.push(from, "-", prev, to);
        i += used - 1;
        continue;
      }
      // "25-28", "tgl 25 - 28": no month, but the second can't be one (nor, spaced, the first a party).
      const tgl = prev !== undefined && /^(?:tgl|tanggal)$/i.test(prev);
      if (Number(to) > 12 && (glued || tgl || Number(from) > 12) && !isPaxTypeWord(after ?? "")) {
        out.push(...(tgl ? [] : ["tgl"]), from, "-", "tgl", to);
        i += used - 1;
        continue;
      }
    }
    out.push(w);
  }
  return out;
}

/** Punctuation typed after a word ("bali, besok, 2 orang") separates, it is not part of the word. */
function wordsOf(text: string): string[] {
  // "(3 thn)", "(2 dewasa 1 anak)": a bracket around an age or a party stands on its own, so the party reads it.
  // "looking for cgk dps": "for" there asks, it leads no party.
  return text.replace(/\((\s*(?:\d|umur|usia)[^()]*)\)/gi, " ( $1 ) ").replace(/\blooking\s+for\b/gi, " ").split(/\s+/).map((w) => w.replace(/[,.;:!?]+$/, "")).filter((w) => w && !isPoliteWord(w));
}

/**
 * Reads the command text in any unambiguous order: places (codes, cities, "ke"/"to"/"-"/"→"
 * between them), a date (besok, senin, 25 des, 25/12, tgl 25…) and a party (2, 2 1 0, 2 dewasa
 * 1 anak, 2 adults…). A bare number is the party. Words after the date or party that are neither
 * are returned as `unread`.
 */
const PAX_COMMA = /(?<=^|\s)\d{1,2}(?:\s*,\s*\d{1,2}){1,2}(?=\s|$)/g;

export function parseQuickForm(text: string): QuickForm {
  // Two places, a date and a party fit in far less: a longer text is not split at all, and the
  // conversation says so and asks step by step instead.
  if (text.length > MAX_QUICK_FORM) return { tooLong: true };
  // "1, 5" and "2, 1, 1" are one party, as "1,5" is (a lone count before a comma, never a date's part).
  const words = splitRanges(wordsOf(text.trim().replace(GLUED_ROUTE, "$1 → $2").replace(PAX_COMMA, (run: string) => run.replace(/\s*,\s*/g, ","))));
  if (words.length === 0) return {};
  const form: QuickForm = {};
  let partyLed = false;
  // Words read as something the search can't use (a time of day, a length of stay): said back as not used, whatever stands around them.
  const rest: { word: string; at: number; unused?: true }[] = [];
  for (let i = 0; i < words.length; ) {
    const t = timeAt(words, i);
    if (t.len > 0) {
      // The first time read is the results' filter; another one that disagrees is said back as not used.
      if (t.time !== undefined && (form.time === undefined || form.time === t.time)) form.time = t.time;
      else for (let k = i; k < i + t.len; k++) rest.push({ word: words[k]!, at: k, unused: true });
      i += t.len;
      continue;
    }
    // "10/12 - 15/12", "tgl 25 sampai 28" after the outbound date: the second is the return, never the party.
    const range = form.date !== undefined && form.returnDate === undefined && DASHES.has(words[i]!.toLowerCase()) ? rangeEndAt(words, i) : undefined;
    if (range) {
      form.roundTrip = true;
      form.returnDate = range.date;
      i += range.len;
      continue;
    }
    // "pulang 15 des", "return 28 dec", "pp 28/12": a date right after a return word is the return, even
    // when no outbound date was given (that one is then asked, never taken from the return).
    const back = returnAt(words, i, form.date !== undefined);
    if (back > 0) {
      form.roundTrip = true;
      const said = words.slice(i, i + back).join(" ").toLowerCase();
      i += back;
      const r = i < words.length ? dateAt(words, i) : 0;
      // "25-28 des pulang 30 des": a second return date is said back as not used, never read as a party.
      if (r > 0 && form.returnDate !== undefined) for (let k = i - back; k < i + r; k++) rest.push({ word: words[k]!, at: k, unused: true });
      else if (r > 0) form.returnDate = words.slice(i, i + r).join(" ");
      i += r;
      // "pp 10 des - 15 des", "round trip 10 dec 15 dec": both dates after a word that only says "both ways", the outbound first.
      const end = r > 0 && form.date === undefined && BOTH_WAYS.has(said) && i < words.length ? secondDateAt(words, i) : undefined;
      if (end) {
        form.date = form.returnDate;
        form.returnDate = end.date;
        i += end.len;
      }
      continue;
    }
    // "for 2", "untuk 3", "buat 2 orang": the counts after are the party, never a day ("for 25 dec" is still a date).
    const led = form.pax === undefined && isPartyLead(words[i]!) && i + 1 < words.length && dateAt(words, i + 1) === 0 && stayAt(words, i + 1) === 0 ? paxAt(words, i + 1) : 0;
    if (led > 0) {
      form.pax = words.slice(i + 1, i + 1 + led).join(" ");
      partyLed = true;
      i += 1 + led;
      continue;
    }
    const d = dateAt(words, i);
    if (d > 0 && form.date === undefined) {
      form.date = words.slice(i, i + d).join(" ");
      // "nanti malam", "tonight": today, and its night flights.
      if (form.time === undefined && isTonight(form.date)) form.time = "night";
      i += d;
      // "2 jan 3": the 3 may be the party or the return day ("2-3 jan"). The date is the same either way;
      // the party is kept as typed with its date, so the party question asks which (pax-parse `dayOrCountOf`).
      const lone = form.pax === undefined && i < words.length && dateAt(words, i) === 0 && paxAt(words, i) === 1 && !isPaxWord(words[i + 1] ?? "");
      if (lone && dayOrCountOf(`${form.date} ${words[i]!}`) !== undefined) {
        form.pax = `${form.date} ${words[i]!}`;
        i += 1;
      }
      continue;
    }
    // "jan 10 tonight", "besok nanti malam": with a date given, "tonight" is the time of that day, never a return today.
    if (d > 0 && form.date !== undefined && isTonight(words.slice(i, i + d).join(" "))) {
      if (form.time === undefined) form.time = "night";
      i += d;
      continue;
    }
    // "25 des 28 des": a second date is the return, never a party of 28; a third is said back as not used.
    if (d > 0 && !isPartyLead(words[i]!)) {
      if (form.returnDate === undefined) {
        form.roundTrip = true;
        form.returnDate = words.slice(i, i + d).join(" ");
      } else for (let k = i; k < i + d; k++) rest.push({ word: words[k]!, at: k, unused: true });
      i += d;
      continue;
    }
    const stay = stayAt(words, i);
    if (stay > 0) {
      for (let k = i; k < i + stay; k++) rest.push({ word: words[k]!, at: k, unused: true });
      i += stay;
      continue;
    }
    const p = form.pax === undefined ? paxAt(words, i) : 0;
    if (p > 0) {
      form.pax = words.slice(i, i + p).join(" ");
      i += p;
      continue;
    }
    rest.push({ word: words[i]!, at: i });
    i++;
  }
  // The places are the first run of the remaining words, and any later run a direction word leads
  // ("tujuan bali besok dari surabaya"); other words after a gap were not understood.
  const routeWords: string[] = [];
  const unread: string[] = [];
  let inRoute = true;
  const places = rest.filter((r) => !r.unused);
  places.forEach((r, k) => {
    if (k > 0 && r.at !== places[k - 1]!.at + 1) inRoute = isDirectionWord(r.word);
    (inRoute ? routeWords : unread).push(r.word);
  });
  unread.push(...rest.filter((r) => r.unused).map((r) => r.word));
  const route = splitRoute(routeWords);
  for (const key of ["origin", "destination"] as const) {
    const place = route[key];
    if (!place || isKnownPlace(place)) continue;
    const kept = knownPart(place.split(" "));
    if (!kept) continue;
    route[key] = kept.place;
    unread.unshift(...kept.unread);
  }
  Object.assign(form, route);
  // "25 2" with no date: numbers that can't be a party (25 people) may have meant a day. They are said
  // back as not used, and the date and party are asked, rather than kept to fail after the date.
  // "for 25" said it is a party: it stays one, and the party step says why it can't be.
  if (form.pax !== undefined && !partyLed && form.date === undefined && isOnlyCounts(form.pax) && !parsePax(form.pax).ok) {
    unread.unshift(form.pax);
    delete form.pax;
  }
  // "5 2" with no date: 5 February or 5 adults and 2 children (pax-parse `countsOrDateOf`), asked, never picked.
  if (form.pax !== undefined && !partyLed && form.date === undefined && countsOrDateOf(form.pax)) {
    form.countsOrDate = form.pax;
    delete form.pax;
  }
  if (unread.length > 0) form.unread = unread.join(" ").slice(0, 60);
  return form;
}

/**
 * "dps garuda", "halo jkt": a known place with words around it that aren't part of it. The place is
 * kept (the longest known run, words after it tried first) and the others are said back as not
 * understood, never silently dropped by the airport matcher nor turned into a guess from the whole line.
 */
function knownPart(parts: string[]): { place: string; unread: string[] } | undefined {
  for (let len = parts.length - 1; len >= 1; len--) {
    for (let start = 0; start + len <= parts.length; start++) {
      const place = parts.slice(start, start + len).join(" ");
      if (isKnownPlace(place)) return { place, unread: [...parts.slice(0, start), ...parts.slice(start + len)] };
    }
  }
  return undefined;
}

/** Bare counts ("25 2", "9"), without a word saying what they count. */
function isOnlyCounts(pax: string): boolean {
  return pax.split(/\s+/).every((w) => /^\d{1,2}(,\d{1,2})*$/.test(w));
}
