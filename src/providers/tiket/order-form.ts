import type { BookingRequest } from "../../domain/booking.js";
import { ProviderError } from "../../domain/errors.js";
import { checkPassengers, type PassengerInput, type PassengerType } from "../../domain/passenger.js";
import { plainLatinName } from "../../domain/plain-latin-name.js";
import type { Params } from "./tiket-http.js";

const LETTER: Record<PassengerType, "a" | "c" | "i"> = { adult: "a", child: "c", infant: "i" };
/** Spec §6: at most 6 of each type. */
const MAX_PER_TYPE = 6;

/** Spec §6: conFirstName and conLastName are CHAR 50; passengers' names are kept within it too where words allow. */
const NAME_MAX = 50;

/**
 * "Budi Santoso" → Budi / Santoso; "Siti Nur Aminah" → Siti Nur / Aminah. A single name (common in
 * Indonesia) goes in both, the airlines' own convention, because the API needs a last name. A first name
 * over 50 characters hands its last words to the last name while that stays within 50: the name as a
 * whole is kept, only split elsewhere.
 */
export function splitName(fullName: string): { first: string; last: string } {
  // Airline systems take plain Latin letters: "Dési" travels as "Desi".
  const words = plainLatinName(fullName).trim().split(/\s+/);
  if (words.length === 1) return { first: words[0]!, last: words[0]! };
  const part = (from: number, to: number) => words.slice(from, to).join(" ");
  let cut = words.length - 1;
  while (cut > 1 && part(0, cut).length > NAME_MAX && part(cut - 1, words.length).length <= NAME_MAX) cut -= 1;
  return { first: part(0, cut), last: part(cut, words.length) };
}

/** At most 50 UTF-16 units, so never over 50 characters counted either way; cut between characters. */
function fitName(name: string): string {
  if (name.length <= NAME_MAX) return name;
  let out = "";
  for (const ch of name) {
    if (out.length + ch.length > NAME_MAX) break;
    out += ch;
  }
  return out.trimEnd();
}

function problemsOf(r: BookingRequest): string[] {
  const problems = checkPassengers(r.pax, r.passengers, { birthDate: false, passport: false, baggage: false }).map((p) => JSON.stringify(p));
  r.passengers.forEach((p, index) => {
    // Every birth date is mandatory whatever the flight says (adults' since v2, spec §6).
    if (!p.birthDate) problems.push(JSON.stringify({ field: "birthDate", index, reason: "missing" }));
    // A flight that lists these gets the passenger's own values or none: never a guess.
    if (p.passport && r.needs?.passportIssued && !p.passport.issued) problems.push(JSON.stringify({ field: "passportIssued", index, reason: "missing" }));
    if (p.passport && r.needs?.passportIssuing && !p.nationality) problems.push(JSON.stringify({ field: "nationality", index, reason: "missing" }));
  });
  if (r.pax.adult > MAX_PER_TYPE || r.pax.child > MAX_PER_TYPE || r.pax.infant > MAX_PER_TYPE) problems.push("at most 6 passengers of each type");
  if (!r.contact.email.trim() || !r.contact.phone.trim()) problems.push("contact e-mail and phone are required");
  if (!/^\d+$/.test(r.offerRef)) problems.push("not a tiket.com flight_id");
  return problems;
}

/**
 * The contact is the first adult: the API has no separate contact name. Its CHAR 50 fields get what
 * fits of a name that splitName could not bring within 50 (one very long word).
 */
export function contactOf(r: BookingRequest): { salutation: string; first: string; last: string; email: string; phone: string } {
  const lead = r.passengers.find((p) => p.type === "adult")!;
  const { first, last } = splitName(lead.fullName);
  return { salutation: lead.title, first: fitName(first), last: fitName(last), email: r.contact.email.trim(), phone: r.contact.phone.replace(/[\s().-]/g, "") };
}

/** The same person's title in the words another list uses: a boy is Mstr or Mr, a girl Miss or Ms. */
const SAME_TITLE: Record<string, string[]> = { Mstr: ["Mstr", "Mr"], Miss: ["Miss", "Ms", "Mrs"], Mr: ["Mr", "Mstr"], Ms: ["Ms", "Miss", "Mrs"], Mrs: ["Mrs", "Ms", "Miss"] };

/** The passenger's title as the flight's own list has it (when it lists titles), else as given. */
function titleFor(title: string, accepted: readonly string[] | undefined): string {
  if (!accepted || accepted.includes(title)) return title;
  return (SAME_TITLE[title] ?? []).find((t) => accepted.includes(t)) ?? title;
}

function passengerFields(p: PassengerInput, n: number, adults: number, titles?: BookingRequest["titles"], needs?: BookingRequest["needs"]): Params {
  const x = LETTER[p.type];
  const { first, last } = splitName(p.fullName);
  const fields: Params = {
    [`title${x}${n}`]: titleFor(p.title, titles?.[p.type]),
    [`firstname${x}${n}`]: first,
    [`lastname${x}${n}`]: last,
    [`birthdate${x}${n}`]: p.birthDate,
    // The API's ID field takes a KTP or a passport number; abroad the passport is the ID.
    [`id${x}${n}`]: p.idNumber?.trim() || p.passport?.number.trim() || undefined,
  };
  if (p.passport) {
    fields[`passportno${x}${n}`] = p.passport.number.trim();
    fields[`passportExpiryDate${x}${n}`] = p.passport.expiry;
    // Spec §6: sent when the flight lists it. The date goes into the airline's APIS record, so only the typed one.
    if (needs?.passportIssued) fields[`passportissueddate${x}${n}`] = p.passport.issued;
  }
  if (p.nationality) {
    fields[`passportnationality${x}${n}`] = p.nationality.toLowerCase();
    // A national passport is issued by the holder's state: the typed passport nationality is its issuing country.
    if (p.passport && needs?.passportIssuing) fields[`passportissuing${x}${n}`] = p.nationality.toLowerCase();
  }
  // Infant n travels on adult n's lap (infants never outnumber adults).
  if (p.type === "infant") fields[`parent${x}${n}`] = Math.min(n, adults);
  return fields;
}

/** add-order's query: contact, each passenger under its type letter and index, and the Lion captcha. */
export function addOrderParams(r: BookingRequest, token: string): Params {
  const problems = problemsOf(r);
  if (problems.length > 0) throw new ProviderError("validation", "passenger data incomplete", { messages: problems });
  const contact = contactOf(r);
  const params: Params = {
    token,
    flight_id: r.offerRef,
    adult: r.pax.adult,
    child: r.pax.child,
    infant: r.pax.infant,
    conSalutation: contact.salutation,
    conFirstName: contact.first,
    conLastName: contact.last,
    conPhone: contact.phone,
    conEmailAddress: contact.email,
    lioncaptcha: r.captcha?.answer.trim(),
    lionsessionid: r.captcha?.session,
  };
  const seen: Record<PassengerType, number> = { adult: 0, child: 0, infant: 0 };
  for (const p of r.passengers) {
    seen[p.type] += 1;
    Object.assign(params, passengerFields(p, seen[p.type], r.pax.adult, r.titles, r.needs));
  }
  return params;
}
