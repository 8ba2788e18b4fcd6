import { checkPaxCount, type PaxCount, type PaxProblem } from "./passenger.js";
import { dayOfMonthPhrase } from "./travel-date.js";

/**
 * A refused party carries the counts read, when there were any, so the answer can name them.
 * `day_or_count`: "2 jan 3", where the 3 may be the party or the return day ("2-3 jan"): asked, never guessed.
 */
export type PaxAnswer = { ok: true; pax: PaxCount } | { ok: false; reason: PaxProblem | "unreadable" | "toddler" | "day_or_count"; pax?: PaxCount };

type PaxType = keyof PaxCount;

const NUMBER_WORDS: Record<string, number> = {
  nol: 0, satu: 1, se: 1, dua: 2, tiga: 3, empat: 4, lima: 5, enam: 6, tujuh: 7, delapan: 8, sembilan: 9, sepuluh: 10,
  zero: 0, no: 0, one: 1, a: 1, an: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
};

/** "org", "pax", "penumpang" count people, who are adults unless said otherwise. */
const TYPE_WORDS: Record<string, PaxType> = {
  dewasa: "adult", dws: "adult", dw: "adult", dew: "adult", dewsa: "adult", dwasa: "adult", dewas: "adult", dewaa: "adult", adult: "adult", adults: "adult", adt: "adult", adts: "adult", adl: "adult", adlt: "adult", adlts: "adult", dewasanya: "adult",
  org: "adult", orang: "adult", pax: "adult", penumpang: "adult", pnp: "adult", psg: "adult", people: "adult", person: "adult",
  persons: "adult", passenger: "adult", passengers: "adult", tiket: "adult", seat: "adult", seats: "adult", kursi: "adult",
  anak: "child", ank: "child", anak2: "child", child: "child", children: "child", chd: "child", chds: "child", chld: "child", kid: "child", kids: "child", anaknya: "child",
  bayi: "infant", by: "infant", byi: "infant", infant: "infant", infants: "infant", inf: "infant", baby: "infant", babies: "infant", bayinya: "infant",
};

/**
 * "balita" (under five) is a child from 2 and an infant before: the fare differs, so it is asked,
 * never guessed (nor dropped, which would search for fewer people).
 */
const UNSURE_TYPE_WORDS = new Set(["balita", "batita", "toddler", "toddlers"]);

/** "sendiri", "berdua", "bertiga": a whole party of adults in one word (only when it is the whole answer). */
const GROUP_WORDS: Record<string, number> = {
  sendiri: 1, sendirian: 1, berdua: 2, bertiga: 3, berempat: 4, berlima: 5, berenam: 6, bertujuh: 7, berdelapan: 8,
};

/**
 * Agents' shorthand glued to a count: "2d 1a 1b" (dewasa, anak, bayi) or "2a 1c 1i" (adult, child,
 * infant). "a" is a child in the first and an adult in the second, so a letter set that fits both
 * ("2a") or neither is not read at all.
 */
const SHORTHAND = /(?<![a-z\d])(\d{1,2})([a-z])(?![a-z])/g;
const SHORT_ID: Record<string, string> = { d: "dewasa", a: "anak", b: "bayi" };
const SHORT_EN: Record<string, string> = { a: "adult", c: "child", i: "infant" };

/** The shorthand typed without spaces: "2a1c", "2d1a1b", "2a1c1i" (one run of two or three counts). */
const GLUED_SHORTHAND = /(?<![a-z\d])(?:\d{1,2}[dabci]){2,3}(?![a-z\d])/g;

/** "2a1c" → "2a 1c": each count of a glued run on its own, as "2a 1c" is typed. */
function unglueShorthand(text: string): string {
  return text.replace(GLUED_SHORTHAND, (run: string) => run.replace(/(\d{1,2}[dabci])(?=\d)/g, "$1 "));
}

/** The text with the shorthand spelled out, or undefined when it can't be told which one it is. */
function expandShorthand(typed: string): string | undefined {
  const text = unglueShorthand(typed);
  const letters = new Set([...text.matchAll(SHORTHAND)].map((m) => m[2]!));
  if (letters.size === 0) return text;
  const fits = (names: Record<string, string>, marker: string[]) => [...letters].every((l) => Object.hasOwn(names, l)) && marker.some((l) => letters.has(l));
  const names = fits(SHORT_ID, ["d", "b"]) ? SHORT_ID : fits(SHORT_EN, ["c", "i"]) ? SHORT_EN : undefined;
  // "2a" was read as "2 1" (a = one) before: a glued letter that isn't clear makes the party unreadable.
  return names && text.replace(SHORTHAND, (_run: string, n: string, l: string) => `${n} ${names[l]}`);
}

/** Words between the counts that carry nothing: "2 dewasa dan 1 anak", "2 adults and a child". */
const FILLER = new Set(["dan", "and", "plus", "with", "dengan", "sama", "serta", "aja", "saja", "aj", "doang", "total", "semua", "semuanya"]);
/** Of those, the ones that join two counts in the quick form ("2 dewasa + 1 anak", "2 dws dan 1 bayi"). */
const JOINS = new Set(["+", "&", "dan", "and", "plus"]);

/** Whether a word joins two counts of one party ("2 dewasa + 1 anak"): the quick form reads on after it. */
export function isPaxJoin(token: string): boolean {
  return JOINS.has(token.toLowerCase());
}

/** Whether a word is a count ("2", "dua"): a join is part of the party only before one. */
export function isPaxCount(token: string): boolean {
  const t = token.toLowerCase();
  return /^\d{1,2}$/.test(t) || (numberOf(t) !== undefined && t.length > 2);
}

function numberOf(token: string): number | undefined {
  if (/^\d{1,2}$/.test(token)) return Number(token);
  // Own keys only: "constructor" is no number.
  return Object.hasOwn(NUMBER_WORDS, token) ? NUMBER_WORDS[token] : undefined;
}

/** Words before a party that only say who it is for: "for 2", "untuk 3", "buat 2 orang". */
const PARTY_LEAD = /^(?:for|untuk|utk|buat|rombongan|grup)\s+/;

/** Whether a word leads a party ("for", "untuk", "buat", "rombongan"): the quick form reads the counts after it as the party, not a day. */
export function isPartyLead(token: string): boolean {
  return PARTY_LEAD.test(`${token.toLowerCase()} `);
}

/** Whether a word can be part of a party ("2", "dua", "dewasa", "adults"), for the quick form's scanner. */
export function isPaxWord(token: string): boolean {
  const t = token.toLowerCase();
  return /^-?\d{1,2}$/.test(t) || /^\d{1,2}(,\d{1,2}){1,2}$/.test(t) || (numberOf(t) !== undefined && t.length > 2) || typeOf(t) !== undefined
    || Object.hasOwn(GROUP_WORDS, t) || /^(?:\d{1,2}[dabci]){1,3}$/.test(t) || isGluedCount(t) || /^\d{1,2}(\+\d{1,2}){1,2}$/.test(t) || UNSURE_TYPE_WORDS.has(t)
    || COUPLE_WORDS.has(t);
}

/** "suami istri", "pasutri": a married couple, two adults. */
const COUPLE_WORDS = new Set(["suami", "istri", "isteri", "pasutri"]);
const COUPLE = /(?:^|(?<=[\s(]))(?:pasangan\s+)?(?:suami\s*(?:[-&+/]\s*|dan\s+)?(?:istri|isteri)|pasutri)(?=$|[\s,)+&])/g;

/** Whether a word names a child or an infant (or "balita"): an age may follow it ("1 anak 5th", "1 bayi 8 bln"). */
export function isYoungTypeWord(token: string): boolean {
  const t = token.toLowerCase();
  return UNSURE_TYPE_WORDS.has(t) || (Object.hasOwn(TYPE_WORDS, t) && TYPE_WORDS[t] !== "adult");
}

const AGE_UNITS: Record<string, number> = {
  th: 12, thn: 12, tahun: 12, taun: 12, thun: 12, y: 12, yo: 12, yr: 12, yrs: 12, year: 12, years: 12,
  bln: 1, bulan: 1, bl: 1, mo: 1, mos: 1, month: 1, months: 1,
};
/** "5th", "5 thn", "(3 thn)", "8 bln", "umur 5", "usia 2 tahun", "5 years old": a child's or infant's age. */
const AGE = /^\(?\s*(umur|usia|umurnya|usianya|age|aged)?\s*(\d{1,2})\s*([a-z]+)?(?:\s+old)?\s*\)?$/;

/**
 * An age written after a child or infant ("1 anak 5th", "1 bayi 8 bln", "(3 thn)"): how many words it
 * takes from `i` and the age in months. Never a date: "5th" after "anak" is how old the child is.
 */
export function ageAt(words: readonly string[], i: number): { len: number; months: number } | undefined {
  for (let len = Math.min(5, words.length - i); len >= 1; len--) {
    const m = AGE.exec(words.slice(i, i + len).join(" ").toLowerCase());
    if (!m) continue;
    const unit = m[3] === undefined ? undefined : Object.hasOwn(AGE_UNITS, m[3]) ? AGE_UNITS[m[3]] : null;
    // A lead word or a unit says it is an age ("anak 5" is "5 children" in "anak 5 dewasa 2"); an unknown unit is no age.
    if (unit === null || (unit === undefined && m[1] === undefined)) continue;
    return { len, months: Number(m[2]) * (unit ?? 12) };
  }
  return undefined;
}

/**
 * The party text without the ages after its children and infants ("2 dewasa 1 anak (3 thn)" → "2 dewasa
 * 1 anak"). `mismatch`: an age that doesn't fit its type (an "anak" under 2, a "bayi" of 2 or more), asked.
 */
function withoutAges(text: string): { text: string; mismatch: boolean } {
  const words = text.replace(/\(/g, " ( ").replace(/\)/g, " ) ").split(/\s+/).filter(Boolean);
  const kept: string[] = [];
  let young: PaxType | "unsure" | undefined;
  let mismatch = false;
  for (let i = 0; i < words.length; ) {
    const w = words[i]!.replace(/,$/, "");
    const age = young !== undefined ? ageAt(words, i) : undefined;
    if (age) {
      if ((young === "child" && age.months < 24) || (young === "infant" && age.months >= 24)) mismatch = true;
      // "3 org (2 dws 1 ank 5th)": the bracket after the age closes the breakdown, not an age of its own "(5th)".
      const taken = words.slice(i, i + age.len);
      if (taken.at(-1) === ")" && taken[0] !== "(") kept.push(")");
      i += age.len;
      continue;
    }
    const type = typeOf(w);
    young = UNSURE_TYPE_WORDS.has(w) ? "unsure" : type === "child" || type === "infant" ? type : /^\d/.test(w) ? undefined : young;
    kept.push(words[i]!);
    i++;
  }
  return { text: kept.join(" ").replace(/\(\s*\)/g, " "), mismatch };
}

/** "+ bayi", "dan anak": a type after a join with no count of its own is one more of it ("2 org + bayi" is 2 adults and an infant). */
const JOIN_THEN_TYPE = new RegExp(`(^|[\\s(\\d])(\\+|&|dan|and|plus|sama|with|dengan|serta)\\s*(?=(?:${Object.keys(TYPE_WORDS).filter((w) => TYPE_WORDS[w] !== "adult").join("|")})(?![a-z]))`, "g");

/**
 * "3 org (2 dewasa 1 anak)": a total with its breakdown in brackets. The breakdown says who they are and
 * wins when it adds up to the total; when it doesn't, neither is taken (the party is asked again).
 */
function breakdownOf(text: string): string | undefined {
  const m = /^(.*?)\(\s*([^()]+?)\s*\)\s*$/.exec(text);
  if (!m) return undefined;
  const inner = parsePax(m[2]!);
  if (!inner.ok) return undefined;
  if (m[1]!.trim() === "") return m[2]!;
  const outer = parsePax(m[1]!);
  if (!outer.ok) return undefined;
  const total = (p: PaxCount) => p.adult + p.child + p.infant;
  return total(outer.pax) === total(inner.pax) ? m[2]! : "";
}

/** "2adults", "2dws", "1anak": a count glued to its type word, as fast typing leaves it. */
function isGluedCount(token: string): boolean {
  // "2dws", and two or three of them glued ("2dws1ank", "2dewasa1anak1bayi"), each naming a passenger type.
  const pieces = [...token.matchAll(/(\d{1,2})([a-z]+)/g)];
  if (pieces.length === 0 || pieces.length > 3 || pieces.map((m) => m[0]).join("") !== token) return false;
  return pieces.every((m) => typeOf(m[2]!) !== undefined);
}

/** Whether a word names a passenger type (so the quick form knows "2 dewasa" is a party, not a date). */
export function isPaxTypeWord(token: string): boolean {
  return typeOf(token.toLowerCase()) !== undefined || UNSURE_TYPE_WORDS.has(token.toLowerCase());
}

function tokens(text: string): string[] {
  const expanded = expandShorthand(text.toLowerCase());
  if (expanded === undefined) return [];
  return expanded
    .replace(/(\d)([a-z])/g, "$1 $2")
    .replace(/([a-z])(\d)/g, "$1 $2")
    .split(/[\s,/+&:;()]+|(?<=\d)-(?=\d)/)
    // "2 dan 1 anak", "2 adults and 1 child": the joining word says nothing of the counts.
    .filter((w) => w && !FILLER.has(w) && !JOINS.has(w))
    // "2 orang dewasa": "orang" only says they are people when a type follows.
    .filter((w, i, all) => !(PEOPLE.has(w) && typeOf(all[i + 1] ?? "") !== undefined && !PEOPLE.has(all[i + 1]!)));
}

function typeOf(word: string): PaxType | undefined {
  return Object.hasOwn(TYPE_WORDS, word) ? TYPE_WORDS[word] : undefined;
}
const PEOPLE = new Set(["org", "orang", "people", "pax", "penumpang"]);

/**
 * A party as agents type it: "2", "2 1 0", "2,1,1", "2 dewasa 1 anak 1 bayi", "2 dws 1 ank",
 * "2 org", "dua", "2 adults 1 child", "dewasa 2 anak 1", "untuk 2", "buat 2 orang", "for 2 adults". Bare numbers are adults, children, infants
 * in that order; counted words may come in any order. A minus sign is a negative count, not a dash.
 */
export function parsePax(input: string): PaxAnswer {
  // Counts and their words are short: a longer answer is not a party.
  if (input.length > 60) return { ok: false, reason: "unreadable" };
  const dayOrCount = dayOrCountOf(input);
  if (dayOrCount !== undefined) return { ok: false, reason: "day_or_count", pax: { adult: dayOrCount, child: 0, infant: 0 } };
  const typed = input.trim().toLowerCase().replace(PARTY_LEAD, "");
  if (/(^|[\s,(])-\s*\d/.test(typed)) return { ok: false, reason: "negative" };
  const aged = withoutAges(typed.replace(COUPLE, "2 dewasa").replace(JOIN_THEN_TYPE, "$1$2 1 "));
  if (aged.mismatch) return { ok: false, reason: "toddler" };
  const breakdown = breakdownOf(aged.text.trim());
  // A breakdown that doesn't add up to its total is asked, never one of them guessed.
  if (breakdown === "") return { ok: false, reason: "unreadable" };
  const text = breakdown ?? aged.text;
  const words = tokens(text);
  if (words.length === 0) return { ok: false, reason: "unreadable" };
  if (words.some((w) => UNSURE_TYPE_WORDS.has(w))) return { ok: false, reason: "toddler" };
  let pax: PaxCount;
  const group = words.length === 1 && Object.hasOwn(GROUP_WORDS, words[0]!) ? GROUP_WORDS[words[0]!] : undefined;
  if (group !== undefined) pax = { adult: group, child: 0, infant: 0 };
  else if (words.every((w) => numberOf(w) !== undefined)) {
    if (words.length > 3) return { ok: false, reason: "unreadable" };
    const [adult = 0, child = 0, infant = 0] = words.map((w) => numberOf(w)!);
    pax = { adult, child, infant };
  } else {
    const counted: Partial<PaxCount> = {};
    for (let i = 0; i < words.length; i++) {
      const n = numberOf(words[i]!);
      const typeAfter = typeOf(words[i + 1] ?? "");
      const type = typeOf(words[i]!);
      const nAfter = numberOf(words[i + 1] ?? "");
      let kind: PaxType | undefined;
      let count: number | undefined;
      if (n !== undefined && typeAfter) [kind, count] = [typeAfter, n];
      else if (type && nAfter !== undefined) [kind, count] = [type, nAfter];
      else if (i === 0 && n !== undefined && numberOf(words[i + 1] ?? "") !== undefined) {
        // "1+1 bayi", "2 + 1 anak": a bare count first is the adults, as in "2 1 0".
        counted.adult = n;
        continue;
      }
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

/**
 * "2 jan 3", "jan 2 3": a date of a day and a month name, then a lone count that could also be a later
 * day of that month. Agents write the party that way ("25 des 2"), but "2 jan 3" may be 2 to 3 January as
 * well, and a party of 3 searched for a one-way trip of 1 would be a quiet mistake: the count, when it
 * is a party that could fly, so the party question asks which was meant. "2 jan 3 org" says it is people.
 */
export function dayOrCountOf(text: string): number | undefined {
  const words = text.trim().toLowerCase().split(/\s+/);
  const last = words.at(-1) ?? "";
  if (words.length < 3 || !/^\d{1,2}$/.test(last)) return undefined;
  const day = dayOfMonthPhrase(words.slice(0, -1).join(" "));
  const count = Number(last);
  if (day === undefined || count <= day || count > 31) return undefined;
  return checkPaxCount({ adult: count, child: 0, infant: 0 }) === undefined ? count : undefined;
}

/**
 * "cgk dps 5 2": two bare counts and no date. They read as a party (5 adults, 2 children) and as a day and
 * month (5 February), and may be a day and a party as well ("tgl 5, 2 orang") or a party and a return day:
 * which is asked, never one picked (7 passengers searched for a party of 2 is a quiet, costly mistake).
 * Undefined when only the party fits ("5 20": no 20th month) or it is no party.
 * `dayMonth` is the date reading as the date parser reads it ("5-2": day-month, see `dayMonthOf`).
 */
export function countsOrDateOf(text: string): { party: PaxCount; dayMonth: string } | undefined {
  const dayMonth = dayMonthOf(text);
  const party = parsePax(text);
  return dayMonth && party.ok ? { party: party.pax, dayMonth } : undefined;
}

/**
 * "cgk dps 12 3": two bare counts and no date whose party can't fly (12 adults and 3 children are more than
 * the passengers a booking takes), while they are a day and month (12 March). Only the date reading is
 * left: `dayMonth` as the date parser reads it ("12-3"), for the date step to take or ask like a typed date.
 * Undefined when the party can fly (`countsOrDateOf` asks which) or they are no day and month ("25 20").
 */
export function countsOnlyDateOf(text: string): string | undefined {
  const dayMonth = dayMonthOf(text);
  return dayMonth && !parsePax(text).ok ? dayMonth : undefined;
}

/**
 * "cgk sub 31 2 1 org", "13 12 2": a day and month that can't be a party, then the party. `party` is the
 * rest as typed; undefined when the whole is a party or the first two can be one ("5 2 1": asked as "5 2" is).
 */
export function dateThenPartyOf(text: string): { dayMonth: string; party: string } | undefined {
  const m = /^(\d{1,2}\s+\d{1,2})\s+(\S.*)$/.exec(text.trim());
  if (!m || parsePax(text).ok) return undefined;
  const dayMonth = countsOnlyDateOf(m[1]!);
  return dayMonth ? { dayMonth, party: m[2]! } : undefined;
}

/**
 * Two bare counts that are a day and a month by their shape ("5 2": "5-2"), else undefined. "31 2" too:
 * no such day, but plainly meant as one, so the date step says it doesn't exist rather than "unread".
 * Written with a dash, never a slash: agents put the day first, and an English "4/12" is asked as month/day
 * too, which two bare numbers never are (in either language).
 */
function dayMonthOf(text: string): string | undefined {
  const m = /^(\d{1,2})\s+(\d{1,2})$/.exec(text.trim());
  if (!m) return undefined;
  const [day, month] = [Number(m[1]), Number(m[2])];
  return month >= 1 && month <= 12 && day >= 1 && day <= 31 ? `${day}-${month}` : undefined;
}
