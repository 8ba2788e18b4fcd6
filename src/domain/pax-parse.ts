import { checkPaxCount, type PaxCount, type PaxProblem } from "./passenger.js";

/** A refused party carries the counts read, when there were any, so the answer can name them. */
export type PaxAnswer = { ok: true; pax: PaxCount } | { ok: false; reason: PaxProblem | "unreadable"; pax?: PaxCount };

type PaxType = keyof PaxCount;

const NUMBER_WORDS: Record<string, number> = {
  nol: 0, satu: 1, se: 1, dua: 2, tiga: 3, empat: 4, lima: 5, enam: 6, tujuh: 7, delapan: 8, sembilan: 9, sepuluh: 10,
  zero: 0, no: 0, one: 1, a: 1, an: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
};

/** "org", "pax", "penumpang" count people, who are adults unless said otherwise. */
const TYPE_WORDS: Record<string, PaxType> = {
  dewasa: "adult", dws: "adult", dw: "adult", dew: "adult", adult: "adult", adults: "adult", adt: "adult", dewasanya: "adult",
  org: "adult", orang: "adult", pax: "adult", penumpang: "adult", pnp: "adult", psg: "adult", people: "adult", person: "adult",
  persons: "adult", passenger: "adult", passengers: "adult", tiket: "adult", seat: "adult", seats: "adult", kursi: "adult",
  anak: "child", ank: "child", anak2: "child", child: "child", children: "child", chd: "child", chld: "child", kid: "child", kids: "child", anaknya: "child",
  bayi: "infant", by: "infant", byi: "infant", infant: "infant", infants: "infant", inf: "infant", baby: "infant", babies: "infant", bayinya: "infant",
};

/** Words between the counts that carry nothing: "2 dewasa dan 1 anak", "2 adults and a child". */
const FILLER = new Set(["dan", "and", "plus", "with", "dengan", "sama", "serta"]);

function numberOf(token: string): number | undefined {
  if (/^\d{1,2}$/.test(token)) return Number(token);
  return NUMBER_WORDS[token];
}

/** Whether a word can be part of a party ("2", "dua", "dewasa", "adults"), for the quick form's scanner. */
export function isPaxWord(token: string): boolean {
  const t = token.toLowerCase();
  return /^-?\d{1,2}$/.test(t) || /^\d{1,2}(,\d{1,2}){1,2}$/.test(t) || (t in NUMBER_WORDS && t.length > 2) || t in TYPE_WORDS;
}

/** Whether a word names a passenger type (so the quick form knows "2 dewasa" is a party, not a date). */
export function isPaxTypeWord(token: string): boolean {
  return token.toLowerCase() in TYPE_WORDS;
}

function tokens(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/(\d)([a-z])/g, "$1 $2")
    .replace(/([a-z])(\d)/g, "$1 $2")
    .split(/[\s,/+&:;]+|(?<=\d)-(?=\d)/)
    .filter((w) => w && !FILLER.has(w));
}

/**
 * A party as agents type it: "2", "2 1 0", "2,1,1", "2 dewasa 1 anak 1 bayi", "2 dws 1 ank",
 * "2 org", "dua", "2 adults 1 child", "dewasa 2 anak 1". Bare numbers are adults, children, infants
 * in that order; counted words may come in any order. A minus sign is a negative count, not a dash.
 */
export function parsePax(input: string): PaxAnswer {
  // Counts and their words are short: a longer answer is not a party.
  if (input.length > 60) return { ok: false, reason: "unreadable" };
  const text = input.trim().toLowerCase();
  if (/(^|[\s,(])-\s*\d/.test(text)) return { ok: false, reason: "negative" };
  const words = tokens(text);
  if (words.length === 0) return { ok: false, reason: "unreadable" };
  let pax: PaxCount;
  if (words.every((w) => numberOf(w) !== undefined)) {
    if (words.length > 3) return { ok: false, reason: "unreadable" };
    const [adult = 0, child = 0, infant = 0] = words.map((w) => numberOf(w)!);
    pax = { adult, child, infant };
  } else {
    const counted: Partial<PaxCount> = {};
    for (let i = 0; i < words.length; i++) {
      const n = numberOf(words[i]!);
      const typeAfter = TYPE_WORDS[words[i + 1] ?? ""];
      const type = TYPE_WORDS[words[i]!];
      const nAfter = numberOf(words[i + 1] ?? "");
      let kind: PaxType | undefined;
      let count: number | undefined;
      if (n !== undefined && typeAfter) [kind, count] = [typeAfter, n];
      else if (type && nAfter !== undefined) [kind, count] = [type, nAfter];
      if (!kind || count === undefined) return { ok: false, reason: "unreadable" };
      // A type counted twice ("2 dewasa 1 dewasa", "2 orang 2 dewasa") is unclear, not a sum.
      if (counted[kind] !== undefined) return { ok: false, reason: "unreadable" };
      counted[kind] = count;
      i++;
    }
    pax = { adult: counted.adult ?? 0, child: counted.child ?? 0, infant: counted.infant ?? 0 };
  }
  const problem = checkPaxCount(pax);
  return problem ? { ok: false, reason: problem, pax } : { ok: true, pax };
}
