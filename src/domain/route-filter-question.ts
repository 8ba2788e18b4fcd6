/**
 * Words that only make a route typed at a results list a question about the flights it has: "ada citilink dari
 * sub?", "garuda ke lombok ada gk?", "any garuda to bali?", "is there a lion flight from sub?", "naik garuda ke
 * bali". Asked with an airline or a time of day, the answer is that route's list filtered to it, so the caller
 * lets them go only then: "ada ke lombok?" alone stays a question the list doesn't read (list-new-search.ts).
 */
const QUESTION_WORDS = new Set([
  "ada", "adakah", "apa", "apakah", "masih", "msh", "gk", "gak", "ga", "g", "nggak", "ngga", "enggak", "engga", "tidak", "tdk", "kah",
  "penerbangan", "pesawat", "pswt", "tiket", "naik", "pake", "pakai", "pk", "dgn", "dengan",
  "any", "there", "got", "have", "has", "you", "a", "an", "flight", "flights", "ticket", "tickets", "by", "with", "on",
]);

/** "is" and "are" ask only before "there": "garuda to lombok is cheaper?" asks something the list doesn't read. */
const BEFORE_THERE = new Set(["is", "are"]);

/** The words of `text` (split at spaces, as typed) without those that only ask. */
export function withoutQuestionWords(text: string): string {
  const ws = text.split(/\s+/).filter(Boolean);
  const lower = ws.map((w) => w.toLowerCase());
  return ws.filter((_, i) => !QUESTION_WORDS.has(lower[i]!) && !(BEFORE_THERE.has(lower[i]!) && lower[i + 1] === "there")).join(" ");
}
