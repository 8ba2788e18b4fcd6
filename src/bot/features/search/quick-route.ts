import { isKnownPlace } from "../../../domain/airport-match.js";

/** Words that put the place after them at the destination: "ke bali", "tujuan bali", "to bali". */
const TO_WORDS = new Set(["ke", "to", "tujuan", "menuju", "sampai"]);
/** Words that put the place after them at the origin, wherever they stand: "dps dari cgk", "to bali from jakarta". */
const FROM_WORDS = new Set(["dari", "dr", "from"]);
/** Marks between two places with no direction of their own: first is the origin, as written. */
const NEUTRAL = new Set(["-", "→", ">", "->", "=>", "–", "—"]);
/** Leading words that only announce a route: "rute cgk dps". */
const LEAD = new Set(["rute", "route"]);
/**
 * Words of asking, not of the trip ("pls jkt to bali", "tolong carikan cgk dps besok dong", "sub dps
 * besok ya kak"): skipped wherever they stand, so they never join a place's name and turn the whole
 * line into an airport guess.
 */
const POLITE = new Set([
  "pls", "plz", "please", "tolong", "carikan", "cariin", "cari", "mohon", "dong", "donk", "ya", "yah", "min", "kak", "gan", "sis",
  // "cariin tiket jkt bali", "1 org aja": what is asked for, not where or when.
  "tiket", "tiketnya", "pesawat", "aja", "saja",
  // "need 2 pax cgk-dps", "i need flights cgk dps", "any flights cgk dps tmr", "pls check cgk dps 20/12": asking, in English.
  "need", "i", "looking", "any", "check", "cek", "flight", "flights",
]);

/** Whether a word only makes the request polite ("pls", "tolong", "dong"): it carries no part of the search. */
export function isPoliteWord(word: string): boolean {
  return POLITE.has(word.toLowerCase());
}

export interface Route {
  origin?: string;
  destination?: string;
}

type Role = "from" | "to" | undefined;

/** Whether a word says which end the place after it is: "tujuan bali besok dari surabaya" has two route runs. */
export function isDirectionWord(word: string): boolean {
  const w = word.toLowerCase();
  return FROM_WORDS.has(w) || TO_WORDS.has(w);
}

/**
 * Two places from the words left. Direction words decide which is which in any order ("tujuan
 * bali dari surabaya" is SUB → DPS, "dps dari cgk" is CGK → DPS); without them the first place is
 * the origin, split at a dash or arrow when present, else where the alias table knows both sides.
 */
export function splitRoute(words: string[]): Route {
  while (words.length > 0 && LEAD.has(words[0]!.toLowerCase())) words = words.slice(1);
  // Runs of words between markers, each with the direction its marker gives (none for a dash or the start).
  const runs: { role: Role; words: string[] }[] = [{ role: undefined, words: [] }];
  for (const w of words) {
    const lower = w.toLowerCase();
    const role: Role | null = FROM_WORDS.has(lower) ? "from" : TO_WORDS.has(lower) ? "to" : NEUTRAL.has(lower) ? undefined : null;
    if (role === null) runs.at(-1)!.words.push(w);
    else runs.push({ role, words: [] });
  }
  const places = runs.filter((r) => r.words.length > 0).map((r) => ({ role: r.role, text: r.words.join(" ") }));
  if (places.length === 0) return {};
  if (places.length === 1) {
    const only = places[0]!;
    if (only.role === "to") return { destination: only.text };
    return splitUnmarked(only.text.split(" "));
  }
  const route: Route = {};
  for (const p of places) if (p.role === "from") route.origin ??= p.text;
  for (const p of places) if (p.role === "to") route.destination ??= p.text;
  // Places without a direction word fill what is left, the origin first ("jakarta to bali", "cgk - dps").
  for (const p of places) {
    if (p.role !== undefined) continue;
    if (route.origin === undefined) route.origin = p.text;
    else if (route.destination === undefined) route.destination = p.text;
  }
  return route;
}

/** Places with no marker between them: where both sides are known places ("kuala lumpur jakarta"), else where one is, else the middle. */
function splitUnmarked(words: string[]): Route {
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
