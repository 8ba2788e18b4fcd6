import type { SandboxFlight } from "../flights/generate-flights.js";
import type { Party } from "../flights/fares.js";
import type { PassengerType, SandboxPassenger } from "../types.js";
import { parseRequestDate } from "../wire-format.js";

export type ValidationResult = { ok: true; passengers: SandboxPassenger[] } | { ok: false; lines: string[] };

const ADULT_TITLES = ["Mr", "Mrs", "Ms"];
const CHILD_TITLES = ["Mstr", "Miss"];
const NAMED = /^(mstr|miss|mrs|mr|ms)\.?\s+(.+)$/i;
const NAME_CHARS = /^[A-Za-z][A-Za-z .'-]*$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^\+?\d{8,15}$/;

/** Validates the form the way an airline would, collecting every problem as one message line. */
export function validateBooking(params: Record<string, string>, flight: SandboxFlight, party: Party): ValidationResult {
  const lines: string[] = [];
  const total = party.adult + party.child + party.infant;
  const names = (params.passengername ?? "").split(":");
  const field = (name: string, i: number): string => (params[name] ?? "").split(":")[i]?.trim() ?? "";
  if (party.adult < 1) lines.push("Adult passenger minimum 1");
  if (party.infant > party.adult) lines.push(`Infant count (${party.infant}) exceeds adult count (${party.adult})`);
  if (names.length !== total) {
    lines.push(`Total passenger name (${names.length}) does not match total passenger (${total})`);
  }
  const passengers: SandboxPassenger[] = [];
  for (let i = 0; i < total; i++) {
    const type: PassengerType = i < party.adult ? "Adult" : i < party.adult + party.child ? "Child" : "Infant";
    const pax = checkPassenger(lines, i + 1, type, (names[i] ?? "").trim(), {
      dob: field("dateofbirth", i),
      passportNumber: field("passportnumber", i),
      passportExpired: field("passportexpired", i),
      baggage: field("baggagevolume", i),
    }, flight);
    passengers.push(pax);
  }
  if (!EMAIL.test(params.email?.trim() ?? "")) lines.push("Contact email not valid !");
  if (!PHONE.test((params.phone ?? "").replace(/[\s-]/g, ""))) lines.push("Contact phone not valid !");
  return lines.length > 0 ? { ok: false, lines } : { ok: true, passengers };
}

interface ExtraFields {
  dob: string;
  passportNumber: string;
  passportExpired: string;
  baggage: string;
}

function checkPassenger(
  lines: string[], n: number, type: PassengerType, raw: string, extra: ExtraFields, flight: SandboxFlight,
): SandboxPassenger {
  const match = NAMED.exec(raw);
  const title = canonicalTitle(match?.[1] ?? "");
  const fullName = (match?.[2] ?? raw).replace(/\s+/g, " ").trim();
  const allowed = type === "Adult" ? ADULT_TITLES : CHILD_TITLES;
  if (raw === "" || fullName === "") lines.push(`Psg ${n} name '' is an empty string`);
  else if (!NAME_CHARS.test(fullName)) lines.push(`Psg ${n} name '${fullName}' contains invalid characters`);
  if (raw !== "" && !allowed.includes(title)) {
    lines.push(`Psg ${n} title not valid for ${type} (${allowed.join(", ")})`);
  }
  checkBirthDate(lines, n, type, extra.dob, flight);
  if (flight.international) checkPassport(lines, n, extra, flight.date);
  return { title, fullName, type, ...extra };
}

function checkBirthDate(lines: string[], n: number, type: PassengerType, dob: string, flight: SandboxFlight): void {
  if (dob === "") {
    if (flight.carrier.needsDob) lines.push(`Psg ${n} date of birth is empty !`);
    return;
  }
  const iso = parseRequestDate(dob);
  if (!iso || iso > flight.date) {
    lines.push(`Psg ${n} date of birth '${dob}' not valid`);
    return;
  }
  const age = yearsBetween(iso, flight.date);
  // Seed §8: adult "> 12 years", child "2–12 years", in whole years on the flight date.
  const fits = type === "Adult" ? age > 12 : type === "Child" ? age >= 2 && age <= 12 : age < 2;
  if (!fits) lines.push(`Psg ${n} age ${age} does not match passenger type ${type}`);
}

function checkPassport(lines: string[], n: number, extra: ExtraFields, departIso: string): void {
  if (extra.passportNumber === "") lines.push(`Psg ${n} passport number is empty !`);
  if (extra.passportExpired === "") {
    lines.push(`Psg ${n} passport expiry date is empty !`);
    return;
  }
  const iso = parseRequestDate(extra.passportExpired);
  if (!iso) lines.push(`Psg ${n} passport expiry date '${extra.passportExpired}' not valid`);
  else if (iso <= departIso) lines.push(`Psg ${n} passport expired`);
}

function canonicalTitle(text: string): string {
  const lower = text.toLowerCase();
  return [...ADULT_TITLES, ...CHILD_TITLES].find((t) => t.toLowerCase() === lower) ?? text;
}

function yearsBetween(fromIso: string, toIso: string): number {
  const [y1 = 0, m1 = 0, d1 = 0] = fromIso.split("-").map(Number);
  const [y2 = 0, m2 = 0, d2 = 0] = toIso.split("-").map(Number);
  return y2 - y1 - (m2 < m1 || (m2 === m1 && d2 < d1) ? 1 : 0);
}
