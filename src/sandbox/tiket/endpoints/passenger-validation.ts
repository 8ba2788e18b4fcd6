/**
 * add-order contact and passenger checks. Errors name the offending parameter first
 * ("birthdatea1: …") so a client can point at the field.
 *
 * Decisions on unverified points:
 * - Titles: contact and adults Mr/Mrs/Ms; children and infants Mstr/Miss, and also Mr/Ms because the
 *   docs' own example books a child as "Ms" and an infant as "Mr". A trailing dot ("Mr.") is accepted.
 * - Names: letters, spaces, . ' - (1–50 chars); first and last name are both required.
 * - Ages on the outbound flight date: adult ≥ 12, child 2–11, infant under 2 and already born.
 * - ida{n}: 5–30 letters/digits (KTP, passport …); idc/idi optional.
 * - Phones: "+" and 8–15 digits, or "0" and 8–14 digits. A "+" sent unencoded arrives as a space and
 *   is refused, which is the docs' %2B warning made visible.
 * - Each infant needs its own adult (parenti{n} distinct, 1…adult).
 * - International: passport number 6–12 letters/digits, expiry at least 6 months after the flight,
 *   issued before today, issuing country and nationality from listCountry.
 */
import { findCountry } from "../data/countries.js";
import type { Party } from "../flights/flight-view.js";
import { ADULT_TITLES, YOUNG_TITLES } from "../flights/required-fields.js";
import { param, say, type EndpointContext } from "../http/context.js";
import type { PassengerType, TiketContact, TiketPassenger } from "../types.js";
import { addDays, ageOn, isoDateInZone, validIsoDate } from "../wire/format.js";
import type { Parsed } from "./search-params.js";

const NAME = /^[A-Za-z][A-Za-z .'-]{0,49}$/;
const PHONE = /^(\+\d{8,15}|0\d{8,14})$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/;

class FieldError extends Error {}

function title(ctx: EndpointContext, key: string, allowed: readonly string[]): string {
  const value = param(ctx, key).replace(/\.$/, "");
  const match = allowed.find((t) => t.toLowerCase() === value.toLowerCase());
  if (!match) throw new FieldError(`${key}: ${say(ctx, "must be one of", "harus salah satu dari")} ${allowed.join(", ")}`);
  return match;
}

function name(ctx: EndpointContext, key: string): string {
  const value = param(ctx, key).replace(/\s+/g, " ");
  if (!NAME.test(value)) throw new FieldError(`${key}: ${say(ctx, "invalid name", "nama tidak valid")}`);
  return value;
}

export function validPhone(value: string): boolean {
  return PHONE.test(value.replace(/[\s-]/g, "")) && !/^\s/.test(value);
}

export function validEmail(value: string): boolean {
  return EMAIL.test(value);
}

export function readContact(ctx: EndpointContext): Parsed<TiketContact> {
  try {
    const phone = param(ctx, "conPhone");
    const otherPhone = param(ctx, "conOtherPhone");
    const email = param(ctx, "conEmailAddress");
    const contact: TiketContact = {
      salutation: title(ctx, "conSalutation", ADULT_TITLES),
      firstName: name(ctx, "conFirstName"),
      lastName: name(ctx, "conLastName"),
      phone: ctx.params.conPhone ?? "",
      otherPhone,
      email,
    };
    if (!validPhone(contact.phone)) throw new FieldError(`conPhone: ${say(ctx, "invalid phone number", "nomor telepon tidak valid")}`);
    contact.phone = phone.replace(/[\s-]/g, "");
    if (otherPhone && !validPhone(ctx.params.conOtherPhone ?? "")) {
      throw new FieldError(`conOtherPhone: ${say(ctx, "invalid phone number", "nomor telepon tidak valid")}`);
    }
    if (!validEmail(email)) throw new FieldError(`conEmailAddress: ${say(ctx, "invalid email address", "alamat email tidak valid")}`);
    return { ok: true, value: contact };
  } catch (err) {
    if (err instanceof FieldError) return { ok: false, message: err.message };
    throw err;
  }
}

export interface PassengerRules {
  party: Party;
  international: boolean;
  /** Outbound flight date (yyyy-mm-dd). */
  travelDate: string;
}

const KINDS: { type: PassengerType; letter: string; count: keyof Party }[] = [
  { type: "adult", letter: "a", count: "adult" },
  { type: "child", letter: "c", count: "child" },
  { type: "infant", letter: "i", count: "infant" },
];

export function readPassengers(ctx: EndpointContext, rules: PassengerRules): Parsed<Omit<TiketPassenger, "passengerId">[]> {
  try {
    const out: Omit<TiketPassenger, "passengerId">[] = [];
    const parents = new Set<number>();
    for (const k of KINDS) {
      for (let n = 1; n <= rules.party[k.count]; n++) {
        out.push(readOne(ctx, rules, k.type, `${k.letter}${n}`, n, parents));
      }
    }
    return { ok: true, value: out };
  } catch (err) {
    if (err instanceof FieldError) return { ok: false, message: err.message };
    throw err;
  }
}

function readOne(
  ctx: EndpointContext, rules: PassengerRules, type: PassengerType, suffix: string, index: number, parents: Set<number>,
): Omit<TiketPassenger, "passengerId"> {
  const p: Omit<TiketPassenger, "passengerId"> = {
    type,
    index,
    title: title(ctx, `title${suffix}`, type === "adult" ? ADULT_TITLES : [...YOUNG_TITLES, "Mr", "Ms"]),
    firstName: name(ctx, `firstname${suffix}`),
    lastName: name(ctx, `lastname${suffix}`),
    idNumber: param(ctx, `id${suffix}`),
    birthDate: birthDate(ctx, `birthdate${suffix}`, type, rules.travelDate),
  };
  if (type === "adult" && !/^[A-Za-z0-9]{5,30}$/.test(p.idNumber)) {
    throw new FieldError(`id${suffix}: ${say(ctx, "ID number required (5-30 letters/digits)", "nomor identitas wajib diisi (5-30 huruf/angka)")}`);
  }
  if (type === "infant") {
    const parent = Number(param(ctx, `parent${suffix}`) || "1");
    if (!Number.isInteger(parent) || parent < 1 || parent > rules.party.adult || parents.has(parent)) {
      throw new FieldError(`parent${suffix}: ${say(ctx, "each infant needs its own adult", "setiap bayi harus didampingi dewasa yang berbeda")}`);
    }
    parents.add(parent);
    p.parent = parent;
  }
  if (rules.international) Object.assign(p, passport(ctx, suffix, rules.travelDate));
  return p;
}

function birthDate(ctx: EndpointContext, key: string, type: PassengerType, travelDate: string): string {
  const value = validIsoDate(param(ctx, key));
  if (!value) throw new FieldError(`${key}: ${say(ctx, "birth date required (YYYY-MM-DD)", "tanggal lahir wajib diisi (YYYY-MM-DD)")}`);
  const age = ageOn(value, travelDate);
  const today = isoDateInZone(ctx.state.now(), ctx.state.timeZone);
  const fits = type === "adult" ? age >= 12 : type === "child" ? age >= 2 && age <= 11 : age >= 0 && age < 2 && value <= today;
  if (!fits) {
    const rule = { adult: "adults are 12 or older", child: "children are 2 to 11", infant: "infants are under 2" }[type];
    const aturan = { adult: "dewasa minimal 12 tahun", child: "anak 2 sampai 11 tahun", infant: "bayi di bawah 2 tahun" }[type];
    throw new FieldError(`${key}: ${say(ctx, rule, aturan)}`);
  }
  return value;
}

function passport(ctx: EndpointContext, suffix: string, travelDate: string): Partial<TiketPassenger> {
  const bad = (key: string, en: string, id: string) => new FieldError(`${key}${suffix}: ${say(ctx, en, id)}`);
  const passportNo = param(ctx, `passportno${suffix}`);
  if (!/^[A-Za-z0-9]{6,12}$/.test(passportNo)) throw bad("passportno", "passport number required", "nomor paspor wajib diisi");
  const expiry = validIsoDate(param(ctx, `passportExpiryDate${suffix}`));
  const sixMonths = addDays(travelDate, 183);
  if (!expiry || expiry < sixMonths) {
    throw bad("passportExpiryDate", "passport must be valid 6 months after the flight", "paspor harus berlaku 6 bulan setelah penerbangan");
  }
  const issued = validIsoDate(param(ctx, `passportissueddate${suffix}`));
  if (!issued || issued > isoDateInZone(ctx.state.now(), ctx.state.timeZone)) {
    throw bad("passportissueddate", "invalid passport issue date", "tanggal terbit paspor tidak valid");
  }
  const issuing = findCountry(param(ctx, `passportissuing${suffix}`));
  if (!issuing) throw bad("passportissuing", "unknown country id", "kode negara tidak dikenal");
  const nationality = findCountry(param(ctx, `passportnationality${suffix}`));
  if (!nationality) throw bad("passportnationality", "unknown country id", "kode negara tidak dikenal");
  return {
    passportNo: passportNo.toUpperCase(), passportExpiry: expiry, passportIssued: issued,
    passportIssuing: issuing.id, passportNationality: nationality.id,
  };
}
