import type { PassengerInput, PassengerRequirements } from "../../../domain/passenger.js";
import { parseBirthDate } from "../../../domain/birth-date-input.js";
import { readIdNumber } from "../../../domain/id-number-input.js";
import { doubtfulPassportNumber, readPassport } from "../../../domain/passport-input.js";
import { MAX_ANSWER } from "../../../domain/answer-limit.js";
import { birthDateProblem, passportExpiryOk } from "./passenger-rules.js";

/** A passenger's detail the summary can take typed: the KTP/ID number, the birth date, the passport (number, maybe its expiry). */
export type CorrectedField = "id" | "birth" | "passport";
/** What a correction can change: a detail, or the name (typed-name-correction.ts). */
export type ChangedField = CorrectedField | "name";

export type TypedCorrection =
  /** `passenger`: the passenger with the field replaced; `index`: their place in the party. */
  | { kind: "set"; index: number; field: ChangedField; passenger: PassengerInput; /** The name before, when the name changed. */ was?: string }
  /** The field and passenger are clear but the value can't be theirs: why, to be said (the summary stays). */
  | { kind: "refused"; index: number; field: CorrectedField; why: "id-digits" | "birth-age" | "passport-expiry" | "number-taken"; digits?: number; holder?: number }
  /** A detail this flight does not collect ("not-asked"), or one whose passenger the line does not say ("which"). */
  | { kind: "unclear"; field: CorrectedField; why: "not-asked" | "which" };

/** Words that name the field: "nik", "no ktp", "tgl lahir", "birth date", "paspor". A trailing "-nya"/"'s" is dropped first. */
const FIELD_WORDS: [CorrectedField, RegExp][] = [
  ["id", /^(?:nik|ktp|e-?ktp|noktp|identitas|id)$/],
  ["birth", /^(?:lahir|lhr|ttl|dob|birth|birthday|birthdate|born)$/],
  ["passport", /^(?:paspor|pasport|passport|passpor)$/],
];

/** What the flight lets the correction check: the flight's day and the age an adult starts at. */
export interface CorrectionRules {
  flightDate: string;
  adultFrom?: number;
  /** What the flight asks of each passenger: a detail it never asks is said not needed, never taken for something else. */
  needs?: PassengerRequirements;
}

/** Whether the flight asks this detail of a passenger of this type (a birth date given unasked is kept all the same: see hasField). */
export function flightAsks(type: PassengerInput["type"], field: CorrectedField, needs: PassengerRequirements): boolean {
  return field === "birth" ? needs.birthDate || type === "infant" : field === "id" ? needs.idNumber === true && type === "adult" : needs.passport;
}

/** The details passenger `p` has or the flight asks of them: the only ones a correction can take. */
export function correctableFields(p: PassengerInput, needs: PassengerRequirements): CorrectedField[] {
  return (["id", "birth", "passport"] as const).filter((f) => hasField(p, f) || flightAsks(p.type, f, needs));
}

const BIRTH_VALUE = /(\d{4}-\d{2}-\d{2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}|\d{1,2}\s+\p{L}{3,}\.?\s+\d{2,4})/u;
const PASSPORT_VALUE = /\b([A-Z]{1,2}\s?\d{6,9}|\d{8,9})\b/i;
/** Whether the line carries a value of the field's shape (a date, a run of digits, a passport number): a correction, not chat about it. */
function valueShaped(field: CorrectedField, text: string): boolean {
  return field === "birth" ? BIRTH_VALUE.test(text) : field === "id" ? /\d[\d .-]{4,}\d/.test(text) : PASSPORT_VALUE.test(text);
}

const wordsOf = (text: string) =>
  text.toLowerCase().replace(/[,:;!?()]/g, " ").split(/\s+/).filter(Boolean).map((w) => w.replace(/(?:'s|\u2019s|nya)$/, "").replace(/[.]+$/, ""));

function fieldNamed(words: readonly string[]): CorrectedField | undefined {
  const found = new Set(words.flatMap((w) => FIELD_WORDS.filter(([, re]) => re.test(w)).map(([f]) => f)));
  return found.size === 1 ? [...found][0] : undefined;
}

/** The one passenger a word of the line names ("sari", "budi"): their index; with one passenger, that one. */
function passengerNamed(words: readonly string[], passengers: readonly PassengerInput[]): number | undefined {
  if (passengers.length === 1) return 0;
  const hits = passengers
    .map((p, i) => (p.fullName.toLowerCase().split(/\s+/).some((n) => n.length >= 3 && words.includes(n)) ? i : -1))
    .filter((i) => i >= 0);
  return hits.length === 1 ? hits[0] : undefined;
}

/** The value of `field` in the line: its digits, date or passport number read as the field's own question reads them. */
function valueIn(field: CorrectedField, text: string, passenger: PassengerInput, others: readonly PassengerInput[], index: number, rules: CorrectionRules): TypedCorrection | undefined {
  if (field === "id") {
    // "3174 0942 0392 0002": the longest run of digits (grouped or not); a KTP has 16.
    const run = (text.match(/\d[\d .-]{3,}\d/g) ?? []).map((r) => r.replace(/\D/g, "")).sort((a, b) => b.length - a.length)[0];
    if (!run) return undefined;
    const r = readIdNumber(run);
    if (!r.ok) return r.reason === "ktp_digits" ? { kind: "refused", index, field, why: "id-digits", digits: r.digits } : undefined;
    const holder = others.findIndex((p, j) => j !== index && p.idNumber === r.value);
    if (holder >= 0) return { kind: "refused", index, field, why: "number-taken", holder };
    return { kind: "set", index, field, passenger: { ...passenger, idNumber: r.value } };
  }
  if (field === "birth") {
    // "02-03-1992", "2/3/92", "2 mar 1992", "1992-03-02": read day first, as the birth-date question does.
    const m = BIRTH_VALUE.exec(text);
    const date = m ? parseBirthDate(m[1]!, rules.flightDate) : undefined;
    if (!date) return undefined;
    if (birthDateProblem(passenger.type, date, rules.flightDate, rules.adultFrom)) return { kind: "refused", index, field, why: "birth-age" };
    return { kind: "set", index, field, passenger: { ...passenger, birthDate: date } };
  }
  // "A7654321", "A7654321 31-12-2031": the number, the expiry kept unless a new one is typed.
  const m = PASSPORT_VALUE.exec(text);
  if (!m || !passenger.passport) return undefined;
  const r = readPassport(text.slice(m.index), rules.flightDate);
  if (!r?.number || doubtfulPassportNumber(r.number)) return undefined;
  const expiry = r.expiry ?? passenger.passport.expiry;
  if (!passportExpiryOk(expiry, rules.flightDate)) return { kind: "refused", index, field, why: "passport-expiry" };
  const holder = others.findIndex((o, j) => j !== index && o.passport?.number === r.number);
  if (holder >= 0) return { kind: "refused", index, field, why: "number-taken", holder };
  return { kind: "set", index, field, passenger: { ...passenger, passport: { ...passenger.passport, number: r.number, expiry } } };
}

/**
 * A correction of one passenger's detail typed at the summary: "nik sari salah, harusnya 3174…", "Sari's
 * birth date is 02-03-1992", "paspor budi A7654321". The field must be named, the passenger too when
 * there are several (a word of their name), and the passenger must have that field already (the flight
 * asked it). Undefined when the line is no such correction (it is left to the summary's other readings).
 */
export function typedCorrectionAtSummary(text: string, passengers: readonly PassengerInput[], rules: CorrectionRules): TypedCorrection | undefined {
  if (text.length > MAX_ANSWER || text.includes("\n")) return undefined;
  const words = wordsOf(text);
  const field = fieldNamed(words);
  if (!field) return undefined;
  const index = passengerNamed(words, passengers);
  const shaped = valueShaped(field, text);
  // "tgl lahir salah harusnya 18-08-1990" on a flight that takes no birth date: said so, never read as
  // a new flight date or left to "choose with the buttons".
  const notAsked = (p: PassengerInput) => !hasField(p, field) && !!rules.needs && !flightAsks(p.type, field, rules.needs);
  if (shaped && (index === undefined ? passengers.every(notAsked) : notAsked(passengers[index]!))) return { kind: "unclear", field, why: "not-asked" };
  if (index === undefined) return shaped && passengers.some((p) => hasField(p, field)) ? { kind: "unclear", field, why: "which" } : undefined;
  if (!hasField(passengers[index]!, field)) return undefined;
  return valueIn(field, text, passengers[index]!, passengers, index, rules);
}

/**
 * At ✏️ <passenger>: a line that is only one of their details ("3174094203920002", "02-03-1992",
 * "A7654321", or with its field named: "nik 3174…"): that detail replaced, the rest of the passenger kept.
 * Undefined when the line is not that (a name, say: the passenger is typed again as before).
 */
export function oneFieldOf(text: string, passengers: readonly PassengerInput[], index: number, rules: CorrectionRules): TypedCorrection | undefined {
  if (text.length > MAX_ANSWER || text.includes("\n")) return undefined;
  const passenger = passengers[index]!;
  const named = fieldNamed(wordsOf(text));
  const notAsked = (f: CorrectedField) => !hasField(passenger, f) && !!rules.needs && !flightAsks(passenger.type, f, rules.needs);
  if (named && notAsked(named) && valueShaped(named, text)) return { kind: "unclear", field: named, why: "not-asked" };
  if (named) return hasField(passenger, named) ? valueIn(named, text, passenger, passengers, index, rules) : undefined;
  const bare = text.trim();
  // A KTP number typed alone on a flight that takes none: said not needed ("Start with a title" helps no one).
  if (/^[\d .-]+$/.test(bare) && bare.replace(/\D/g, "").length >= 12 && notAsked("id")) return { kind: "unclear", field: "id", why: "not-asked" };
  if (notAsked("birth") && parseBirthDate(bare, rules.flightDate)) return { kind: "unclear", field: "birth", why: "not-asked" };
  // Alone, a value says its field by its shape: 16 digits a KTP, a date the birth date, letters and digits a passport.
  if (/^[\d .-]+$/.test(bare) && bare.replace(/\D/g, "").length >= 12 && hasField(passenger, "id")) return valueIn("id", bare, passenger, passengers, index, rules);
  if (hasField(passenger, "birth") && parseBirthDate(bare, rules.flightDate)) return valueIn("birth", bare, passenger, passengers, index, rules);
  if (/^[A-Z]{1,2}\s?\d{6,9}(?:\s.*)?$/i.test(bare) && hasField(passenger, "passport")) return valueIn("passport", bare, passenger, passengers, index, rules);
  return undefined;
}

function hasField(p: PassengerInput, field: CorrectedField): boolean {
  return field === "id" ? p.idNumber !== undefined : field === "birth" ? p.birthDate !== undefined : p.passport !== undefined;
}
