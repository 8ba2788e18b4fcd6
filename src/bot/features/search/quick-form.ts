import { z } from "zod";
import { isKnownPlace } from "../../../domain/airport-match.js";
import { isPaxTypeWord, isPaxWord } from "../../../domain/pax-parse.js";
import { isDatePhrase } from "../../../domain/travel-date.js";

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
});
export type QuickForm = z.output<typeof quickFormSchema>;

const MAX_QUICK_FORM = 200;
const SEPARATORS = new Set(["ke", "to", "-", "→", ">", "->", "=>", "–", "—", "sampai", "tujuan", "menuju"]);
const FROM_WORDS = new Set(["dari", "from", "rute", "route"]);
/** A route glued by a dash or arrow: "cgk-dps", "CGK→DPS", "jakarta>bali" (never digits: "25-12" is a date). */
const GLUED_ROUTE = /([a-z]{2,})\s*(?:->|=>|-|→|>|–|—)\s*([a-z]{2,})/gi;

/** Digits with date separators: meant as a date even when it isn't one ("31-31"), so the date step says so. */
const DATE_SHAPE = /^\d{1,4}[-/.]\d{1,2}(?:[-/.]\d{1,4})?$/;

/** The longest date phrase starting at `i` (a bare number is a party, not a date, unless "tgl" says so). */
function dateAt(words: string[], i: number): number {
  if (DATE_SHAPE.test(words[i]!)) return 1;
  for (let len = Math.min(4, words.length - i); len >= 1; len--) {
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
  let len = 0;
  // "2 25 des": the 25 starts the date, it is not a second count.
  while (i + len < words.length && isPaxWord(words[i + len]!) && !(len > 0 && dateAt(words, i + len) > 0)) len++;
  const run = words.slice(i, i + len);
  return run.some((w) => !isPaxTypeWord(w)) ? len : 0;
}

/**
 * Two places from the words left: split at "ke"/"to"/"-"/"→" when present; otherwise where both
 * sides are places the alias table knows ("kuala lumpur jakarta"), else where one is, else in the middle.
 */
function splitRoute(words: string[]): { origin?: string; destination?: string } {
  while (words.length > 0 && (FROM_WORDS.has(words[0]!.toLowerCase()) || SEPARATORS.has(words[0]!))) words = words.slice(1);
  while (words.length > 0 && SEPARATORS.has(words.at(-1)!.toLowerCase())) words = words.slice(0, -1);
  if (words.length === 0) return {};
  // The separator is a whole word between two others, found among the words (a regex with \s+ on both
  // sides retried from every space: quadratic on long runs of them).
  const sep = words.findIndex((w, i) => i > 0 && i < words.length - 1 && SEPARATORS.has(w.toLowerCase()));
  if (sep > 0) return { origin: words.slice(0, sep).join(" "), destination: words.slice(sep + 1).join(" ") };
  // "tanjung pinang" is one place, not two.
  if (words.length > 1 && isKnownPlace(words.join(" "))) return { origin: words.join(" ") };
  if (words.length === 1) {
    const glued = /^([a-z]{3})([a-z]{3})$/i.exec(words[0]!);
    if (glued && isKnownPlace(glued[1]!) && isKnownPlace(glued[2]!)) return { origin: glued[1], destination: glued[2] };
    return { origin: words[0] };
  }
  let best = Math.floor(words.length / 2);
  let bestScore = -1;
  for (let k = 1; k < words.length; k++) {
    const score = Number(isKnownPlace(words.slice(0, k).join(" "))) + Number(isKnownPlace(words.slice(k).join(" ")));
    if (score > bestScore) [best, bestScore] = [k, score];
  }
  return { origin: words.slice(0, best).join(" "), destination: words.slice(best).join(" ") };
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
  const words = text.trim().replace(GLUED_ROUTE, "$1 → $2").replace(PAX_COMMA, (run: string) => run.replace(/\s*,\s*/g, ",")).split(/\s+/).filter(Boolean);
  if (words.length === 0) return {};
  const form: QuickForm = {};
  const rest: { word: string; at: number }[] = [];
  for (let i = 0; i < words.length; ) {
    const d = form.date === undefined ? dateAt(words, i) : 0;
    if (d > 0) {
      form.date = words.slice(i, i + d).join(" ");
      i += d;
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
  // The places are the first run of the remaining words; anything after a gap was not understood.
  let cut = rest.length;
  for (let k = 1; k < rest.length && cut === rest.length; k++) if (rest[k]!.at !== rest[k - 1]!.at + 1) cut = k;
  const unread = rest.slice(cut).map((r) => r.word);
  const route = splitRoute(rest.slice(0, cut).map((r) => r.word));
  // "dps pp", "dps garuda": a known place followed by words that aren't part of it. The place is kept
  // and the words are said back as not understood, never silently dropped by the airport matcher.
  if (route.destination && !isKnownPlace(route.destination)) {
    const parts = route.destination.split(" ");
    for (let k = parts.length - 1; k >= 1; k--) {
      if (!isKnownPlace(parts.slice(0, k).join(" "))) continue;
      unread.unshift(...parts.slice(k));
      route.destination = parts.slice(0, k).join(" ");
      break;
    }
  }
  Object.assign(form, route);
  if (unread.length > 0) form.unread = unread.join(" ").slice(0, 60);
  return form;
}
