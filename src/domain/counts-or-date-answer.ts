import type { PaxCount } from "./passenger.js";
import { isPaxTypeWord, parsePax } from "./pax-parse.js";
import { withoutFillers } from "./answer-fillers.js";

/**
 * The word that settles "5 2" (the date 5 Feb, or 5 adults and 2 children?) when the date question asks
 * it: "tanggal", "the date", "itu tanggal" (the date); "penumpang", "passengers", "jumlah penumpang"
 * (the party). Only such a word with nothing but pointing and asking words around it: anything else is
 * read by the date question as usual.
 */
const DATE = new Set(["tanggal", "tanggalnya", "tgl", "date"]);
const PARTY = new Set(["penumpang", "penumpangnya", "pnp", "pax", "orang", "org", "passengers", "passenger", "people", "party", "persons", "jumlah"]);
const AROUND = new Set(["the", "a", "it", "its", "it's", "is", "itu", "yg", "yang", "of", "aja", "saja", "dong", "kak", "pls", "please", "ya", "yes", "number", "adalah"]);

export function countsOrDateWord(text: string): "date" | "party" | undefined {
  const words = text.toLowerCase().replace(/[^\p{L}\p{N}\s']+/gu, " ").split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 5) return undefined;
  const said = words.filter((w) => !AROUND.has(w));
  const kinds = new Set(said.map((w) => (DATE.has(w) ? "date" : PARTY.has(w) ? "party" : "other")));
  return kinds.size === 1 && !kinds.has("other") ? (kinds.values().next().value as "date" | "party") : undefined;
}

/**
 * What an answer at the date question says about the "5 2" it asks about (`typed`, whose party reading is
 * `party`): `date` or `party` (a word above, or that party written with its words: "5 adults 2 children",
 * "5 dewasa 2 anak"), or `again`: the same numbers typed again, which settle nothing and get the question
 * again, saying what to type or tap. Undefined: a date or anything else, read as usual.
 */
export function countsOrDateReply(text: string, typed: string, party: PaxCount): "date" | "party" | "again" | undefined {
  const bare = (t: string) => t.trim().replace(/[.!?]+$/, "").replace(/\s+/g, " ");
  if (bare(text) === bare(typed)) return "again";
  const word = countsOrDateWord(text);
  if (word) return word;
  const said = withoutFillers(text);
  const read = parsePax(said);
  const worded = said.split(" ").some(isPaxTypeWord);
  return worded && read.ok && read.pax.adult === party.adult && read.pax.child === party.child && read.pax.infant === party.infant ? "party" : undefined;
}
