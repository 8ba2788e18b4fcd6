export type PassengerType = "adult" | "child" | "infant";
export type Title = "Mr" | "Mrs" | "Ms" | "Mstr" | "Miss";

export const TITLES_BY_TYPE: Record<PassengerType, readonly Title[]> = {
  adult: ["Mr", "Mrs", "Ms"],
  child: ["Mstr", "Miss"],
  infant: ["Mstr", "Miss"],
};

export interface PaxCount {
  adult: number;
  child: number;
  infant: number;
}

export interface Passport {
  number: string;
  /** yyyy-mm-dd */
  expiry: string;
  /** yyyy-mm-dd, when the provider asks for it (tiket.com `passportissueddate{n}`). */
  issued?: string;
}

export interface PassengerInput {
  type: PassengerType;
  title: Title;
  fullName: string;
  /** yyyy-mm-dd, when the airline needs it. */
  birthDate?: string;
  passport?: Passport;
  /** e.g. "20 Kg", for airlines that sell baggage with the seat. */
  baggage?: string;
  /** KTP / ID card (or passport) number, when the provider asks for one (tiket.com `ida{n}`). */
  idNumber?: string;
  /** ISO 3166 alpha-2 country code, lower case (tiket.com `passportnationalitya{n}`). */
  nationality?: string;
}

export interface Contact {
  email: string;
  phone: string;
}

/** What an offer needs to know about each passenger. Comes from the provider (tiket.com says it per flight). */
export interface PassengerRequirements {
  birthDate: boolean;
  passport: boolean;
  baggage: boolean;
  /** An ID (KTP) number per adult. */
  idNumber?: boolean;
  /** The passport's nationality. */
  nationality?: boolean;
  /** The passport's issue date. */
  passportIssued?: boolean;
  /** The passport's issuing country (tiket.com `passportissuing`), given as the passport's nationality. */
  passportIssuing?: boolean;
  /**
   * The age (whole years on the flight date) from which a passenger is an adult and no longer a child;
   * unset: 12, the airlines' own rule. A provider whose documents say otherwise sets it.
   */
  adultFrom?: number;
}

export const MAX_PASSENGERS = 7;

export type PaxProblem = "no_adult" | "too_many" | "infants_exceed_adults" | "negative";

export function checkPaxCount(pax: PaxCount): PaxProblem | undefined {
  if (pax.adult < 0 || pax.child < 0 || pax.infant < 0) return "negative";
  if (pax.adult < 1) return "no_adult";
  if (pax.infant > pax.adult) return "infants_exceed_adults";
  if (pax.adult + pax.child + pax.infant > MAX_PASSENGERS) return "too_many";
  return undefined;
}

export function totalPax(pax: PaxCount): number {
  return pax.adult + pax.child + pax.infant;
}

/** Seats a party takes: an infant (under 2) flies on an adult's lap, so only adults and children need one. */
export function seatsNeeded(pax: PaxCount): number {
  return pax.adult + pax.child;
}

/** The passenger types in booking order: adults, then children, then infants. */
export function paxSlots(pax: PaxCount): PassengerType[] {
  return [
    ...Array<PassengerType>(pax.adult).fill("adult"),
    ...Array<PassengerType>(pax.child).fill("child"),
    ...Array<PassengerType>(pax.infant).fill("infant"),
  ];
}

// A ':' would split one passenger into two on MMBC's wire; control characters break every provider.
// eslint-disable-next-line no-control-regex
const FORBIDDEN_IN_NAME = /[:\u0000-\u001f\u007f]/;

export type PassengerProblem =
  | { field: "title"; index: number; allowed: readonly Title[] }
  | { field: "fullName"; index: number; reason: "empty" | "forbidden_character" | "too_long" }
  | { field: "birthDate" | "passport"; index: number; reason: "missing" }
  | { field: "count"; reason: "mismatch" };

/** Request-side validation shared by every provider; returns every problem, not just the first. */
export function checkPassengers(
  pax: PaxCount,
  passengers: readonly PassengerInput[],
  needs: PassengerRequirements,
): PassengerProblem[] {
  const problems: PassengerProblem[] = [];
  const slots = paxSlots(pax);
  if (slots.length !== passengers.length || slots.some((t, i) => passengers[i]?.type !== t)) {
    problems.push({ field: "count", reason: "mismatch" });
  }
  passengers.forEach((p, index) => {
    const allowed = TITLES_BY_TYPE[p.type];
    if (!allowed.includes(p.title)) problems.push({ field: "title", index, allowed });
    const name = p.fullName.trim();
    if (!name) problems.push({ field: "fullName", index, reason: "empty" });
    else if (FORBIDDEN_IN_NAME.test(p.fullName)) problems.push({ field: "fullName", index, reason: "forbidden_character" });
    else if (name.length > 60) problems.push({ field: "fullName", index, reason: "too_long" });
    if (needs.birthDate && !p.birthDate) problems.push({ field: "birthDate", index, reason: "missing" });
    if (needs.passport && !p.passport) problems.push({ field: "passport", index, reason: "missing" });
  });
  return problems;
}

export function isValidPersonName(name: string): boolean {
  return name.trim().length > 0 && name.trim().length <= 60 && !FORBIDDEN_IN_NAME.test(name);
}
