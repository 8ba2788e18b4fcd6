import { MAX_ANSWER } from "./answer-limit.js";
import { joinBareDataLines } from "./bare-data-lines.js";
import { joinLabelledBlocks } from "./labelled-blocks.js";
import { parseChildTitle } from "./passenger-parse.js";
import { airlineOrder, joinedNames, withoutEmoji, withoutMarker } from "./passenger-lines.js";
import { isChatLine, isHeading, isThanks } from "./pasted-chat-lines.js";
import { leadingTitles, titleWord } from "./title-words.js";

/** What was taken out of a pasted message because it is no name, said back with the names (headings and thanks are not). */
export type DroppedPart =
  | { kind: "phone"; text: string }
  /** "(ibunya)", "(L)": a note in brackets after the name. */
  | { kind: "note"; text: string }
  /** "NIK: 3174…", "Paspor: A123…": asked on their own when the airline needs them. */
  | { kind: "id"; text: string }
  /** "Tgl lahir: 17-08-1990". */
  | { kind: "birth"; text: string }
  /** "HP: 0812…", "Email: …": the contact is asked after the passengers. */
  | { kind: "contact"; text: string }
  /** "Alamat: …" and other labelled data a ticket doesn't carry. */
  | { kind: "other"; text: string }
  /** "besok berangkat ya kak", ", tolong dibantu": chat pasted with the names. */
  | { kind: "chat"; text: string };

/**
 * A message pasted from WhatsApp, read for names: a heading ("Nama penumpang:") and a thank-you line
 * ("mksh kak 🙏") are dropped; a "Nama:" label is dropped and its name kept; labelled data lines
 * (NIK, birth date, phone, address) and a phone number or a bracketed note after a name are taken out
 * and listed in `dropped`, to be said back, never kept in a name. A bracketed gender after a name
 * ("an. Bima Sakti (cowok)", "nadia putri (perempuan)") is no note: it is the child's Mstr/Miss, in
 * `genders` by line, so the boy/girl question is not asked.
 */
export function pastedNames(input: string): { lines: string[]; dropped: DroppedPart[]; genders?: ("Mstr" | "Miss" | undefined)[]; young?: (true | undefined)[] } {
  if (input.length > MAX_ANSWER * 9) return { lines: [input], dropped: [] };
  const dropped: DroppedPart[] = [];
  const kept: string[] = [];
  // "Nama: …" then "Tgl lahir: …", "No paspor: …" on lines of their own: one line per passenger, as if pasted on the name's line.
  // A birth date or KTP alone on the line under a name is that name's ("Tn Budi Santoso\n1-1-1980"), never a name of its own.
  const raws = joinLabelledBlocks(joinBareDataLines(input)).split(/\r?\n/).map(withoutEmoji).filter(Boolean);
  // A chat line is left out only beside a titled name: alone it is the answer, and is said to need a title.
  const titled = raws.some((l) => leadingTitles(withoutMarker(l.replace(NAME_LABEL, ""))));
  for (const line of raws) {
    if (isHeading(line) || isThanks(line)) continue;
    const data = labelledData(line);
    if (data) {
      dropped.push(data);
      continue;
    }
    if (titled && raws.length > 1 && isChatLine(line)) {
      dropped.push({ kind: "chat", text: line });
      continue;
    }
    const { line: name, chat } = withoutTrailingChat(line.replace(NAME_LABEL, ""));
    if (chat) dropped.push({ kind: "chat", text: chat });
    kept.push(name);
  }
  const cleaned = kept.flatMap(joinedNames).map(airlineOrder).map((line) => {
    const clean = withoutPhoneOrNote(line);
    dropped.push(...clean.dropped);
    return clean;
  }).filter((c) => c.line);
  const lines = cleaned.map((c) => c.line);
  return {
    lines,
    dropped,
    ...(cleaned.some((c) => c.gender) ? { genders: cleaned.map((c) => c.gender) } : {}),
    ...(cleaned.some((c) => c.young) ? { young: cleaned.map((c) => c.young) } : {}),
  };
}

/** A child's gender typed last on the name's line without brackets, "anak" before it or not. */
const GENDER_TAIL = /(?<![\s,])[\s,]+(?:(anak|an)\s+)?(laki[\s-]?laki|laki2|lelaki|pria|perempuan|prempuan|wanita|cowok|cowo|cewek|cewe)\.?$/i;

/** "(anak)", "(child)", "(anak-anak)": the passenger is a child, said after the name; the title may be a grown-up's ("Nn"). */
const YOUNG_NOTE = /^(?:anak(?:[\s-]*anak|2)?|anaknya|ank|child|kid|chd)$/i;
/** "(anak laki-laki)", "(anak cewek)": a child's gender, with the word that says it is a child. */
const YOUNG_LEAD = /^(?:anak|anaknya|ank|child)\s/i;

/**
 * "Nama:", "Nama lengkap -", "Name:", "Nama penumpang:", "Pax names:", "Passenger names:", "Names:", "Pax:"
 * before a name: the label goes, the name stays (only as the line's lead, and only with its ":", "=" or "-").
 */
const NAME_LABEL = /^(?:\d{1,2}\s*[.)]\s*)?(?:nama(?:\s+lengkap)?(?:\s+(?:penumpang|pax|tamu))?|(?:pax|passengers?|guests?)(?:\s+(?:full\s*)?names?)?|(?:full\s*)?names?)\s*[:=-]\s*/i;

/** "Mr Budi Santoso, Mrs Siti Aminah, tolong dibantu": the chat after the last comma goes, and is said. */
function withoutTrailingChat(line: string): { line: string; chat?: string } {
  const m = /^(.+?)\s*,\s*([^,]+)$/.exec(line);
  if (!m || !leadingTitles(withoutMarker(m[1]!))) return { line };
  const tail = m[2]!.trim();
  return isThanks(tail) || isChatLine(tail) ? { line: m[1]!, chat: tail } : { line };
}

/** A labelled line of data that is no name: "NIK: 3174…", "Tgl lahir: 17-08-1990", "HP 0812…", "Alamat: …". */
function labelledData(line: string): DroppedPart | undefined {
  const t = withoutMarker(line);
  if (/^(?:no\.?\s*|nomor\s+)?(?:nik|e-?ktp|ktp|paspor|passport|no\.?\s*paspor|kitas)\b\s*(?:no\.?\s*)?[:.=#-]?\s*[a-z]?\d/i.test(t)) return { kind: "id", text: t };
  if (/^(?:tgl\.?|tanggal)\s*lahir\b|^(?:ttl|lahir|lhr|dob|date\s+of\s+birth|birth\s*date|umur|usia|age)\s*[:.=-]/i.test(t)) return { kind: "birth", text: t.replace(/^[^:=]*[:=]\s*/, "") };
  // "TTL Jakarta 17-08-1990" (tempat, tanggal lahir) without a colon: the place and the date.
  const ttl = /^(?:ttl|tempat\s*[,/]?\s*tgl\.?\s*lahir|dob)\s+([\p{L} ,.]{0,30}?\d{1,2}[-/. ]\S{1,9}[-/. ]\d{2,4})\s*$/iu.exec(t);
  if (ttl) return { kind: "birth", text: ttl[1]!.trim() };
  if (/^(?:no\.?\s*)?(?:hp|wa|whatsapp|telp|telepon|tlp|phone|mobile|e-?mail|surel)\b\s*[:.=-]?\s*\S/i.test(t) && /[\d@]/.test(t)) return { kind: "contact", text: t };
  if (/^(?:alamat|address|jk|jenis\s+kelamin|gender|kewarganegaraan|nationality|agama|pekerjaan|status)\s*[:=]/i.test(t)) return { kind: "other", text: t };
  return undefined;
}

/**
 * An Indonesian mobile number in a line, with a label before it ("hp", "wa:") and "(wa)" after it; never
 * a date ("08-08-2030") nor digits that go on from a date before it ("17-08-1990 31-12-2031").
 */
const PHONE_IN_LINE = /[\s,;-]*(?:\(?\b(?:hp|wa|whatsapp|telp|tlp|phone|no\.?\s*hp|no)\b\.?:?\s*)?(?<![\d/.-])(?!\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}\b)(?:\+?62|\b0)\s?8[\d\s.-]{6,16}\d\)?(?:\s*\((?:wa|hp|whatsapp)\))?/gi;

/** "Tn Budi Santoso 081234567890", "Ny. Siti Aminah (ibunya)": the phone and the note come out of the name. */
function withoutPhoneOrNote(line: string): { line: string; dropped: DroppedPart[]; gender?: "Mstr" | "Miss"; young?: true } {
  const dropped: DroppedPart[] = [];
  let gender: "Mstr" | "Miss" | undefined;
  let young: true | undefined;
  let titleAfter: string | undefined;
  let rest = line.replace(PHONE_IN_LINE, (m) => {
    dropped.push({ kind: "phone", text: m.replace(/^[\s,;-]+/, "").trim() });
    return " ";
  });
  // A note in brackets after the name, unless it holds an age or a date (splitTrailingDate says those);
  // before the data pasted after it too ("5. an. Bima Sakti (cowok) 12-3-2019"). A gender is the child's title
  // ("(anak laki2)" too, its "2" no age); "(anak)" says a child, who takes a child's place (read-names.ts).
  rest = rest.replace(/\s*\(([^()]{1,40})\)\s*(?=$|[\s,;]*\d)/, (m, note: string) => {
    // "Budi Santoso (Tn)": the title written after the name, put before it (a second one after a title goes);
    // "(anak)" says no gender: a child's mark (below).
    const title = titleWord(note.trim().replace(/\.$/, ""));
    if (title && title !== "child" && title !== "adult") {
      titleAfter = note.trim();
      return " ";
    }
    const g = parseChildTitle(note);
    if (!g && /\d/.test(note)) return m;
    if (g) gender = g;
    if (YOUNG_NOTE.test(note.trim()) || (g && YOUNG_LEAD.test(note.trim()))) young = true;
    else if (!g) dropped.push({ kind: "note", text: `(${note.trim()})` });
    return " ";
  });
  // "Nn Ani Lestari 5/6/2015 anak": the word last on the line, without brackets, after a name of its own.
  rest = rest.trimEnd();
  const tail = /\s(?:anak|child)\.?$/i.exec(rest);
  if (tail && /\p{L}\S*\s+\S/u.test(rest.slice(0, tail.index).trim())) {
    young = true;
    rest = rest.slice(0, tail.index);
  }
  // "Raka Santoso laki2", "Nadia cewek", "Raka anak laki-laki": a child's gender last on the line, without
  // brackets ("putra"/"putri" are names too: only in brackets).
  const said = GENDER_TAIL.exec(rest);
  if (said && /\p{L}/u.test(rest.slice(0, said.index))) {
    gender ??= parseChildTitle(said[2]!);
    if (said[1]) young = true;
    rest = rest.slice(0, said.index);
  }
  if (titleAfter) {
    const marker = /^(?:\d{1,2}\s*[.)]|[-\u2022*])?\s*/.exec(rest)![0];
    if (!leadingTitles(withoutMarker(rest))) rest = `${marker}${titleAfter} ${rest.slice(marker.length)}`;
  }
  const clean = rest.replace(/\s+/g, " ").replace(/[\s,;-]+$/, "").trim();
  return { line: clean, dropped, ...(gender ? { gender } : {}), ...(young ? { young } : {}) };
}
