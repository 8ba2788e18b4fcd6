import { MAX_ANSWER } from "./answer-limit.js";
import { withoutMarker } from "./passenger-lines.js";
import { leadingTitles } from "./title-words.js";

/** Words that open a question, Indonesian (with chat spellings) and English. */
const QUESTION_LEAD = new Set([
  "berapa", "brp", "brapa", "brpa", "apa", "apakah", "apkh", "kapan", "kpn", "gimana", "gmn", "gmana", "bagaimana", "kenapa", "knp", "napa",
  "mengapa", "kok", "bisa", "bisakah", "bs", "boleh", "bolehkah", "adakah", "dimana", "dmn", "siapa",
  "how", "what", "when", "why", "where", "which", "can", "could", "does", "do", "is", "are", "will", "any",
]);

/** Words of a request about the booking or the fare, never of a name: "etiket dong", "yg lebih murah", "harga udah termasuk pajak". */
const REQUEST_WORDS = new Set([
  "status", "etiket", "eticket", "e-tiket", "e-ticket", "tiketnya", "ticket", "bagasi", "baggage", "luggage", "harga", "harganya", "price", "fare",
  "pajak", "tax", "murah", "murahan", "mahal", "cheaper", "cheap", "refund", "reschedule", "resched", "promo", "diskon", "discount", "invoice",
  "kwitansi", "bayar", "pembayaran", "payment", "pay", "jadwal", "schedule", "transit", "meal", "makan",
]);

/**
 * A question or a request typed at "Passenger N: title and full name" ("bagasi brp?", "harga udah termasuk
 * pajak?", "status?", "etiket dong", "yg lebih murah"): never a name, so never "start with a title". One line
 * without a title that ends with "?", opens with a question word, or holds a word of a request. A titled
 * line is a name ("Tn Kapan" is asked about by the chat-word check, not here).
 */
export function isQuestionAtName(text: string): boolean {
  const t = text.trim();
  if (!t || t.length > MAX_ANSWER || t.includes("\n")) return false;
  const line = withoutMarker(t);
  if (leadingTitles(`${line} `)) return false;
  if (/\?\s*$/.test(line)) return true;
  const words = line.toLowerCase().replace(/[.,!;:]/g, " ").split(/\s+/).filter(Boolean);
  if (words.length === 0) return false;
  return QUESTION_LEAD.has(words[0]!) || words.some((w) => REQUEST_WORDS.has(w)) || (/^(?:yg|yang)$/.test(words[0]!) && words.length > 1);
}
