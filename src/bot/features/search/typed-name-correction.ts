import type { PassengerInput } from "../../../domain/passenger.js";
import { parseTitledName } from "../../../domain/passenger-parse.js";
import { MAX_ANSWER } from "../../../domain/answer-limit.js";
import { chatWords, hasFormalTitle, isWrittenAsTitledName } from "../../../domain/passenger-chat-words.js";
import type { TypedCorrection } from "./typed-correction.js";

/** A name typed at the summary: the passenger's name replaced, or (a bare name that is nobody's) whose it is asked. */
export type NameCorrection = Extract<TypedCorrection, { kind: "set" }> | { kind: "which-name"; name: string };

/** "nama", "name": the line is about a name. */
const NAME_WORD = /^(?:nama|name|nm)$/;
/** What leads the new name: "harusnya Tn Budi Santosa", "should be Mrs Ani Lestarina", "jadi …". */
const LEAD = /(?:^|[\s,:;])(?:seharusnya|harusnya|hrsnya|hrs|mestinya|jadi|menjadi|ganti|diganti|should\s+be|must\s+be|change\s+to|changed\s+to|to|is|adalah)\s+/gi;

/** A word saying something is wrong. */
const WRONG = /(?:^|\s)(?:salah|keliru|typo|wrong|misspelt|misspelled)(?=[\s,.:;!]|$)/i;

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
    return untitledNewName(text, passengers);
  }
  // A bare name with a formal title ("Tn John Tann"), no chat ("pak booking ya"), nobody's: whose it is, asked.
  const line = text.trim();
  if (!hasFormalTitle(line)) return undefined;
  const read = (["adult", "child", "infant"] as const).map((t) => parseTitledName(line, t)).find((r) => r.ok);
  if (!read?.ok || chatWords(read.fullName, isWrittenAsTitledName(line)).length > 0) return undefined;
  if (passengers.some((p) => sameName(p, read.title, read.fullName))) return undefined;
  return { kind: "which-name", name: `${read.title} ${read.fullName}` };
}
