import type { PassengerInput } from "../../../domain/passenger.js";
import { parseTitledName } from "../../../domain/passenger-parse.js";
import { MAX_ANSWER } from "../../../domain/answer-limit.js";
import { chatWords, hasFormalTitle, isWrittenAsTitledName } from "../../../domain/passenger-chat-words.js";
import type { TypedCorrection } from "./typed-correction.js";

/**
 * A name typed at the summary: the passenger's name replaced; a bare name that looks like one passenger's new
 * name, offered for them (`offer`, asked with buttons); one that is nobody's, whose it is asked; a passenger by
 * number who has that name already, or a number beyond the party, said so.
 */
export type NameCorrection =
  | Extract<TypedCorrection, { kind: "set" }>
  | { kind: "which-name"; name: string }
  | { kind: "offer"; index: number; passenger: PassengerInput; was: string }
  | { kind: "already"; index: number; name: string }
  | { kind: "no-such"; number: number; count: number };

/** "nama", "name": the line is about a name. */
const NAME_WORD = /^(?:nama|name|nm)$/;
/** What leads the new name: "harusnya Tn Budi Santosa", "should be Mrs Ani Lestarina", "jadi …". */
const LEAD = /(?:^|[\s,:;])(?:seharusnya|harusnya|hrsnya|hrs|mestinya|jadi|menjadi|ganti|diganti|should\s+be|must\s+be|change\s+to|changed\s+to|to|is|adalah)\s+/gi;

/** A word saying something is wrong. */
const WRONG = /(?:^|\s)(?:salah|keliru|typo|wrong|misspelt|misspelled)(?=[\s,.:;!]|$)/i;

/** A passenger by their place: "nama kedua", "penumpang ke-2", "pax 2", "org ke 2", "second", "passenger 2", "2nd". */
const ORDINAL_WORDS: Record<string, number> = {
  pertama: 1, kesatu: 1, kedua: 2, ketiga: 3, keempat: 4, kelima: 5, keenam: 6, ketujuh: 7, kedelapan: 8, kesembilan: 9,
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9,
  "1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5, "6th": 6, "7th": 7, "8th": 8, "9th": 9,
};
const ORDINAL = new RegExp(
  "(?:^|[\\s,:;])(?:(?:nama|name|penumpang|pnp|pax|passenger|orang|org|no\\.?|nomor|#)\\s*(?:ke-?\\s*)?([1-9])|(?:nama|penumpang|pax|org|orang)\\s+ke-?\\s*([1-9])|(" + Object.keys(ORDINAL_WORDS).join("|") + "))(?=[\\s,.:;!]|$)",
  "i",
);

/** The passenger's place a line names (1-based) and where that mention ends. */
function ordinalIn(text: string): { number: number; end: number } | undefined {
  const m = ORDINAL.exec(text);
  if (!m) return undefined;
  const digit = m[1] ?? m[2];
  const number = digit !== undefined ? Number(digit) : ORDINAL_WORDS[m[3]!.toLowerCase()]!;
  return { number, end: m.index + m[0].length };
}

/** Only a name: letters, apostrophes, dots and dashes (no digits, no @). */
const NAME_ONLY = /^[\p{L}' .-]+$/u;
/**
 * Words said after a passenger's place that are no name: their type, their details, the flight, chat
 * ("penumpang 2 dewasa", "nama kedua kurang lengkap", "second passenger is a child", "yg kedua pagi").
 */
const NOT_A_NAME = new Set([
  "dewasa", "anak", "bayi", "adult", "child", "infant", "baby", "kid", "orang", "org", "pax", "person", "people",
  "batal", "cancel", "hapus", "delete", "remove", "ketik", "typo", "salah", "wrong", "kurang", "lengkap", "complete", "belum", "sudah", "udah",
  "lahir", "tgl", "tanggal", "umur", "tahun", "thn", "usia", "nik", "ktp", "paspor", "passport", "date", "birth", "born", "age", "year", "years",
  "pagi", "siang", "sore", "malam", "morning", "afternoon", "evening", "night", "jam", "besok", "lusa", "tomorrow", "today",
  "januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus", "september", "oktober", "november", "desember",
  "january", "february", "march", "may", "june", "july", "august", "october", "december",
  "a", "an", "the", "is", "one", "please", "pls", "tolong", "dong", "aja", "saja", "ya", "yg", "yang", "nya", "ini", "itu", "mana", "siapa",
  "cek", "check", "lagi", "again", "dulu", "nanti", "gak", "ga", "nggak", "tidak", "no", "not", "yes", "ok", "oke",
]);

/**
 * `typed` read as passenger `p`'s new name: with its own title ("Ny Ani Lestari", "Bu Ani") or, without one,
 * with p's title kept. Undefined when it is no name (chat, digits).
 */
function asNameOf(p: PassengerInput, typed: string): { title: PassengerInput["title"]; fullName: string } | undefined {
  const rest = typed.trim().replace(/[.!]+$/, "");
  if (rest === "" || !NAME_ONLY.test(rest)) return undefined;
  const own = parseTitledName(rest, p.type);
  const r = own.ok ? own : own.reason === "no_title" && !hasFormalTitle(rest) ? parseTitledName(`${p.title} ${rest}`, p.type) : own;
  if (!r.ok || chatWords(r.fullName, isWrittenAsTitledName(rest)).length > 0) return undefined;
  // A name of two words or more, none of them a word said about the passenger; one word only with its title ("Ny Ani").
  const words = r.fullName.toLowerCase().split(/\s+/);
  if (words.some((w) => NOT_A_NAME.has(w.replace(/[.'-]+$/, "")) || /^\p{L}$/u.test(w))) return undefined;
  if (!own.ok && rest.split(/\s+/).length < 2) return undefined;
  return { title: r.title, fullName: r.fullName };
}

/** Where the new name starts: after the last lead ("harusnya"), comma or colon, word "salah"/"wrong", or the passenger's number. */
function newNameStart(text: string, after: number): number {
  const ends = [after, ...[...text.matchAll(LEAD)].map((m) => m.index + m[0].length), ...[...text.matchAll(/[,:;]\s*/g)].map((m) => m.index + m[0].length)];
  for (const m of text.matchAll(new RegExp(WRONG.source, "gi"))) ends.push(m.index + m[0].length);
  for (const m of text.matchAll(/(?:^|\s)(?:nama|name|namanya|nm)(?=\s|$)/gi)) ends.push(m.index + m[0].length);
  return Math.max(...ends);
}

/**
 * "eh nama kedua salah, Ani Lestari", "penumpang 2 harusnya Ny Ani Lestari", "second name wrong, Ani Lestari",
 * "change passenger 2 to Ani Lestari", "Ani salah, Ani Lestari": the passenger by number (or by a word of
 * their name before the new one), the new name after it, their title kept unless one is typed.
 */
function correctionByPlace(text: string, passengers: readonly PassengerInput[]): NameCorrection | undefined {
  const place = ordinalIn(text);
  const at = newNameStart(text, place?.end ?? 0);
  if (at <= 0 || at >= text.length) return undefined;
  // "nama ketiga Ani Lestari" in a party of two: said, never given to someone else.
  if (place && place.number > passengers.length) return asNameOf(passengers[0]!, text.slice(at)) ? { kind: "no-such", number: place.number, count: passengers.length } : undefined;
  const index = place ? place.number - 1 : passengerIn(wordsOf(text.slice(0, at)), passengers);
  const p = index === undefined ? undefined : passengers[index];
  if (!p) return undefined;
  const fresh = asNameOf(p, text.slice(at));
  if (!fresh) return undefined;
  if (sameName(p, fresh.title, fresh.fullName)) return { kind: "already", index: index!, name: `${p.title} ${p.fullName}` };
  return { kind: "set", index: index!, field: "name", passenger: { ...p, ...fresh }, was: `${p.title} ${p.fullName}` };
}

/**
 * A name typed alone ("Ani Lestari", "Ny Ani Lestari") that is clearly a correction: its first word is one
 * passenger's first name (or there is one passenger and a title is typed) and it differs from their name.
 * Offered, not taken.
 */
function bareNameOffer(line: string, passengers: readonly PassengerInput[]): NameCorrection | undefined {
  const first = (p: PassengerInput) => p.fullName.toLowerCase().split(/\s+/)[0]!;
  const typed = line.trim().replace(/^(?:tn|ny|nn|mr|mrs|ms|miss|mstr|bu|ibu|pak|bpk|bapak|nyonya|nona|tuan)\.?\s+/i, "").toLowerCase();
  const titled = typed.length < line.trim().length;
  if (typed.split(/\s+/).length < 2) return undefined;
  const hits = passengers.flatMap((p, i) => (first(p) === typed.split(/\s+/)[0] ? [i] : []));
  // One passenger renamed outright ("Tn Andi Wijaya"): only with a title, so chat ("terima kasih") is never a name.
  const index = hits.length === 1 ? hits[0]! : passengers.length === 1 && titled ? 0 : undefined;
  const p = index === undefined ? undefined : passengers[index];
  const fresh = p && asNameOf(p, line);
  if (!p || !fresh) return undefined;
  if (sameName(p, fresh.title, fresh.fullName)) return { kind: "already", index: index!, name: `${p.title} ${p.fullName}` };
  return { kind: "offer", index: index!, passenger: { ...p, ...fresh }, was: `${p.title} ${p.fullName}` };
}

/**
 * At ✏️ <passenger>: a name typed without a title ("Ani Lestari") is their new name, their title kept (the
 * title is known; "start with a title" helps no one). Undefined for anything else (the question reads it).
 */
export function renamedKeepingTitle(text: string, passengers: readonly PassengerInput[], index: number): Extract<TypedCorrection, { kind: "set" }> | undefined {
  const p = passengers[index];
  if (!p || text.length > MAX_ANSWER || text.includes("\n") || hasFormalTitle(text.trim()) || parseTitledName(text.trim(), p.type).ok) return undefined;
  const fresh = asNameOf(p, text);
  return fresh ? { kind: "set", index, field: "name", passenger: { ...p, ...fresh }, was: `${p.title} ${p.fullName}` } : undefined;
}

const wordsOf = (text: string) => text.toLowerCase().replace(/[,:;!?()]/g, " ").split(/\s+/).filter(Boolean).map((w) => w.replace(/(?:'s|\u2019s|nya)$/, "").replace(/[.]+$/, ""));

/** The titled name the line ends with, for a passenger of `type`: after its lead word, else the first titled run of words that reads whole. */
function newName(text: string, type: PassengerInput["type"]): { at: number; title: PassengerInput["title"]; fullName: string } | undefined {
  const leads = [...text.matchAll(LEAD)];
  const last = leads.at(-1);
  if (last) {
    const at = last.index + last[0].length;
    const r = parseTitledName(text.slice(at).trim(), type);
    return r.ok ? { at, title: r.title, fullName: r.fullName } : undefined;
  }
  for (const m of text.matchAll(/\S+/g)) {
    const r = parseTitledName(text.slice(m.index).trim(), type);
    if (r.ok) return { at: m.index, title: r.title, fullName: r.fullName };
  }
  return undefined;
}

/** The one passenger a word names ("budi", "ani"); with one passenger, that one. */
function passengerIn(words: readonly string[], passengers: readonly PassengerInput[]): number | undefined {
  if (passengers.length === 1) return 0;
  const hits = passengers.flatMap((p, i) => (p.fullName.toLowerCase().split(/\s+/).some((n) => n.length >= 3 && words.includes(n)) ? [i] : []));
  return hits.length === 1 ? hits[0] : undefined;
}

/**
 * "salah nama, Ani harusnya Ani Lestari": the new name after its lead typed without a title, for the one
 * passenger named before it, who keeps her title. Only a name (no chat words, no digits).
 */
function untitledNewName(text: string, passengers: readonly PassengerInput[]): NameCorrection | undefined {
  const last = [...text.matchAll(LEAD)].at(-1);
  if (!last) return undefined;
  const at = last.index + last[0].length;
  const rest = text.slice(at).trim().replace(/[.!]+$/, "");
  if (!/^[\p{L}' .-]+$/u.test(rest) || hasFormalTitle(rest)) return undefined;
  const index = passengerIn(wordsOf(text.slice(0, at)), passengers);
  const p = index === undefined ? undefined : passengers[index];
  if (!p) return undefined;
  const r = parseTitledName(`${p.title} ${rest}`, p.type);
  if (!r.ok || chatWords(r.fullName, false).length > 0 || sameName(p, r.title, r.fullName)) return undefined;
  return { kind: "set", index: index!, field: "name", passenger: { ...p, title: r.title, fullName: r.fullName }, was: `${p.title} ${p.fullName}` };
}

const sameName = (p: PassengerInput, title: string, fullName: string) => p.title === title && p.fullName.toUpperCase() === fullName.toUpperCase();

/**
 * At the summary: "nama budi salah harusnya Tn Budi Santosa", "Ani's name is wrong, should be Mrs Ani
 * Lestarina": that passenger's name replaced (their type, birth date, KTP and passport kept). A titled
 * name typed alone ("Tn John Tann") that is no passenger's: whose it is asked, never "choose with the
 * buttons". Undefined when the line is neither.
 */
export function nameCorrectionAtSummary(text: string, passengers: readonly PassengerInput[]): NameCorrection | undefined {
  if (text.length > MAX_ANSWER || text.includes("\n") || passengers.length === 0) return undefined;
  const words = wordsOf(text);
  // "eh nama kedua salah, Ani Lestari", "change passenger 2 to Ani Lestari": the passenger by their place.
  if (ordinalIn(text)) {
    const byPlace = correctionByPlace(text, passengers);
    if (byPlace) return byPlace;
  }
  // "nama budi salah …", or a passenger said wrong with the new name after its lead: "Budi salah ketik, harusnya Tn Budi Santoso".
  if (words.some((w) => NAME_WORD.test(w)) || (WRONG.test(text) && text.search(LEAD) >= 0)) {
    // The passenger is named before the new name ("nama budi salah …"): the new name may share their words.
    const types = [...new Set(passengers.map((p) => p.type))];
    for (const type of types) {
      const fresh = newName(text, type);
      if (!fresh) continue;
      const index = passengerIn(wordsOf(text.slice(0, fresh.at)), passengers);
      const p = index === undefined ? undefined : passengers[index];
      if (!p || p.type !== type) continue;
      if (sameName(p, fresh.title, fresh.fullName)) return undefined;
      return { kind: "set", index: index!, field: "name", passenger: { ...p, title: fresh.title, fullName: fresh.fullName }, was: `${p.title} ${p.fullName}` };
    }
    return untitledNewName(text, passengers) ?? correctionByPlace(text, passengers);
  }
  // "Ani salah, Ani Lestari": the passenger said wrong, the new name after the comma.
  if (WRONG.test(text)) return correctionByPlace(text, passengers);
  // "Ani Lestari", "Ny Ani Lestari" alone: one passenger's new name, offered.
  const line = text.trim();
  const offer = bareNameOffer(line, passengers);
  if (offer) return offer;
  // A bare name with a formal title ("Tn John Tann"), no chat ("pak booking ya"), nobody's: whose it is, asked.
  if (!hasFormalTitle(line)) return undefined;
  const read = (["adult", "child", "infant"] as const).map((t) => parseTitledName(line, t)).find((r) => r.ok);
  if (!read?.ok || chatWords(read.fullName, isWrittenAsTitledName(line)).length > 0) return undefined;
  if (passengers.some((p) => sameName(p, read.title, read.fullName))) return undefined;
  return { kind: "which-name", name: `${read.title} ${read.fullName}` };
}
