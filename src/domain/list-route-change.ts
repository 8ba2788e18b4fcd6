import { airportOfKnownCode, normalizePlace } from "./airport-match.js";
import { airportsNamed } from "./airport-aliases.js";

/**
 * Another route typed at a results list: "ke lombok aja", "to lombok instead", "dari sub", "tujuan lombok",
 * "bukan bali, lombok", "actually lombok not bali", "ganti rute sub-kno", "sub kno". The places as typed
 * (the search resolves them, asking "which airport?" as /cari would); a side not typed stays the list's.
 */
export interface RouteChange {
  from?: string;
  to?: string;
  /**
   * The words besides the route and its correction, in order and case as typed ("tgl 10" of "ke lombok tgl 10",
   * "GA" of "GA ke lombok"): the caller takes the change only when they read as a date, a party, a time of day or
   * the list's own words (an airline, direct flights: quick-form.ts), nothing else.
   */
  rest?: string;
}

/** The list's route, by airport code. */
export interface ListRoute {
  from: string;
  to: string;
}

type Side = "from" | "to";
const SIDE_WORDS: Record<string, Side> = {
  ke: "to", to: "to", tujuan: "to", tujuannya: "to", destination: "to", dest: "to", menuju: "to", arah: "to", into: "to",
  dari: "from", dr: "from", from: "from", asal: "from", asalnya: "from", origin: "from", berangkat: "from", brgkt: "from", departing: "from",
};
/** A place after these is the one no longer wanted: "bukan bali", "not bali", "instead of bali". */
const NOT = new Set(["bukan", "bkn", "not", "of"]);
/**
 * Words that carry no route: the correction ("ganti", "salah", "actually", "instead"), chat particles and
 * politeness. Anything else in the line means it is not only a route change, and the list reads it (or hints).
 */
const FILLERS = new Set([
  "eh", "oh", "ah", "aduh", "waduh", "hmm", "maaf", "sorry", "sori", "oops", "ops", "wait", "no", "nope", "ralat", "koreksi", "salah", "slh",
  "wrong", "ganti", "gnti", "ubah", "rubah", "change", "make", "it", "jadi", "jd", "jdi", "jadinya", "actually", "instead", "i", "mean",
  "meant", "rute", "rutenya", "route", "kota", "city", "the", "aja", "aj", "saja", "deh", "dong", "ya", "yaa", "sih", "kak", "ka", "pak",
  "bu", "mas", "mbak", "pls", "please", "plz", "tolong", "mau", "minta", "cari", "carikan", "search", "tapi", "but", "melainkan", "yg",
  "yang", "ok", "oke", "then", "lalu", "nya", "let's", "lets", "go", "do", "try", "coba", "cb",
]);

/** The airport codes a typed place means (a name the table knows, or a known code). */
function codesOf(place: string): readonly string[] | undefined {
  const named = airportsNamed(normalizePlace(place));
  if (named) return named;
  const code = airportOfKnownCode(place)?.code;
  return code ? [code] : undefined;
}

interface Placed {
  place: string;
  side?: Side;
  unwanted: boolean;
}

/** A change of route (with the other words in `rest`), or undefined when the line names no wanted place. */
export function routeChangeAtList(text: string, list: ListRoute): RouteChange | undefined {
  if (text.length > 80) return undefined;
  const typed = text
    // "sub-kno", "cgk→dps", "sub > kno": a route glued by a dash or an arrow (never digits: "10-12" is a date).
    .replace(/(\p{L})\s*(?:->|=>|\u2192|>|-|\u2013|\/)\s*(\p{L})/gu, "$1 ke $2")
    .split(/[\s,;]+/)
    // Punctuation around a word goes; inside it stays, so a date in the rest reads as typed ("10/12", "10-12").
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ""))
    .filter(Boolean);
  const ws = typed.map((w) => w.toLowerCase());
  const places: Placed[] = [];
  const rest: string[] = [];
  let side: Side | undefined;
  let unwanted = false;
  for (let i = 0; i < ws.length; ) {
    const w = ws[i]!;
    const len = placeAt(ws, i);
    if (len > 0) {
      places.push({ place: ws.slice(i, i + len).join(" "), ...(side && { side }), unwanted });
      side = undefined;
      unwanted = false;
      i += len;
      continue;
    }
    if (Object.hasOwn(SIDE_WORDS, w)) side = SIDE_WORDS[w];
    else if (NOT.has(w)) unwanted = true;
    // The rest as typed: an airline code in capitals ("GA ke lombok") is the list's filter, "ga" in chat is "no".
    else if (!FILLERS.has(w)) rest.push(typed[i]!);
    i += 1;
  }
  const wanted = places.filter((p) => !p.unwanted);
  const change = routeOf(wanted, places, list);
  return change && (rest.length > 0 ? { ...change, rest: rest.join(" ") } : change);
}

function routeOf(wanted: readonly Placed[], places: readonly Placed[], list: ListRoute): RouteChange | undefined {
  if (wanted.length === 0 || wanted.length > 2) return undefined;
  if (wanted.length === 2) {
    const [a, b] = wanted as [Placed, Placed];
    // "sub kno", "dari sub ke kno": the first the origin; "ke kno dari sub": as typed.
    if (a.side === "to" && b.side !== "to") return { from: b.place, to: a.place };
    return a.side === "from" || a.side === undefined ? { from: a.place, to: b.place } : undefined;
  }
  const only = wanted[0]!;
  return { [only.side ?? sideReplaced(places, list)]: only.place };
}

/**
 * Which side a place typed without "ke"/"dari" replaces: the side of the place said to be unwanted ("bukan
 * sub, mlg" at SUB → DPS is the origin), else the destination (agents change where to far more than where from).
 */
function sideReplaced(places: readonly Placed[], list: ListRoute): Side {
  const dropped = places.find((p) => p.unwanted);
  if (dropped?.side) return dropped.side;
  const codes = dropped ? codesOf(dropped.place) : undefined;
  return codes?.includes(list.from) && !codes.includes(list.to) ? "from" : "to";
}

/** How many words a known place at `i` takes: "lombok", "kuala lumpur" (two words first), else 0. */
function placeAt(ws: readonly string[], i: number): number {
  const isPlace = (p: string) => p.length >= 3 && !/^\d/.test(p) && codesOf(p) !== undefined;
  if (i + 1 < ws.length && isPlace(`${ws[i]} ${ws[i + 1]}`)) return 2;
  return isPlace(ws[i]!) ? 1 : 0;
}
