import type { PassengerType, Title } from "./passenger.js";
import { isValidPersonName, TITLES_BY_TYPE } from "./passenger.js";

// Indonesian forms agents also type: Tn (Tuan), Ny (Nyonya), Nn (Nona), An (Anak).
const TITLE_WORDS: Record<string, Title> = {
  mr: "Mr", tn: "Mr", tuan: "Mr", mrs: "Mrs", ny: "Mrs", nyonya: "Mrs", ms: "Ms", miss: "Miss", nn: "Ms", nona: "Ms",
  mstr: "Mstr", master: "Mstr",
};

export type NameAnswer =
  | { ok: true; title: Title; fullName: string }
  | { ok: false; reason: "no_title" | "wrong_title" | "bad_name"; allowed: readonly Title[] };

/**
 * Answers are short: a title and a name, an e-mail, a phone or ID number. Anything longer is refused
 * before a pattern runs on it (Telegram allows 4096 characters in a message).
 */
const MAX_ANSWER = 120;

/** "Mr Budi Santoso", "mrs. siti aminah", "Tn Budi" → title and name, checked against the passenger type. */
export function parseTitledName(input: string, type: PassengerType): NameAnswer {
  const allowed = TITLES_BY_TYPE[type];
  const text = input.trim();
  if (text.length > MAX_ANSWER) return { ok: false, reason: "bad_name", allowed };
  // The title word and its whitespace are split off by an anchored pattern whose parts can't overlap
  // (`\s+(.+)$` could, and was quadratic on long runs of spaces); the rest is the name.
  const m = /^([a-z]+)\.?\s+/i.exec(text);
  let title = m ? TITLE_WORDS[m[1]!.toLowerCase()] : undefined;
  // "Miss" is a child's title at MMBC; for an adult woman it means Ms.
  if (title === "Miss" && type === "adult") title = "Ms";
  if (title === "Ms" && type !== "adult") title = "Miss";
  if (!m || !title) return { ok: false, reason: "no_title", allowed };
  if (!allowed.includes(title)) return { ok: false, reason: "wrong_title", allowed };
  const fullName = text.slice(m[0].length).replace(/\s+/g, " ");
  if (!isValidPersonName(fullName) || !/^[\p{L}' .-]+$/u.test(fullName)) return { ok: false, reason: "bad_name", allowed };
  return { ok: true, title, fullName: titleCase(fullName) };
}

function titleCase(name: string): string {
  return name.replace(/\p{L}+/gu, (w) => w.charAt(0).toUpperCase() + w.slice(1).toLowerCase());
}

export function parseEmail(input: string): string | undefined {
  const t = input.trim();
  return t.length <= 100 && /^[^\s@:]+@[^\s@:]+\.[a-z]{2,}$/i.test(t) ? t.toLowerCase() : undefined;
}

/** Indonesian mobile numbers: 08…, +62 8…, 62 8…; spaces and dashes ignored. Returns 08… form. */
export function parsePhone(input: string): string | undefined {
  if (input.length > MAX_ANSWER) return undefined;
  const digits = input.replace(/[\s().-]/g, "");
  const m = /^(?:\+?62|0)(8\d{7,12})$/.exec(digits);
  return m ? `0${m[1]}` : undefined;
}

/** KTP (16 digits) or a passport/ID number: letters and digits, 5–20 of them. */
export function parseIdNumber(input: string): string | undefined {
  if (input.length > MAX_ANSWER) return undefined;
  const t = input.replace(/[\s.-]/g, "").toUpperCase();
  return /^[A-Z0-9]{5,20}$/.test(t) ? t : undefined;
}

const COUNTRY_NAMES: Record<string, string> = {
  indonesia: "id", wni: "id", malaysia: "my", singapore: "sg", singapura: "sg", thailand: "th", australia: "au",
  philippines: "ph", filipina: "ph", "timor leste": "tl", japan: "jp", jepang: "jp", china: "cn", india: "in",
};

/** A nationality as ISO 3166 alpha-2, lower case: "ID", "Indonesia", "WNI", "sg". */
export function parseNationality(input: string): string | undefined {
  const t = input.trim().toLowerCase();
  if (/^[a-z]{2}$/.test(t)) return t;
  return COUNTRY_NAMES[t];
}

/** "A1234567 31-12-2030" → number and expiry text (the caller parses the date). */
export function splitPassport(input: string): { number: string; expiry: string } | undefined {
  if (input.length > MAX_ANSWER) return undefined;
  const m = /^\s*([A-Z0-9]{5,12})\s+(\S+)\s*$/i.exec(input);
  return m ? { number: m[1]!.toUpperCase(), expiry: m[2]! } : undefined;
}
