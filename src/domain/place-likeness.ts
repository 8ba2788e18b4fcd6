import { aliasNames } from "./airport-aliases.js";

const VOWELS = new Set(["a", "e", "i", "o", "u"]);

export function editDistance(a: string, b: string): number {
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
 * Whether `typed` is `name` written without some of its vowels, as agents type in chat ("jkrta" Jakarta,
 * "lmbk" Lombok, "dnpsr" Denpasar): same first letter, every other letter of the name kept in order, only
 * vowels left out. Consonants are never dropped ("jkt" is in the alias table, "bpp" is no Balikpapan).
 */
export function withoutVowels(typed: string, name: string): boolean {
  if (typed.length < 3 || typed.length >= name.length || typed[0] !== name[0]) return false;
  let j = 0;
  for (const c of name) {
    if (j < typed.length && c === typed[j]) j++;
    else if (!VOWELS.has(c)) return false;
  }
  return j === typed.length;
}

/**
 * How unlike a place's name (normalized) a typed word is: 0 for the start of the name, the edit distance
 * (to the name or one of its words of 4+ letters), 1 for the name without some vowels. The caller decides
 * how far is still a look-alike.
 */
export function unlikeness(typed: string, name: string): number {
  if (name.startsWith(typed)) return 0;
  const words = name.split(" ").filter((w) => w.length >= 4);
  const edits = Math.min(editDistance(typed, name), ...words.map((w) => editDistance(typed, w)));
  return [name, ...words].some((w) => withoutVowels(typed, w)) ? Math.min(edits, 1) : edits;
}

/** How far a typed word of `length` letters may be from a name and still be offered as it. */
export const lookAlikeLimit = (length: number) => Math.max(1, Math.floor(length / 4));

/** `typed` is `name` with one letter left out ("surabya"), one doubled ("jogjaa") or two neighbours swapped ("jakrata"). */
function slipOf(typed: string, name: string): boolean {
  const dropOne = (long: string, short: string) => [...long].some((_, i) => long.slice(0, i) + long.slice(i + 1) === short);
  if (typed.length === name.length - 1) return dropOne(name, typed);
  if (typed.length === name.length + 1) return [...typed].some((c, i) => c === typed[i - 1] && typed.slice(0, i) + typed.slice(i + 1) === name);
  if (typed.length !== name.length || typed === name) return false;
  const at = [...name].findIndex((c, i) => c !== typed[i]);
  return typed[at] === name[at + 1] && typed[at + 1] === name[at] && typed.slice(at + 2) === name.slice(at + 2);
}

/**
 * A word typed in chat that is a near-miss of a place the alias table knows ("jakrta", "surabya", "jkrta",
 * "denpsar", "lmbk"), for reading a line as a search. Stricter than the conversation's look-alikes, which are
 * only offered as buttons: a letter left out, doubled or two swapped (in words of 5+ letters), or vowels left out
 * (4+ letters); never a letter changed or added, which many Indonesian words are from a city ("sekarang"
 * Semarang, "kurang" Kupang, "balik" Bali). The caller leaves out words it reads as something else.
 */
export function isNearKnownPlace(word: string): boolean {
  const w = word.toLowerCase();
  if (!/^[a-z]{4,20}$/.test(w)) return false;
  // Whole one-word names only: a word of a longer name ("sultan", "tanjung") alone names no place.
  for (const [name] of aliasNames()) {
    if (name.length < 4 || name.includes(" ")) continue;
    if (withoutVowels(w, name) || (w.length >= 5 && slipOf(w, name))) return true;
  }
  return false;
}
