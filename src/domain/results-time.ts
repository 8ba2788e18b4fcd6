import type { TimeOfDay } from "./flight.js";
import { ABOUT_WORDS, bucketOf, hourOf } from "./clock-hour.js";
import { prayerTimeAt } from "./prayer-times.js";

/** Times of day typed at a results list ("yg pagi", "jam 7", "7 pm"), read into the list's time filter. */

/** Parts of the day, as the list's time filter names them. */
export const PERIODS: Record<string, TimeOfDay> = {
  pagi: "morning", pgi: "morning", pagi2: "morning", subuh: "morning", siang: "afternoon", sore: "evening", malam: "night", malem: "night", mlm: "night",
  morning: "morning", afternoon: "afternoon", evening: "evening", night: "night", tonight: "night",
};
const TIME_LEAD = new Set(["jam", "pukul", "pkl", "pk", "at"]);
const TIME_TAIL = new Set(["pagi", "siang", "sore", "malam", "mlm", "malem", "am", "pm", "a.m", "p.m", "wib", "wita", "wit"]);
/** A clock as typed: "7", "07:30", "7.30", "7pm", "7p.m", "7an" (about seven) (hourOf reads it). */
const CLOCK = /^\d{1,2}(?:[:.]\d{2})?(?:-?an)?(?:am|pm|a\.m|p\.m)?$/;
/** Of the tails, the ones a bare number is a time with ("7 pm", "7 mlm"); "2 pagi" etc. too. */
const HOUR_MARK = new Set(["am", "pm", "a.m", "p.m", "pagi", "siang", "sore", "malam", "mlm", "malem"]);
/** How an agent addresses a colleague: with one, "pagi kak" / "siang bu" is a greeting, not a time. */
export const HONORIFICS = new Set(["kak", "ka", "kk", "bu", "pak", "mas", "mbak", "mba", "bro", "gan", "sis", "om", "bang", "bos", "boss", "all", "semua", "guys", "teman2", "rekan"]);
/** Words that make a part of the day a request even beside a greeting: "yg pagi", "pagi aja kak", "flight pagi". */
export const TIME_MARKERS = new Set(["yg", "yang", "aja", "aj", "ja", "saja", "flight", "flights", "penerbangan", "pesawat", "jam", "pukul", "berangkat", "brgkt", "mau", "minta", "cari", "ada", "lebih", "lbh", "paling", "plg", "dong", "donk", "only", "just", "pls", "please", "tolong"]);

/** A time of day at `i`: its length in words and the filter it falls in (len 0: none). Every clock is read by hourOf. */
export function timeAt(words: readonly string[], i: number): { len: number; time?: TimeOfDay } {
  const w = words[i]!;
  // "sekitar jam 7", "around 7pm"
  if (ABOUT_WORDS.has(w) && i + 1 < words.length) {
    const about = timeAt(words, i + 1);
    if (about.len > 0 && about.time) return { len: about.len + 1, time: about.time };
  }
  const tail = TIME_TAIL.has(words[i + 1] ?? "") ? words[i + 1]! : undefined;
  const glued = /^(?:jam|pukul|pkl|pk)\.?(\d{1,2}(?:[:.]\d{2})?(?:-?an)?(?:am|pm|a\.m|p\.m)?)$/.exec(w);
  if (glued) {
    const time = bucketOf(hourOf(glued[1]!, tail));
    return time ? { len: tail ? 2 : 1, time } : { len: 0 };
  }
  if (TIME_LEAD.has(w) && CLOCK.test(words[i + 1] ?? "")) {
    const tail2 = TIME_TAIL.has(words[i + 2] ?? "") ? words[i + 2]! : undefined;
    const time = bucketOf(hourOf(words[i + 1]!, tail2));
    return time ? { len: tail2 ? 3 : 2, time } : { len: 0 };
  }
  if (CLOCK.test(w) && !/^\d{1,2}$/.test(w)) {
    const time = bucketOf(hourOf(w, tail));
    return time ? { len: tail ? 2 : 1, time } : { len: 0 };
  }
  // "7 pm", "7 p.m", "7 mlm": a bare number is an hour only with the word saying so.
  if (/^\d{1,2}$/.test(w) && HOUR_MARK.has(words[i + 1] ?? "")) {
    const time = bucketOf(hourOf(w, words[i + 1]));
    return time ? { len: 2, time } : { len: 0 };
  }
  // "abis subuh", "habis maghrib": a prayer time names a part of the day.
  const prayer = prayerTimeAt(words, i);
  if (prayer) return prayer;
  if (Object.hasOwn(PERIODS, w)) return { len: 1, time: PERIODS[w] };
  return { len: 0 };
}

/**
 * The clock hour typed among the words ("yg jam 8an", "jam 7", "7pm", "pukul 13.00"), as timeAt reads it;
 * undefined for a part of the day alone ("pagi") or a prayer time: only a clock names an hour to be near.
 */
export function typedClockHour(words: readonly string[]): number | undefined {
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const tail = TIME_TAIL.has(words[i + 1] ?? "") ? words[i + 1]! : undefined;
    const glued = /^(?:jam|pukul|pkl|pk)\.?(\d{1,2}(?:[:.]\d{2})?(?:-?an)?(?:am|pm|a\.m|p\.m)?)$/.exec(w);
    if (glued) return hourOf(glued[1]!, tail);
    if (TIME_LEAD.has(w) && CLOCK.test(words[i + 1] ?? "")) return hourOf(words[i + 1]!, TIME_TAIL.has(words[i + 2] ?? "") ? words[i + 2]! : undefined);
    if (CLOCK.test(w) && !/^\d{1,2}$/.test(w)) return hourOf(w, tail);
    if (/^\d{1,2}$/.test(w) && HOUR_MARK.has(words[i + 1] ?? "")) return hourOf(w, words[i + 1]);
  }
  return undefined;
}
