import { COUNT_LEADS, FILLERS } from "./results-words.js";
import type { ResultsContext, ResultsRequest } from "./results-request.js";
import { parseTravelDate } from "./travel-date.js";

/** Words saying "coming back on": a bare day after one is the return's day ("pulang 28"). */
const RETURN_WORDS = new Set(["pulang", "pulangnya", "balik", "baliknya", "kepulangan", "return", "returning"]);
/** Words saying "both ways" ("pp 2" may be the party, so a bare number after one is no day). */
const BOTH_WAYS = new Set(["pp", "p.p", "p/p", "roundtrip", "round-trip", "pulang pergi", "pergi pulang"]);
/** Between the return word and its date: "return on the 28th", "pulang pada tgl 28" (tried with and without). */
const RETURN_LEADS = new Set(["on", "pada", "the", "tgl", "tanggal", "date", "nya"]);
/** Words around a return that ask nothing else: "tiket pulangnya juga", "sekalian pp", "return flight too". */
const RETURN_FILLERS = new Set(["tiket", "ticket", "tickets", "trip", "juga", "jg", "sekalian", "also", "too", "and", "dan", "sama", "nya", "pesawat", "penerbangan", "flight"]);

/**
 * A return typed at the list: a return word ("pulang", "balik", "return", "pp", "round trip") and at most a
 * date after it ("pulang tgl 28", "balik 28 des", "return on the 28th"), or before it for the words that
 * mean coming back ("tgl 28 pulangnya"). Read strictly like the rest: every other word must be a particle,
 * and the date must read as one ("pulang jam 7" is not understood); a bare number is a day only after a
 * word that means coming back ("pp 2" may be the party).
 */
export function returnRequest(text: string, ctx: ResultsContext): ResultsRequest | undefined {
  if (text.length > 80) return undefined;
  // As the date branch reads them: "28/12" keeps its slash, "?" and "!" are dropped.
  const typed = text.toLowerCase().replace(/\bround\s+trip\b/g, "roundtrip").split(/\s+/).map((w) => w.replace(/[^\p{L}\p{N}/.:-]/gu, "").replace(/[.:-]+$/, "")).filter(Boolean);
  // "pp for 2", "pulang untuk 3": a count said to be the party is no return day, nor a particle here.
  if (typed.some((w, i) => COUNT_LEADS.has(w) && /^\d/.test(typed[i + 1] ?? ""))) return undefined;
  const ws = typed.filter((w) => !RETURN_FILLERS.has(w) && !FILLERS.has(w));
  const phraseAt = (k: number): { len: number; back: boolean } | undefined => {
    const two = ws.slice(k, k + 2).join(" ");
    if (BOTH_WAYS.has(two)) return { len: 2, back: false };
    if (ws[k] !== undefined && BOTH_WAYS.has(ws[k]!)) return { len: 1, back: false };
    if (ws[k] !== undefined && RETURN_WORDS.has(ws[k]!)) return { len: 1, back: true };
    return undefined;
  };
  const first = phraseAt(0);
  let dateWords: string[];
  let back: boolean;
  if (first) {
    dateWords = ws.slice(first.len);
    back = first.back;
  } else {
    // "tgl 28 pulangnya", "28 des pulang": only a coming-back word after its date ("25 des pp" may be the outbound).
    const last = ws.at(-1);
    if (last === undefined || !RETURN_WORDS.has(last)) return undefined;
    dateWords = ws.slice(0, -1);
    back = true;
  }
  if (dateWords.length === 0) return { kind: "return" };
  if (!ctx.today) return undefined;
  // "on the 28th": the date with its leads first ("tgl 28" is one), then without them, one by one.
  for (let k = 0; k < dateWords.length; k++) {
    const phrase = dateWords.slice(k);
    // A bare number ("28", "on 28") is a day only after a coming-back word or a date word: "pulang 28", "pp tgl 2", not "pp 2".
    const core = phrase.filter((w) => !RETURN_LEADS.has(w) || w === "tgl" || w === "tanggal" || w === "date");
    if (core.length === 1 && /^\d{1,2}$/.test(core[0]!) && !back) return undefined;
    const date = parseTravelDate(phrase.join(" "), ctx.today);
    if (date.ok) return { kind: "return", date: date.date };
    // A date that can't be booked (passed, too far, a span): the return is still a second search, its day left out.
    if (date.reason !== "unreadable") return { kind: "return" };
    if (!RETURN_LEADS.has(dateWords[k]!)) return undefined;
  }
  return undefined;
}
