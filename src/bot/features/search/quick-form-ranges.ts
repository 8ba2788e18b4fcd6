// The quick form's date ranges ("25-28 des") written out as two dates, and its words split off their punctuation.
import { isPaxTypeWord } from "../../../domain/pax-parse.js";
import { isMonthName } from "../../../domain/travel-date.js";
import { isPoliteWord } from "./quick-route.js";

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
export function splitRanges(words: string[]): string[] {
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
export function wordsOf(text: string): string[] {
  // "(3 thn)", "(2 dewasa 1 anak)": a bracket around an age or a party stands on its own, so the party reads it.
  // "looking for cgk dps": "for" there asks, it leads no party.
  return text.replace(/\((\s*(?:\d|umur|usia)[^()]*)\)/gi, " ( $1 ) ").replace(/\blooking\s+for\b/gi, " ").split(/\s+/).map((w) => w.replace(/[,.;:!?]+$/, "")).filter((w) => w && !isPoliteWord(w));
}
