import { z } from "zod";
import { isKnownPlace } from "../../../domain/airport-match.js";
import { countsOnlyDateOf, countsOrDateOf, dateThenPartyOf, dayOrCountOf, isPartyLead, isPaxWord, parsePax } from "../../../domain/pax-parse.js";
import { isDirectionWord, splitRoute } from "./quick-route.js";
import { BOTH_WAYS, DASHES, dateAt, isTonight, paxAt, rangeEndAt, returnAt, returnDateAt, returnDayAt, secondDateAt, stayAt, timeAt } from "./quick-form-words.js";
import { splitRanges, wordsOf } from "./quick-form-ranges.js";
import { cutText } from "../../../presenters/cut-text.js";
import { listWordsAt } from "../../../domain/search-line-list-words.js";

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
  /**
   * "lion", "garuda indonesia", "GA": the list's airline filter, applied when it opens as if typed there (the
   * list reads the word: results-request.ts). "direct", "langsung": the list's direct flights shown with it.
   * "cheapest", "yg paling murah" need nothing: the list is cheapest first.
   */
  airline: z.string().max(20).optional(),
  direct: z.boolean().optional(),
});
export type QuickForm = z.output<typeof quickFormSchema>;

const MAX_QUICK_FORM = 200;
/** A route glued by a dash, arrow or slash: "cgk-dps", "CGK→DPS", "cgk/dps" (never digits: "25-12" is a date). */
const GLUED_ROUTE = /([a-z]{2,})\s*(?:->|=>|-|\u2192|>|\u2013|\u2014|\/)\s*([a-z]{2,})/gi;

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
      // "return on the 28th", "pulang pada tgl 28": the words leading the date are the return's, never left out.
      const at = i < words.length ? (returnDateAt(words, i) ?? returnDayAt(words, i, form.date !== undefined)) : undefined;
      const r = at?.len ?? 0;
      // "25-28 des pulang 30 des": a second return date is said back as not used, never read as a party.
      if (at && form.returnDate !== undefined) for (let k = i - back; k < i + r; k++) rest.push({ word: words[k]!, at: k, unused: true });
      else if (at) form.returnDate = at.date;
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
    const list = listWordsAt(words, i);
    if (list.len > 0) {
      // A second airline: the list filters to one, so the other is said back as not used.
      if (list.airline !== undefined && form.airline !== undefined && form.airline !== list.airline) {
        for (let k = i; k < i + list.len; k++) rest.push({ word: words[k]!, at: k, unused: true });
      } else if (list.airline !== undefined) form.airline = list.airline;
      if (list.direct) form.direct = true;
      i += list.len;
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
  // "12 3", "25 2" with no date: numbers that can't be a party (15, 27 people) but are a day and month: only
  // the date reading is left, and it is the date, read as a typed "12-3" is (the date step says it back, or
  // asks about a day that passed), day first in English too; the party is asked after it.
  // Other counts that can't be a party ("25", "25 20") are said back as not used, and the date and party
  // asked, rather than kept to fail after the date. "for 25" said it is a party: it stays one, and the party
  // step says why it can't be.
  // "31 2 1 org", "13 12 2": a day and month that can be no party, then the party: the date and the party, each
  // checked by its step ("31 2" said not to exist, the party kept).
  const dated = form.pax !== undefined && !partyLed && form.date === undefined ? dateThenPartyOf(form.pax) : undefined;
  if (dated) {
    form.date = dated.dayMonth;
    form.pax = dated.party;
  }
  if (form.pax !== undefined && !partyLed && form.date === undefined && isOnlyCounts(form.pax) && !parsePax(form.pax).ok) {
    const dayMonth = countsOnlyDateOf(form.pax);
    if (dayMonth !== undefined) form.date = dayMonth;
    else unread.unshift(form.pax);
    delete form.pax;
  }
  // "5 2" with no date: 5 February or 5 adults and 2 children (pax-parse `countsOrDateOf`), asked, never picked.
  if (form.pax !== undefined && !partyLed && form.date === undefined && countsOrDateOf(form.pax)) {
    form.countsOrDate = form.pax;
    delete form.pax;
  }
  if (unread.length > 0) form.unread = cutText(unread.join(" "), 60);
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
