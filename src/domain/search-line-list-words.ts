import { isKnownAirlineCode } from "./airline-names.js";
import { AIRLINE_WORDS, CHEAPEST, isDirectPhrase } from "./results-request.js";

/**
 * Words of a search line that are the results list's own requests ("cgk dps bsk 2 lion langsung", "/search cgk
 * dps tmrw 2 GA cheapest"): a hurried agent types them with the search and expects them applied, as if typed
 * at the list. Found here by the list's own words (results-request.ts); the list reads them when it opens.
 */
export type ListWords = { len: number; cheapest?: true; direct?: true; airline?: string };

/** Words before "murah" that only stress it: "yg paling murah", "plg murah", "the cheapest". */
const CHEAPEST_LEADS = new Set(["yg", "yang", "paling", "plg", "the", "most"]);
/** Chat spellings of the cheapest the list doesn't list: "trmurah", "plg mrh". */
const CHEAPEST_CHAT = new Set(["trmurah", "mrh", "palingmurah"]);
/** Words after an airline's name that are part of it: "lion air", "garuda indonesia", "batik air". */
const NAME_TAILS = new Set(["air", "airlines", "airways", "indonesia"]);
/** Names in more words than one: "air asia", "super air jet" (the list knows them as "airasia", "superjet"). */
const SPLIT_NAMES: Record<string, string> = { "air asia": "airasia", "super air jet": "superjet", "super jet": "superjet" };

/**
 * Two capitals that are words of a search line before they are airline codes: "JAKARTA KE SURABAYA" (Korean Air
 * is KE), "CGK TO DPS", "PP" (return), "OK", "AM"/"PM", "IN 3 DAYS" (Nam Air is IN: "nam air" by name still filters).
 */
const LINE_WORDS = new Set(["KE", "TO", "DI", "DR", "PP", "OK", "AM", "PM", "IN", "ON", "AT", "YA", "NO", "GO", "SD"]);

/** The list's words starting at `i` (0 `len`: none); `words` as typed, their case kept (a code is typed in capitals: "GA", "JT"). */
export function listWordsAt(words: readonly string[], i: number): ListWords {
  const lower = words.map((w) => w.toLowerCase());
  let k = i;
  while (k < lower.length && k - i < 2 && CHEAPEST_LEADS.has(lower[k]!)) k++;
  const cheap = lower[k];
  if (cheap !== undefined && (CHEAPEST.has(cheap) || CHEAPEST_CHAT.has(cheap))) return { len: k - i + 1, cheapest: true };
  for (let len = Math.min(3, lower.length - i); len >= 1; len--) {
    // "non-stop" reaches here as "non → stop": the quick form spaced it as a glued route ("cgk-dps").
    if (isDirectPhrase(lower.slice(i, i + len).join(" ").replace(" \u2192 ", "-"))) return { len, direct: true };
  }
  for (let len = 3; len >= 2; len--) {
    const name = SPLIT_NAMES[lower.slice(i, i + len).join(" ")];
    if (name) return { len, airline: name };
  }
  const w = lower[i]!;
  // "sriwijaya", "lion air": a name the list knows; "asia" alone is no airline typed with a search.
  if (w !== "asia" && Object.hasOwn(AIRLINE_WORDS, w)) return { len: NAME_TAILS.has(lower[i + 1] ?? "") ? 2 : 1, airline: w };
  // "GA", "JT", "QG": a code in capitals ("ga" in chat is "no").
  const typed = words[i]!;
  if (/^[A-Z0-9]{2}$/.test(typed) && /[A-Z]/.test(typed) && !LINE_WORDS.has(typed) && isKnownAirlineCode(typed)) return { len: 1, airline: typed };
  return { len: 0 };
}
