/**
 * Which of two one-tap options a typed answer names: "the first one", "1st", "1", "yang pertama" (1);
 * "the 2nd", "second one", "yg kedua", "ke-2" (2). A yes that names neither ("yes", "ok", "ya", "that
 * one") is `unsaid`: the question is asked again naming both, never one of them guessed. Undefined: the
 * words are something else (a date typed instead, say), for the question to read as usual.
 *
 * Only for a question whose two options are not numbers themselves: at the flight date, "1" and "the
 * 2nd" are days of the month.
 */
export type WhichOfTwo = 1 | 2 | "unsaid";

const FIRST = new Set(["first", "1st", "1", "pertama", "kesatu", "former"]);
const SECOND = new Set(["second", "2nd", "2", "kedua", "last", "terakhir", "latter"]);
/** A yes, or a pointing word, that says nothing of which option: asked again. */
const YES = new Set(["yes", "y", "ya", "yaa", "iya", "iyaa", "ok", "oke", "okay", "okey", "okee", "sip", "yup", "yep", "yeah", "sure", "betul", "benar", "bener", "correct", "that", "this", "itu", "ini"]);
/** Words around an option that change nothing: "the first one", "yg kedua aja", "option 2 pls". */
const AROUND = new Set(["the", "one", "yg", "yang", "option", "opsi", "pilihan", "no", "nomor", "nmr", "number", "pls", "please", "plz", "aja", "saja", "dong", "deh", "kak", "ka", "is", "it", "its", "it's"]);

export function whichOfTwo(text: string): WhichOfTwo | undefined {
  // "ke-2", "ke 2", "no. 1", "2nd!": the ordinal as one word, punctuation dropped.
  const words = text.toLowerCase().replace(/\bke[\s-]?([12])\b/g, "$1").replace(/[^\p{L}\p{N}\s']+/gu, " ").split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 6) return undefined;
  let yes = false;
  const rest = words.filter((w) => {
    if (YES.has(w)) yes = true;
    return !YES.has(w) && !AROUND.has(w);
  });
  if (rest.length === 0) return yes ? "unsaid" : undefined;
  if (rest.length > 1) return undefined;
  return FIRST.has(rest[0]!) ? 1 : SECOND.has(rest[0]!) ? 2 : undefined;
}
