import type { Airport } from "./airport.js";

export type AirportMatch = { kind: "exact"; airport: Airport } | { kind: "choices"; airports: Airport[] } | { kind: "none" };

/** Names people use that aren't the city in the provider's list. */
const ALIASES: Record<string, string[]> = {
  bali: ["DPS"], jogja: ["JOG", "YIA"], yogya: ["JOG", "YIA"], makassar: ["UPG"], ujungpandang: ["UPG"],
  lombok: ["LOP"], mataram: ["LOP"], solo: ["SOC"], surakarta: ["SOC"], jakarta: ["CGK", "HLP"],
  singapura: ["SIN"], singapore: ["SIN"], kl: ["KUL"], bangkok: ["BKK"], aceh: ["BTJ"], lampung: ["TKG"],
};

const MAX_PLACE = 60;

function normalize(s: string): string {
  return s.toLowerCase().normalize("NFKD").replace(/[^a-z ]/g, " ").replace(/\s+/g, " ").trim();
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length]!;
}

/**
 * Resolves what an agent types ("cgk", "Jakarta", "surabaya", "denpasar bali", "surabya") to airports:
 * one exact answer, or suggestions (ambiguous or misspelled), or nothing.
 */
export function matchAirport(input: string, airports: readonly Airport[]): AirportMatch {
  // Place names are short; the fuzzy match below costs input length × every city name, so a longer
  // answer is no place at all.
  if (input.length > MAX_PLACE) return { kind: "none" };
  const text = normalize(input);
  if (!text) return { kind: "none" };
  const byCode = new Map(airports.map((a) => [a.code, a]));
  const code = input.trim().toUpperCase();
  if (/^[A-Z]{3}$/.test(code) && byCode.has(code)) return { kind: "exact", airport: byCode.get(code)! };

  const found = new Map<string, Airport>();
  const add = (a: Airport | undefined) => a && found.set(a.code, a);
  if (text.length >= 3) airports.filter((a) => normalize(a.city) === text).forEach(add);
  for (const word of text.split(" ")) (ALIASES[word] ?? []).forEach((c) => add(byCode.get(c)));
  if (found.size === 0 && text.length >= 3) {
    airports.filter((a) => normalize(a.city).startsWith(text) || text.split(" ").some((w) => w.length >= 4 && normalize(a.city).split(" ").includes(w))).forEach(add);
  }
  if (found.size === 0 && text.length >= 4) {
    const scored = airports
      .map((a) => ({ a, d: Math.min(...[normalize(a.city), ...normalize(a.city).split(" ")].map((c) => distance(text, c))) }))
      .filter((s) => s.d <= Math.max(1, Math.floor(text.length / 4)))
      .sort((x, y) => x.d - y.d);
    scored.slice(0, 4).forEach((s) => add(s.a));
    if (found.size > 0) return { kind: "choices", airports: [...found.values()] };
  }
  const list = [...found.values()];
  if (list.length === 1) return { kind: "exact", airport: list[0]! };
  if (list.length > 1) return { kind: "choices", airports: list.slice(0, 6) };
  return { kind: "none" };
}
