import type { PassengerType, Title } from "./passenger.js";
import { isValidPersonName, TITLES_BY_TYPE } from "./passenger.js";
import { MAX_ANSWER } from "./answer-limit.js";
import { isAirlineSpellable } from "./plain-latin-name.js";
import { withoutMarker } from "./passenger-lines.js";
import { effectiveTitle, leadingTitles, titleWord } from "./title-words.js";

export type NameAnswer =
  | { ok: true; title: Title; fullName: string; /** One word typed; sent as first = last name. */ singleName?: boolean }
  | { ok: false; reason: "no_title" | "no_name" | "wrong_title" | "bad_name" | "not_latin"; allowed: readonly Title[] }
  /** "An. Dimas": a child or infant title without the gender; `fullName` is ready for Mstr/Miss. */
  | { ok: false; reason: "gender"; allowed: readonly Title[]; fullName: string; singleName?: boolean };

/** Letters of any script, and the marks that go with them: a name may be typed in any script at first. */
const NAME_CHARS = /^[\p{L}\p{M}' .-]+$/u;
/** Airlines take names as printed in the passport's Latin line: accents are fine (dropped on the wire), other scripts are not. */
const LATIN_NAME = /^[\p{Script=Latin}\p{M}' .-]+$/u;

/**
 * "Mr Budi Santoso", "Tn. Budi Santoso", "ny siti aminah", "An. Dimas" → title and name, checked
 * against the passenger type. A one-word name (common in Indonesia) is sent the airlines' way, the
 * name twice as first and last name: "Tn Sukarno" → Sukarno Sukarno.
 */
export function parseTitledName(input: string, type: PassengerType): NameAnswer {
  const allowed = TITLES_BY_TYPE[type];
  const text = withoutMarker(input);
  if (text.length > MAX_ANSWER) return { ok: false, reason: "bad_name", allowed };
  // A title alone ("Mr", "Tn.") has its title: what is missing is the name.
  if (titleWord(text.replace(/\.$/, ""))) return { ok: false, reason: "no_name", allowed };
  const lead = leadingTitles(text);
  let title = lead && effectiveTitle(lead.words);
  if (!lead || !title) return { ok: false, reason: "no_title", allowed };
  if (title === "Miss" && type === "adult") title = "Ms";
  if (title === "Ms" && type !== "adult") title = "Miss";
  // Airlines print names without dots: "Budi S." flies as Budi S, "M.Rizky" as M Rizky.
  const name = text.slice(lead.length).replace(/\./g, " ").replace(/\s+/g, " ").trim();
  // "Tn Hj.": titles, and no name after them.
  if (!name) return { ok: false, reason: "no_name", allowed };
  if (!isValidPersonName(name) || !NAME_CHARS.test(name)) return { ok: false, reason: "bad_name", allowed };
  if (!LATIN_NAME.test(name) || !isAirlineSpellable(name)) return { ok: false, reason: "not_latin", allowed };
  const single = !name.includes(" ");
  // "Mr Mr", "Tn. Tn": a title twice is still no name.
  if (single && titleWord(name.replace(/\.$/, ""))) return { ok: false, reason: "no_name", allowed };
  const fullName = titleCase(single ? `${name} ${name}` : name);
  if (fullName.length > 60) return { ok: false, reason: "bad_name", allowed };
  // A title that names the age but not the gender: asked, when the age fits the passenger.
  if (title === "child" || title === "adult") {
    return (title === "adult") !== (type === "adult") ? { ok: false, reason: "wrong_title", allowed } : { ok: false, reason: "gender", allowed, fullName, ...(single ? { singleName: true } : {}) };
  }
  if (!allowed.includes(title)) return { ok: false, reason: "wrong_title", allowed };
  return single ? { ok: true, title, fullName, singleName: true } : { ok: true, title, fullName };
}

/** Composed first (NFC): a combining accent typed after its letter is part of the word, never a break before a capital. */
function titleCase(name: string): string {
  return name.normalize("NFC").replace(/[\p{L}\p{M}]+/gu, (w) => w.charAt(0).toUpperCase() + w.slice(1).toLowerCase());
}

const BOY = new Set(["l", "lk", "laki", "laki laki", "lakilaki", "laki2", "lelaki", "pria", "cowok", "cowo", "cwo", "putra", "boy", "male", "m", "mstr", "master", "mst"]);
const GIRL = new Set(["p", "pr", "perempuan", "prempuan", "wanita", "cewek", "cewe", "cwe", "putri", "girl", "female", "f", "miss"]);
/** Words before the gender that say nothing more: "anak laki", "anak cewek", "bayi perempuan", "a boy", "it's a girl". */
const GENDER_LEAD = /^(?:anak|anaknya|ank|an|bayi|byi|by|dia|jenis kelamin|jk|it s|its|a)\s+/;

/** A child's gender typed instead of tapped: "laki-laki", "laki2", "cewe", "anak cewek", "perempuan", "boy", "girl", "Mstr", "Miss". */
export function parseChildTitle(input: string): "Mstr" | "Miss" | undefined {
  if (input.length > 30) return undefined;
  let t = input.trim().toLowerCase().replace(/[-.'!]/g, " ").replace(/\s+/g, " ").trim();
  for (let m = GENDER_LEAD.exec(t); m && t.length > m[0].length; m = GENDER_LEAD.exec(t)) t = t.slice(m[0].length);
  return BOY.has(t) ? "Mstr" : GIRL.has(t) ? "Miss" : undefined;
}

/**
 * The answer to "Is Bima Sakti a boy or a girl?" typed as the titled name: "Mstr Bima Sakti", "miss kiki".
 * The title is taken when the name after it is the one asked about (or its first word, or nothing);
 * another name is no answer here.
 */
export function childTitleWithName(input: string, fullName: string): "Mstr" | "Miss" | undefined {
  if (input.length > MAX_ANSWER) return undefined;
  const text = withoutMarker(input);
  const lead = leadingTitles(`${text} `);
  const title = lead && effectiveTitle(lead.words);
  if (!lead || (title !== "Mstr" && title !== "Miss")) return undefined;
  const key = (s: string) => s.toLowerCase().replace(/[^\p{L}]+/gu, " ").trim();
  const typed = key(text.slice(lead.length));
  const asked = key(fullName);
  return typed === "" || typed === asked || typed === asked.split(" ")[0] || `${typed} ${typed}` === asked ? title : undefined;
}

/** An adult's title typed instead of tapped (after "Dr."): "Mr", "Ny", "Nn", "laki-laki"; "perempuan" alone says not Mrs or Ms. */
export function parseAdultTitle(input: string): "Mr" | "Mrs" | "Ms" | undefined {
  if (input.length > 20) return undefined;
  const t = input.trim().toLowerCase().replace(/[-.]/g, " ").replace(/\s+/g, " ").trim();
  if (BOY.has(t) && t !== "mstr" && t !== "master" && t !== "mst") return "Mr";
  const title = titleWord(t);
  if (title === "Miss") return "Ms";
  return title === "Mr" || title === "Mrs" || title === "Ms" ? title : undefined;
}

// The peer bots in bench/peer import the contact parsers from here.
export { parseEmail, parsePhone } from "./contact-input.js";
