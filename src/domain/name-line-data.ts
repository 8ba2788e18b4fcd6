import { MAX_ANSWER } from "./answer-limit.js";
import { splitTrailingDate } from "./birth-date-input.js";
import { parseDocumentDate } from "./document-date.js";
import { parseNationality } from "./nationality-input.js";
import { withoutMarker } from "./passenger-lines.js";
import { leadingTitles } from "./title-words.js";

/** A date as typed on a pasted line: "17-08-1990", "17/8/90", "1990-08-17". */
const DATE = /^\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}$|^\d{4}-\d{2}-\d{2}$/;
/** A passport number ("A1234567", "X 1234567" is read as two words) or a KTP/NIK: a letter or two, then 6 or more digits. */
const DOCUMENT = /^[a-z]{0,2}\d{6,}$/i;

/**
 * The passenger's personal data pasted on the line of the name, WhatsApp style:
 * "Mr Budi Santoso 17-08-1990 A1234567 31-12-2031 ID". The name is the title and the words up to the
 * first word with a digit; the rest (birth date, passport or KTP number, expiry, nationality) is no
 * name, so it is split off and never quoted as part of a name: in a private chat it answers the
 * passenger's own questions (`readLineFields`), else they ask it.
 * A line with only a birth date or an age after the name is `splitTrailingDate`'s, read as before.
 */
export function splitLineData(line: string): { name: string; extra?: string; data?: string } {
  if (line.length > MAX_ANSWER) return { name: line };
  // A numbered list's "1." is no data: the line's data starts after the name ("2. Mrs Jane Smith 25 May 1987").
  const unmarked = withoutMarker(line);
  const trailing = splitTrailingDate(unmarked);
  if (trailing.extra && !/\d/.test(trailing.name)) return { ...trailing, name: withoutLabelTail(trailing.name) };
  const words = unmarked.split(/\s+/);
  const at = words.findIndex((w) => /\d/.test(w));
  if (at < 1) return { name: line };
  const rest = words.slice(at).map((w) => w.replace(/^[,;(]+|[,;)]+$/g, ""));
  // Only what is surely personal data is split off ("Mr Adi 2" stays the agent's line, said as it is).
  if (!rest.some((w) => DATE.test(w) || DOCUMENT.test(w))) return { name: line };
  const name = withoutLabelTail(words.slice(0, at).join(" "));
  return /\p{L}/u.test(name) ? { name, data: words.slice(at).join(" ") } : { name: line };
}

/**
 * The label typed between the name and its data ("lahir", "tgl lahir", "DOB", "NIK", "no paspor", "/"):
 * no part of the name, which the airline would print on the ticket ("Budi Santoso Lahir"). Only
 * where data follows it, and never the whole name: "Mr Nik 17-08-1990" is Mr Nik.
 */
const LABEL_TAIL = /[\s,;:/|(=#-]+(?:tempat\s*[,/]?\s*)?(?:(?:tgl|tanggal|tggl)\.?(?:\s*lahir)?|ttl|kelahiran|lahir|lhr|born(?:\s+on)?|d\.?o\.?b|date\s+of\s+birth|birth\s*date|birthday|(?:no|nomor|nmr)\.?\s*(?:ktp|nik|id|paspor|pasport|passport)|e-?ktp|ktp|nik|id|paspor|pasport|passport(?:\s+no)?|pspt|exp(?:iry|ired|ires)?|berlaku(?:\s+(?:s\.?d|sampai|hingga))?)\.?$/i;

function withoutLabelTail(name: string): string {
  let rest = name.replace(/[\s,;:/|(=#-]+$/, "");
  for (let m = LABEL_TAIL.exec(rest); m; m = LABEL_TAIL.exec(rest)) {
    const shorter = rest.slice(0, m.index).replace(/[\s,;:/|(=#-]+$/, "");
    // A title alone is left: the label word was the name.
    const lead = leadingTitles(`${withoutMarker(shorter)} `);
    if (!/\p{L}/u.test(shorter) || (lead && lead.length >= withoutMarker(shorter).length)) break;
    rest = shorter;
  }
  return rest;
}

/**
 * The data pasted on a name's line, each part as typed, placed by the question it answers. Read
 * conservatively: a part whose place is not sure is `unread`, never guessed. Each question reads its
 * part with its own parser, as if typed there.
 */
export interface LineFields {
  /** The first date, before any document number. */
  birth?: string;
  /** A passport number: a letter or two, then 6 or more digits ("A1234567"). */
  passport?: string;
  /** A KTP/NIK: 16 digits. */
  ktp?: string;
  /** The date after the passport number. */
  expiry?: string;
  /** A country code ("ID") or name ("Indonesia", "WNI"). */
  nationality?: string;
  /** The parts whose question is not sure (a second birth date, a number of digits that is no KTP…), as typed. */
  unread?: string[];
}

/** Words around the data, as agents label it: "lahir 17-08-1990 paspor A1234567 exp 31-12-2031". */
const LABEL = /^(?:lahir|lhr|kelahiran|tgl|tanggal|dob|d\.?o\.?b|born|birth|birthdate|birthday|date|of|paspor|pasport|passport|pspt|no|nomor|nmr|number|ktp|e-?ktp|nik|exp|expiry|expired|expires|ed|doe|berlaku|habis|s\/d|sd|s\.d|hingga|sampai|until|valid|wn|kewarganegaraan|nationality|nat|-|\/|\|)$/i;
const PASSPORT = /^[a-z]{1,2}\d{6,}$/i;
const KTP = /^\d{16}$/;

type Part = { kind: "date" | "passport" | "ktp" | "words" | "other"; typed: string };

/**
 * The parts of a name line's data: `splitLineData`'s `extra` (a birth date, or an age: no date) or
 * `data` ("17-08-1990 A1234567 31-12-2031 ID"). The first date before any document number is the
 * birth date; a passport number then its expiry (the date right after it); a 16-digit KTP; letters
 * that name one country the nationality. Undefined: nothing of a passenger's data in it.
 */
export function readLineFields(split: { extra?: string; data?: string }): LineFields | undefined {
  if (split.extra !== undefined) {
    // "5 thn", "umur 3": an age, which is no birth date.
    return /\d\s*(?:thn|th|tahun|tahunan|bln|bulan|y|yo|yr|yrs|years?|months?|mo)(?: old)?\s*\)?$/i.test(split.extra) ? undefined : { birth: split.extra.trim() };
  }
  if (split.data === undefined || split.data.length > MAX_ANSWER) return undefined;
  const parts = partsOf(split.data);
  const fields: LineFields = {};
  const unread: string[] = [];
  const countries: string[] = [];
  let seenDocument = false;
  let afterPassport = false;
  for (const p of parts) {
    if (p.kind === "date") {
      if (!seenDocument && fields.birth === undefined) fields.birth = p.typed;
      else if (afterPassport && fields.expiry === undefined) fields.expiry = p.typed;
      else unread.push(p.typed);
      afterPassport = false;
      continue;
    }
    afterPassport = false;
    if (p.kind === "passport" || p.kind === "ktp") {
      seenDocument = true;
      if (p.kind === "passport" && fields.passport === undefined) {
        fields.passport = p.typed;
        afterPassport = true;
      } else if (p.kind === "ktp" && fields.ktp === undefined) fields.ktp = p.typed;
      else unread.push(p.typed);
      continue;
    }
    if (p.kind === "words" && parseNationality(p.typed)) countries.push(p.typed);
    else unread.push(p.typed);
  }
  // Two countries ("ID … MY"): which is the passport's is not sure.
  if (new Set(countries.map(parseNationality)).size === 1) fields.nationality = countries[0];
  else unread.push(...countries);
  if (unread.length > 0) fields.unread = unread;
  return Object.keys(fields).length > 0 ? fields : undefined;
}

/** The data's words, labels left out, dates of three words ("17 Agu 1990") and runs of letters ("Korea Selatan") kept together. */
function partsOf(data: string): Part[] {
  const all = data.split(/\s+/).map((w) => ({ w: w.replace(/^[,;:(]+|[,;:)]+$/g, ""), ends: /[,;]$/.test(w) }));
  // "ID 3174…": before a number, "ID" labels it (no nationality); "… 31-12-2031 ID" is Indonesia.
  const raw = all.filter(({ w }, k) => w && !LABEL.test(w.replace(/[.:]$/, "")) && !(/^id$/i.test(w) && DOCUMENT.test(all[k + 1]?.w ?? "")));
  const words = raw.map((r) => r.w);
  const parts: Part[] = [];
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!;
    const triple = words.slice(k, k + 3).join(" ");
    if (/^\d{1,2}$/.test(w) && /^[a-z]{3,9}\.?$/i.test(words[k + 1] ?? "") && /^\d{2,4}$/.test(words[k + 2] ?? "") && parseDocumentDate(triple)) {
      parts.push({ kind: "date", typed: triple });
      k += 2;
    } else if (DATE.test(w) || (/\d/.test(w) && /[a-z]/i.test(w) && parseDocumentDate(w))) parts.push({ kind: "date", typed: w });
    else if (PASSPORT.test(w)) parts.push({ kind: "passport", typed: w.toUpperCase() });
    else if (KTP.test(w)) parts.push({ kind: "ktp", typed: w });
    else if (/^\p{L}+$/u.test(w) && parts.at(-1)?.kind === "words" && !raw[k - 1]!.ends) parts.at(-1)!.typed += ` ${w}`;
    else if (/^\p{L}+$/u.test(w)) parts.push({ kind: "words", typed: w });
    else parts.push({ kind: "other", typed: w });
  }
  return parts;
}
