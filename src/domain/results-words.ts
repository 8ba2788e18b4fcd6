/**
 * The words of what agents type at a results list: the chat particles that carry no request, the cancel words,
 * the counts. Shared by the list's reader (results-request.ts) and the return reader (results-return.ts).
 */

/** Chat particles and politeness that carry no request: "yg kedua", "garuda aja", "cheapest one pls". */
export const FILLERS = new Set([
  "yg", "yang", "aja", "aj", "saja", "ja", "dong", "donk", "deh", "ya", "yaa", "yah", "sih", "nih", "tuh", "kak", "ka", "kk", "bu", "pak",
  "mas", "mbak", "mba", "gan", "min", "pls", "please", "plz", "tolong", "mau", "minta", "ambil", "pilih", "ganti", "ubah", "jadi", "ok", "oke",
  "okay", "the", "one", "only", "just", "i", "want", "take", "pick", "show", "me", "flight", "flights", "penerbangan", "pesawat", "ada",
  "lebih", "lbh", "paling", "plg", "dulu", "udah", "udh", "sudah", "coba", "cb", "gimana", "gmn", "kalau", "kalo", "klo", "klau", "let's", "lets",
  "go", "with", "dengan", "dgn", "a", "an", "for", "maskapai", "airline", "airlines", "air", "airways", "option",
  // "book the 2nd one", "i'll take the cheapest", "pesan yg ke 3": asking for the flight the rest names.
  "book", "i'll", "ill", "i'd", "pesan", "pesen",
]);
/** Question tags at the end ("ada yg lbh pagi gk?"): not a "no" in front of a word. */
const TAGS = new Set(["gk", "gak", "ga", "nggak", "ngga", "enggak", "tidak", "tdk", "kah", "not"]);

const CANCEL = /^(?:batal(?:in|kan)?|btl|cancel|stop(?:\s+it)?|berhenti|gajadi|gjd|gkjd|(?:gak|ga|gk|g|nggak|ngga|enggak|tidak|tdk)\s+(?:jadi|jd|usah)|no\s+thanks?(?:\s+you)?|no\s+thx|never\s*mind|forget\s+it)$/;
/** Softeners around a cancel: "cancel aja", "stop dulu", "udh gk usah", "batalin ya". */
const CANCEL_SOFT = new Set(["aja", "saja", "deh", "dulu", "ya", "dong", "sih", "udh", "udah", "sudah", "kak", "pls", "please", "aj"]);

/** Words that say a count is the party ("jadi 3", "untuk 3", "for 3"), not a flight or a day. */
export const COUNT_LEADS = new Set(["jadi", "jd", "untuk", "utk", "buat", "bwt", "for"]);
export const NUMBER_WORDS: Record<string, number> = { satu: 1, dua: 2, tiga: 3, empat: 4, lima: 5, enam: 6, tujuh: 7, delapan: 8, sembilan: 9, sepuluh: 10 };

export function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s:.'-]/gu, " ")
    .split(/\s+/)
    .map((w) => w.replace(/^[.'-]+|[.'-]+$/g, ""))
    .filter(Boolean);
}

export const withoutFillers = (ws: readonly string[]) => {
  const kept = ws.filter((w) => !FILLERS.has(w));
  while (kept.length > 0 && TAGS.has(kept.at(-1)!)) kept.pop();
  return kept;
};

/**
 * Whether the words cancel as the list reads them ("gk jd", "stop dulu", "no thanks", "never mind"): the
 * cancel command's reader takes these too (cancel-words.ts), so every step and the list end on the same words.
 */
export function isCancelWords(text: string): boolean {
  return CANCEL.test(words(text).filter((w) => !CANCEL_SOFT.has(w)).join(" "));
}
