import { isChatWordNotCode } from "./chat-words-not-codes.js";
import { isReduplicatedWord } from "./reduplicated-word.js";

/** The booking code in the words after /cek, /issued or /etiket: one, none, or several to choose from. */
export type TypedCode = { kind: "code"; code: string } | { kind: "none" } | { kind: "several"; codes: string[] };

/** Alone after the command, as always: 4–10 letters and digits (an MMBC PNR, a tiket.com order id). */
const ALONE = /^[A-Z0-9]{4,10}$/;

/**
 * Among other words only the shapes codes have (spec): an MMBC booking code is the airline's PNR, six
 * letters and digits; a tiket.com order id is numeric ("20604252", "120005"). A year or a flight number
 * ("2026", "GA410") beside a code is then no second code.
 */
const AMONG_WORDS = /^(?:[A-Z0-9]{6}|\d{6,10})$/;

/**
 * Words hurried agents put around the code ("/cek kode Z7A9DN", "/issued z7a9dn dong"). The six-letter
 * ones (please, tolong, status, issued) are shaped like an all-letter PNR: alone after the command they
 * are still looked up as one, as they always were; beside another word they are read as filler.
 */
const FILLERS = new Set([
  "KODE", "CODE", "BOOKING", "BOOK", "PNR", "NO", "NOMOR", "ORDER", "DONG", "DONK", "KAK", "KA", "YA", "YAA", "PLS", "PLIS", "PLZ", "PLEASE",
  "TOLONG", "CEK", "CHECK", "STATUS", "ISSUED", "ISSUE", "ETIKET", "TICKET", "TIKET", "NYA", "INI", "YG", "YANG",
]);

/** Punctuation and symbols around a word ("Z7A9DN.", "#Z7A9DN", "(Z7A9DN)", "kode:"); inside it they stay. */
const EDGES = /^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu;

const isFiller = (word: string) => FILLERS.has(word) || isChatWordNotCode(word);

/**
 * A code split in two halves ("Z7A 9DN", "LRW FBN"): two neighbouring pieces of 2–4 letters and digits
 * making six, each with a digit or typed in capitals (so "aku mau" is not read as AKUMAU). Joined only
 * when exactly one such pair exists among the words.
 */
function joinedHalves(words: string[]): string | undefined {
  const piece = (w: string) => /^[A-Za-z0-9]{2,4}$/.test(w) && (/\d/.test(w) || w === w.toUpperCase());
  const joins = new Set<string>();
  for (let i = 0; i + 1 < words.length; i++) {
    const [a, b] = [words[i]!, words[i + 1]!];
    if (piece(a) && piece(b) && a.length + b.length === 6) joins.add((a + b).toUpperCase());
  }
  return joins.size === 1 ? [...joins][0] : undefined;
}

/**
 * Booking codes as agents type them after a command: case, spaces, punctuation around the code, a
 * leading '#', filler words and the same code repeated don't matter. Two different codes are not
 * guessed between ("several"): the agent is asked which.
 */
export function parseTypedBookingCode(text: string | undefined): TypedCode {
  const words = (text ?? "").split(/[\s,;]+/).map((w) => w.replace(EDGES, "")).filter((w) => w !== "");
  if (words.length === 0) return { kind: "none" };
  if (words.length === 1) {
    const code = words[0]!.toUpperCase();
    // A filler that can't be a code ("dong", "kode") asks for one rather than looking it up.
    return ALONE.test(code) && !(FILLERS.has(code) && code.length !== 6) ? { kind: "code", code } : { kind: "none" };
  }
  // "kapan2", "nanti2" among words: Indonesian words doubled with "2" (reduplicated-word.ts), never a code.
  const content = words.filter((w) => !isFiller(w.toUpperCase()) && !isReduplicatedWord(w));
  const codes = [...new Set(content.map((w) => w.toUpperCase()).filter((w) => AMONG_WORDS.test(w)))];
  if (codes.length === 1) return { kind: "code", code: codes[0]! };
  if (codes.length > 1) return { kind: "several", codes };
  const joined = joinedHalves(content);
  return joined ? { kind: "code", code: joined } : { kind: "none" };
}
