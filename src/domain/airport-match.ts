import type { Airport } from "./airport.js";
import { DOMESTIC_AIRPORTS } from "./airport.js";
import { AIRPORT_ALIASES, aliasCity, aliasNames, airportsNamed, CITY_AIRPORTS, PLACE_FILLER } from "./airport-aliases.js";
import { lookAlikeLimit, unlikeness } from "./place-likeness.js";

/**
 * - exact: one airport, certain (a code, a city or airport name the alias table or the provider knows).
 * - choices: several; `uncertain` when they are look-alikes of a misspelling (never taken without a
 *   tap), certain when the name means a city with several airports (Jakarta: CGK, HLP).
 * - unserved: a known airport the provider doesn't list (say so rather than offer a look-alike).
 */
export type AirportMatch =
  | { kind: "exact"; airport: Airport }
  | { kind: "choices"; airports: Airport[]; uncertain: boolean }
  /** `alternatives`: the same city's other airports the provider does list ("yia" where only JOG is listed), offered as taps. */
  | { kind: "unserved"; code: string; city: string; alternatives?: Airport[] }
  | { kind: "none" };

const MAX_PLACE = 60;
const KNOWN_CODES = new Set([...DOMESTIC_AIRPORTS, ...AIRPORT_ALIASES.map((a) => a.code)]);

export function normalizePlace(s: string): string {
  const words = s.toLowerCase().normalize("NFKD").replace(/[^a-z0-9 ]/g, " ").split(/\s+/).filter(Boolean);
  const kept = words.filter((w, i) => !PLACE_FILLER.has(w) && !(w === "bandar" && words[i + 1] === "udara") && !(w === "udara" && words[i - 1] === "bandar"));
  return kept.join(" ");
}

/** Whether a phrase names an airport the table knows (a name or a code), regardless of the provider. */
export function isKnownPlace(phrase: string): boolean {
  const text = normalizePlace(phrase);
  if (!text) return false;
  return airportsNamed(text) !== undefined || KNOWN_CODES.has(text.toUpperCase());
}

function served(codes: readonly string[], byCode: ReadonlyMap<string, Airport>): Airport[] {
  return codes.map((c) => byCode.get(c)).filter((a): a is Airport => a !== undefined);
}

function fromCodes(codes: readonly string[], byCode: ReadonlyMap<string, Airport>): AirportMatch {
  const list = served(codes, byCode);
  if (list.length === 1) return { kind: "exact", airport: list[0]! };
  if (list.length > 1) return { kind: "choices", airports: list, uncertain: false };
  return unserved(codes[0]!, byCode);
}

/** A known airport the provider doesn't list, with its city's other airports that it does (Yogyakarta: YIA and JOG). */
function unserved(code: string, byCode: ReadonlyMap<string, Airport>): AirportMatch {
  const siblings = new Set(Object.values(CITY_AIRPORTS).filter((codes) => codes.includes(code)).flat());
  siblings.delete(code);
  const alternatives = served([...siblings], byCode);
  // "Yogyakarta (YIA)" is said as "Yogyakarta (YIA)" once: the code follows the city in every message.
  const city = (aliasCity(code) ?? code).replace(new RegExp(`\\s*\\(${code}\\)$`), "");
  return { kind: "unserved", code, city, ...(alternatives.length > 0 ? { alternatives } : {}) };
}

/**
 * The airport a code typed as such names ("cgk", "DPS", "bandara cgk"), from the table alone, for when the
 * provider's airport list can't be read: only a code the table knows, never a name (whose city may have
 * several airports, or be misspelt). Whether the provider flies there, the search itself says.
 */
export function airportOfKnownCode(input: string): Airport | undefined {
  const code = normalizePlace(input).toUpperCase();
  if (!/^[A-Z]{3}$/.test(code) || !KNOWN_CODES.has(code)) return undefined;
  return { code, city: (aliasCity(code) ?? code).replace(new RegExp(`\\s*\\(${code}\\)$`), "") };
}

/** Codes each word (or pair of words) names: "denpasar bali" → DPS, DPS; "jakarta cengkareng" → CGK HLP, CGK. */
function codesByWord(text: string, airports: readonly Airport[]): string[][] {
  const words = text.split(" ");
  const found: string[][] = [];
  const cityCodes = (name: string) => airports.filter((a) => normalizePlace(a.city) === name).map((a) => a.code);
  for (let i = 0; i < words.length; i++) {
    const pair = i + 1 < words.length ? `${words[i]} ${words[i + 1]}` : undefined;
    const pairCodes = pair ? (airportsNamed(pair) ?? cityCodes(pair)) : [];
    if (pair && pairCodes.length > 0) {
      found.push([...pairCodes]);
      i++;
      continue;
    }
    const w = words[i]!;
    const byCode = w.length === 3 && KNOWN_CODES.has(w.toUpperCase()) ? [w.toUpperCase()] : [];
    const codes = w.length >= 3 ? [...(airportsNamed(w) ?? []), ...cityCodes(w), ...byCode] : [];
    if (codes.length > 0) found.push([...new Set(codes)]);
  }
  return found;
}

/** Look-alikes of a misspelling, a name without its vowels ("jkrta") or the start of a name: provider cities and table names. */
function nearMisses(text: string, airports: readonly Airport[], byCode: ReadonlyMap<string, Airport>): Airport[] {
  const limit = lookAlikeLimit(text.length);
  const scored = new Map<string, number>();
  const score = (code: string, name: string) => {
    if (!byCode.has(code)) return;
    const d = unlikeness(text, name);
    if (d <= limit && d < (scored.get(code) ?? Infinity)) scored.set(code, d);
  };
  for (const a of airports) score(a.code, normalizePlace(a.city));
  for (const [name, codes] of aliasNames()) if (name.length >= 4) codes.forEach((c) => score(c, name));
  return [...scored.entries()].sort((x, y) => x[1] - y[1]).slice(0, 4).map(([c]) => byCode.get(c)!);
}

/**
 * Resolves what an agent types ("cgk", "Jakarta", "juanda", "ujung pandang", "denpasar bali",
 * "surabya") to airports. Only a code or a name known for certain resolves on its own; a
 * misspelling gives look-alikes to choose from.
 */
export function matchAirport(input: string, airports: readonly Airport[]): AirportMatch {
  // Place names are short; the fuzzy match below costs input length × every name, so a longer
  // answer is no place at all.
  if (input.length > MAX_PLACE) return { kind: "none" };
  const text = normalizePlace(input);
  if (!text) return { kind: "none" };
  const byCode = new Map(airports.map((a) => [a.code, a]));
  const code = text.toUpperCase();
  if (/^[A-Z]{3}$/.test(code) && byCode.has(code)) return { kind: "exact", airport: byCode.get(code)! };

  const named = airportsNamed(text);
  if (named) return fromCodes(named, byCode);
  const cities = airports.filter((a) => normalizePlace(a.city) === text);
  if (cities.length === 1) return { kind: "exact", airport: cities[0]! };
  if (cities.length > 1) return { kind: "choices", airports: cities, uncertain: false };
  if (/^[A-Z]{3}$/.test(code) && KNOWN_CODES.has(code)) return unserved(code, byCode);

  const perWord = codesByWord(text, airports);
  if (perWord.length > 0) {
    // Every recognized word must agree: "jakarta cengkareng" is CGK; "medan bali" is nothing certain.
    const common = perWord.reduce((acc, codes) => acc.filter((c) => codes.includes(c)));
    const servedCommon = served(common, byCode);
    if (servedCommon.length === 1) return { kind: "exact", airport: servedCommon[0]! };
    const union = served([...new Set(perWord.flat())], byCode);
    if (union.length > 0) return { kind: "choices", airports: union.slice(0, 6), uncertain: true };
  }
  if (text.length >= 3) {
    const near = nearMisses(text, airports, byCode);
    if (near.length > 0) return { kind: "choices", airports: near, uncertain: true };
  }
  return { kind: "none" };
}
