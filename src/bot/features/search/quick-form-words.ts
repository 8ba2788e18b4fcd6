import type { TimeOfDay } from "../../../domain/flight.js";
import { ABOUT_WORDS, bucketOf, hourOf } from "../../../domain/clock-hour.js";
import { prayerTimeAt } from "../../../domain/prayer-times.js";
import { ageAt, isPaxCount, isPaxJoin, isPaxTypeWord, isPaxWord, isYoungTypeWord, parsePax } from "../../../domain/pax-parse.js";
import { isDatePhrase, normalizeDateText } from "../../../domain/travel-date.js";

// The quick form's word scanners: how many words at `i` make a date, a party, a return, a stay or a time of day.

/** Digits with date separators: meant as a date even when it isn't one ("31-31"), so the date step says so. */
const DATE_SHAPE = /^\d{1,4}[-/.]\d{1,2}(?:[-/.]\d{1,4})?$/;

/** The longest date phrase starting at `i` (a bare number is a party, not a date, unless "tgl" says so). */
export function dateAt(words: string[], i: number): number {
  if (DATE_SHAPE.test(words[i]!)) return 1;
  // The longest: "tanggal 30 desember 2026", "dalam 2 minggu ke depan", "tgl 5 bulan 3 tahun 2027".
  for (let len = Math.min(6, words.length - i); len >= 1; len--) {
    const phrase = words.slice(i, i + len).join(" ");
    if (/^\d{1,2}$/.test(phrase)) continue;
    // "2 dewasa" is never a date, whatever the month words say.
    if (words.slice(i, i + len).some(isPaxTypeWord)) continue;
    if (isDatePhrase(phrase)) return len;
  }
  return 0;
}

/** The party run starting at `i`: counts and their words, with at least one count. */
export function paxAt(words: string[], i: number): number {
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
export const DASHES = new Set(["-", "–", "—", "s/d", "sd", "sampai", "hingga", "until", "till", "to"]);
/** Range words after which a bare day is the return day ("tgl 25 sampai 28"); a bare number after a dash may be the party. */
const RANGE_WORDS = new Set(["s/d", "sd", "sampai", "hingga", "until", "till"]);

export function returnAt(words: string[], i: number, hasDate: boolean): number {
  // "balik papan" is Balikpapan (BPN) written in two words, not "balik" (coming back) and a place.
  if (words[i]?.toLowerCase() === "balik" && words[i + 1]?.toLowerCase() === "papan") return 0;
  const hit = RETURN_PHRASES.find((p) => p.every((w, k) => words[i + k]?.toLowerCase() === w));
  if (hit) return hit.length;
  return hasDate && LATE_RETURN_WORDS.has(words[i]!.toLowerCase()) && returnDateAt(words, i + 1) !== undefined ? 1 : 0;
}

/** Words between a return word and its date that are the return's: "return on the 28th", "pulang pada tgl 28". */
const RETURN_LEADS = new Set(["on", "pada", "tgl", "tanggal", "the"]);

/**
 * The return's date at `i`, maybe after words that only lead it ("on the 28th", "pada tgl 28"): its length
 * with them, and the date itself. A lead is skipped only when the date doesn't start there ("tgl 28" is one).
 */
export function returnDateAt(words: string[], i: number): { len: number; date: string } | undefined {
  for (let k = i; k < words.length && k - i <= 2; k++) {
    const d = dateAt(words, k);
    if (d > 0) return { len: k - i + d, date: words.slice(k, k + d).join(" ") };
    if (!RETURN_LEADS.has(words[k]!.toLowerCase())) return undefined;
  }
  return undefined;
}

/**
 * "tgl 15 des pp 18 2 org": with the outbound's date typed, a bare day right after the return word is the
 * return's (written "tgl 18" so it reads as a day, the first on or after the outbound: return-note.ts) when
 * it can't be the party: no party is that many people, or a party with its word ("2 org") follows it.
 * "pp 2 org", "pp 3" stay the party.
 */
export function returnDayAt(words: string[], i: number, outboundTyped: boolean): { len: number; date: string } | undefined {
  const day = words[i];
  if (!outboundTyped || day === undefined || !/^\d{1,2}$/.test(day) || Number(day) < 1 || Number(day) > 31) return undefined;
  const party = paxAt(words, i + 1);
  const partyFollows = party > 0 && words.slice(i + 1, i + 1 + party).some((w) => isPaxTypeWord(w.toLowerCase()));
  return !parsePax(day).ok || partyFollows ? { len: 1, date: `tgl ${day}` } : undefined;
}

/** Return phrases that say "both ways" rather than "coming back on": "pp", "round trip", "pulang pergi". */
export const BOTH_WAYS = new Set(["pp", "round trip", "roundtrip", "pulang pergi", "pergi pulang"]);

/** A second date right after the first, maybe after a dash: "10 des 15 des", "10/12 - 15/12". */
export function secondDateAt(words: string[], i: number): { len: number; date: string } | undefined {
  if (DASHES.has(words[i]!.toLowerCase())) return rangeEndAt(words, i);
  // "round trip on the 10th, on the 15th": the lead before the second date is the return's too.
  return returnDateAt(words, i);
}

/** After a range word, the return: a date, or a bare day ("tgl 25 sampai 28") written as "tgl 28" so it reads as a day again. */
export function rangeEndAt(words: string[], i: number): { len: number; date: string } | undefined {
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
export function stayAt(words: string[], i: number): number {
  const count = words[i]!.toLowerCase();
  const counts = /^\d{1,3}$/.test(count) || (isPaxWord(count) && !isPaxTypeWord(count));
  return counts && SPAN_UNITS.has(words[i + 1]?.toLowerCase() ?? "") ? 2 : 0;
}

/** Today's date phrases that also say the night: "nanti malam" searches today with the night filter on. */
const TONIGHT = new Set(["tonight", "nanti malam", "malam ini"]);
/** Whether a date phrase also says tonight ("nanti malem", "mlm ini" too). */
export function isTonight(date: string): boolean {
  return TONIGHT.has(normalizeDateText(date));
}

/** Words that say a clock time follows: "jam 7", "pukul 6", "pk 7", "at 7". */
const TIME_LEAD = new Set(["jam", "pukul", "pkl", "pk", "at", "@"]);
/** The leads that never start a date ("at 25 dec" does). */
const HOUR_LEAD = new Set(["jam", "pukul", "pkl", "pk"]);
/** What may follow the hour: "jam 5 sore", "at 7 pm", "pukul 7 wib". */
const TIME_TAIL = new Set(["pagi", "siang", "sore", "malam", "malem", "mlm", "am", "pm", "a.m", "p.m", "wib", "wita", "wit"]);
// "jam 7an", "jam 7-an": about seven, read as seven (the filter is a part of the day anyway).
const CLOCK = /^(\d{1,2})(?:[:.]([0-5]\d))?(?:-?an)?(?:am|pm|a\.m|p\.m)?$/i;

/** "7", "07.30", "7pm": an hour of the day ("at 25 dec" is a date, not a time). */
function isClock(word: string | undefined): boolean {
  const m = CLOCK.exec(word ?? "");
  return m !== null && Number(m[1]) <= 24;
}

/** A part of the day said in words: "besok pagi", "tomorrow evening", "jumat malam". */
const PERIODS: Record<string, TimeOfDay> = {
  pagi: "morning", subuh: "morning", siang: "afternoon", sore: "evening", malam: "night",
  morning: "morning", afternoon: "afternoon", evening: "evening", night: "night",
  // As chat writes them: "pgi", "mlm", "malem", "pagi2" (early), "sore2".
  pgi: "morning", mlm: "night", malem: "night", pagi2: "morning", "pagi-pagi": "morning", siang2: "afternoon", sore2: "evening", malam2: "night", mlm2: "night",
};
function periodOf(word: string | undefined): TimeOfDay | undefined {
  const w = word?.toLowerCase() ?? "";
  return Object.hasOwn(PERIODS, w) ? PERIODS[w] : undefined;
}

/**
 * A time of day starting at `i` ("jam 7", "pukul 5 sore", "at 7:30pm", "7pm", "19:00", "pagi", "tomorrow
 * evening"): never a party (nor a day). `time` is the results filter it falls in, when one is clear.
 */
export function timeAt(words: string[], i: number): { len: number; time?: TimeOfDay } {
  const w = words[i]!.toLowerCase();
  const tailWord = (k: number) => (TIME_TAIL.has(words[k]?.toLowerCase() ?? "") ? words[k]!.toLowerCase() : undefined);
  const clock = (c: string, k: number) => {
    const tail = tailWord(k);
    return { len: tail ? 1 : 0, time: bucketOf(hourOf(c, tail)) };
  };
  // "sekitar jam 7", "around 7pm"
  if (ABOUT_WORDS.has(w) && i + 1 < words.length) {
    const about = timeAt(words, i + 1);
    if (about.len > 0 && about.time) return { len: about.len + 1, time: about.time };
  }
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
  // "abis subuh", "habis maghrib", "isya": a prayer time names a part of the day.
  const prayer = prayerTimeAt(words, i);
  if (prayer) return prayer;
  // "pagi", "malam hari", "at night", "in the evening" (but "malam ini", "nanti malam" are dates, "3 malam" a stay).
  const lead = w === "at" ? 1 : w === "in" && words[i + 1]?.toLowerCase() === "the" ? 2 : 0;
  const period = periodOf(words[i + lead]);
  if (period && dateAt(words, i + lead) === 0) return { len: lead + 1 + (words[i + lead + 1]?.toLowerCase() === "hari" ? 1 : 0), time: period };
  return { len: 0 };
}
