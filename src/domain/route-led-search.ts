import { isKnownPlace } from "./airport-match.js";
import { isKnownAirlineCode } from "./airline-names.js";

/**
 * A line an agent types as a search, led by its route: "cgk dps tmrw 2 cheapest", "cgk-dps bsk pgi 2",
 * "jakarta ke bali bsk 2 garuda". The route (two known places first) is the strong signal; with a date or
 * a party after it, a word or two the strict reading (typed-request.ts) doesn't list no longer throws the
 * whole search away: /cari searches with what it reads and names what it left out, as when typed after it.
 * Chatter stays chatter: no route at the start, no date or party, more than two unknown words, or a question
 * about the trip ("cgk dps bsk delay ga?") is no search.
 */

const set = (...lists: string[]) => new Set(lists.join(" ").split(" ").filter(Boolean));

/** Between the two places: "cgk to dps", "jakarta ke bali", "cgk - dps". */
const ROUTE_JOIN = set("ke to - sampai tujuan");
const ROUTE_LEAD = set("dari dr from");

/**
 * Words of a hurried search the strict reading doesn't list, each either read by /cari (dates in words,
 * times of day in chat spelling, a child's age) or named by it as left out (a sort, nonstop, an airline),
 * never a reason to drop the search.
 */
const SEARCH_WORDS = set(
  "day days after this coming next in on the of at dpn depan dep lusa",
  "malem mlm pgi pg subuh",
  "umur usia thn th tahun yo years year old bln",
  "cheapest cheap cheaper lowest murah termurah paling palingmurah plg mrh trmurah",
  "direct nonstop non-stop langsung direk transit",
  "lion garuda citilink batik wings super jet sriwijaya nam pelita airasia air asia transnusa scoot jetstar singapore malaysia",
);

/** Whether a word is one a route-led search may carry without losing its reading. */
export const isSearchWord = (w: string) => SEARCH_WORDS.has(w) || (w.length === 2 && isKnownAirlineCode(w));

/**
 * A flight number ("ga404", "ga 404"): a line naming one is a flight's itinerary pasted or talked about
 * ("CGK-DPS 05 Jan 07:00 GA 404"), no search.
 */
function isFlightNumber(w: string, next: string | undefined): boolean {
  const glued = /^([a-z0-9]{2})(\d{2,4})$/.exec(w);
  if (glued && /[a-z]/.test(glued[1]!) && isKnownAirlineCode(glued[1]!)) return true;
  return w.length === 2 && /[a-z]/.test(w) && isKnownAirlineCode(w) && next !== undefined && /^\d{2,4}$/.test(next);
}

const isPlace = (p: string) => p.length >= 3 && !/^\d/.test(p) && isKnownPlace(p);

/** How many words a place starting at `i` takes: one ("dps", "bali") or two ("kuala lumpur"); 0 for none. */
function placeAt(lower: string[], i: number): number {
  const w = lower[i];
  if (w === undefined) return 0;
  if (isPlace(w)) return 1;
  const next = lower[i + 1];
  return next !== undefined && isPlace(`${w} ${next}`) ? 2 : 0;
}

/**
 * How many leading words are the route of two known places ("cgk dps", "cgk-dps", "cgk to dps",
 * "dari jakarta ke bali", "kuala lumpur cgk"); 0 when the line doesn't start with one.
 */
export function routeLength(lower: string[]): number {
  let i = lower[0] !== undefined && ROUTE_LEAD.has(lower[0]) ? 1 : 0;
  const glued = (lower[i] ?? "").split(/[-\u2013\u2014\u2192>/]+/).filter(Boolean);
  if (glued.length === 2 && glued.every(isPlace)) return i + 1;
  const first = placeAt(lower, i);
  if (first === 0) return 0;
  i += first;
  if (lower[i] !== undefined && ROUTE_JOIN.has(lower[i]!)) i += 1;
  const second = placeAt(lower, i);
  return second === 0 ? 0 : i + second;
}

/**
 * Whether the words (lower case, as split by the strict reading) are a route-led search: the route first,
 * then a date or party (`detail`), and at most two words neither `known` to the strict reading nor one a
 * search may carry. `question`: the line asks something ("…delay ga?"), which unknown words make talk.
 */
export function isRouteLedSearch(lower: string[], detail: (w: string) => boolean, known: (w: string) => boolean, question: boolean): boolean {
  const route = routeLength(lower);
  if (route === 0) return false;
  const rest = lower.slice(route);
  if (!rest.some(detail) || rest.some((w, i) => isFlightNumber(w, rest[i + 1]))) return false;
  const unknown = rest.filter((w) => !known(w) && !isSearchWord(w));
  return unknown.length <= (question ? 0 : 2);
}
