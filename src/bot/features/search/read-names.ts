import type { PassengerInput } from "../../../domain/passenger.js";
import { TITLES_BY_TYPE } from "../../../domain/passenger.js";
import { parseTitledName } from "../../../domain/passenger-parse.js";
import { changeRequest } from "../../../domain/change-request.js";
import { chatWords, isWrittenAsTitledName } from "../../../domain/passenger-chat-words.js";
import { pastedNames } from "../../../domain/pasted-names.js";
import { placeNames, type AgeMark } from "../../../domain/place-names.js";
import { lineAgeType } from "../../../domain/line-age-type.js";
import { readLineFields, splitLineData, type LineFields } from "../../../domain/name-line-data.js";
import { isDatePhrase } from "../../../domain/travel-date.js";
import { isQuestionAtName } from "../../../domain/name-prompt-question.js";
import { parseBirthDate } from "../../../domain/birth-date-input.js";
import { withoutBirthLabel } from "../../../domain/document-date-readings.js";
import { isBareDataLine } from "../../../domain/bare-data-lines.js";
import type { ConvoContext } from "../../context.js";
import { escapeHtml } from "../../../presenters/html.js";
import type { Parsed } from "./ask.js";
import { changeHint, droppedNote, inGroup, lineDataNote, lineProblem, nameProblem } from "./name-hints.js";
import { shortQuote } from "../../../presenters/short-quote.js";

export type Named = Pick<PassengerInput, "type" | "title" | "fullName"> & {
  /**
   * The personal data pasted on the name's line (private chat only), as typed: each answers its own
   * question, read there as if typed (personal-details.ts). Never part of the passenger sent on.
   */
  pasted?: LineFields;
};

export type Taken = Named & { singleName?: boolean };

/** A child's (or a Dr.'s) name placed in slot `first + offset`, still needing its title. */
export interface Untitled {
  offset: number;
  fullName: string;
  singleName?: boolean;
}

/** A name read with chat words in it ("Mrs Nya Minta Ganti Tanggal"): taken only when the agent says it is the name. */
export interface Doubtful {
  offset: number;
  /** As typed, with its title (without one while Mstr/Miss is still to be asked): "Mrs Dulu". */
  shown: string;
  words: string[];
  /** A one-word name: the airline gets it twice (DULU DULU), said in the question. */
  sent?: string;
}

/** What one answer to the name question gave: names by slot from `first` on, and the ones still needing Mstr or Miss. */
export interface NameBatch {
  named: (Taken | undefined)[];
  untitled: Untitled[];
  /** Names asked about before they are taken. */
  doubtful: Doubtful[];
  /** The lines that were not taken, each with its problem, said with the next question. */
  problem?: string;
  /** Names went to other places than one after the other as pasted: the note numbers them. */
  moved?: boolean;
  /** By offset from `first`: the data pasted on that name's line, to answer its own questions. */
  pasted?: (LineFields | undefined)[];
}

/**
 * Reads one name, or several pasted one per line. They fill the passengers from `first` on by their
 * titles, whatever the order pasted (an adult's title an adult's place, An./Mstr/Miss a child's,
 * By. an infant's), the places not named yet before the ones named earlier. Lines not taken are said,
 * each with its line; none is dropped silently. The asked passenger must be among the names taken.
 */
export function readNames(ctx: ConvoContext, text: string, slots: readonly PassengerInput["type"][], first: number, given: readonly (Named | undefined)[], n = first + 1, reuse?: (type: PassengerInput["type"]) => boolean, flight?: FlightAges): Parsed<NameBatch> {
  // "ganti tgl 10", "eh salah, ke lombok": a change of the search typed here is said how to make, never read as a name.
  const change = changeRequest(text.trim());
  if (change) return { ok: false, hint: changeHint(ctx, text, change, slots[first]!, n) };
  // "1-1-1980", "lahir 12 maret 1985", "dob 12/03/85": a past date alone (its label aside) is a birth date, never
  // the flight's date nor a name; typed with the name it is kept. In a group it is never quoted back.
  if (!text.trim().includes("\n") && pastBirthDate(text.trim())) {
    const typed = withoutBirthLabel(text);
    return { ok: false, hint: ctx.t("input-name-looks-like-birth-date", { text: inGroup(ctx) ? "…" : escapeHtml(shortQuote(typed)), n, example: ctx.t(`input-pax-example-${slots[first]!}`) }) };
  }
  // Headings, thank-you lines and labelled data (NIK, birth date, phone) pasted with the names are no names.
  const pasted = pastedNames(text);
  // In a group every birth date is one same note, said once.
  const dropped = [...new Set(pasted.dropped.map((d) => droppedNote(ctx, d)))];
  // A birth date or age after a name is not part of it, nor a passport pasted on its line: the name is
  // taken; in a private chat the rest answers that passenger's own questions (`reuse`: the flight asks
  // them), else it is asked on its own (in a group, through the private link; never quoted there).
  const split = pasted.lines.map(splitLineData);
  const lines = split.map((l) => l.name);
  const left = slots.length - first;
  if (lines.length === 0) return { ok: false, hint: [...dropped, nameProblem(ctx, { ok: false, reason: "no_title", allowed: TITLES_BY_TYPE[slots[first]!] }, slots[first]!)].join("\n") };
  if (lines.length > left) return { ok: false, hint: ctx.t("input-names-too-many", { sent: lines.length, left }) };
  const later = slots.map((_, i) => i).filter((i) => i > first);
  const free = [first, ...later.filter((i) => !given[i]), ...later.filter((i) => given[i])];
  // "Nn Ani Lestari 5/6/2015 (anak)": a child by her note and birth date, placed in a child's place as Miss.
  const ages = split.map((l, k) => ageMark(l, pasted.young?.[k], flight));
  const { placed, unplaced } = placeNames(lines, slots, free, ages);
  const problems = unplaced.map((u) => lineProblem(ctx, lines[u.line]!, u.line, lines.length, u.problem, u.type));
  // One child's line at an adult's question: the adult is still to be named (the child is placed only with them).
  const young = lines.length === 1 ? placed.find((p) => p.byAge && p.slot !== first) : undefined;
  if (young) {
    return { ok: false, hint: [...dropped, ctx.t("input-names-young-not-asked", { name: escapeHtml(young.answer.fullName), type: ctx.t(`pax-type-${slots[young.slot]!}`), asked: ctx.t(`pax-type-${slots[first]!}`), n, example: ctx.t(`input-pax-example-${slots[first]!}`) })].join("\n") };
  }
  if (!placed.some((p) => p.slot === first)) {
    // Nothing for the passenger asked: one line is read as their answer ("Mr Adi" for a child: the child's
    // titles); of several, what is wrong with the lines, else why the first isn't theirs.
    const r = parseTitledName(lines[0]!, slots[first]!);
    const example = ctx.t(`input-pax-example-${slots[first]!}`);
    // "bagasi brp?", "etiket dong": a question typed here is no name; said to be asked again later, the name asked now.
    if (lines.length === 1 && !r.ok && isQuestionAtName(text)) return { ok: false, hint: ctx.t("input-name-question-later", { text: escapeHtml(shortQuote(text.trim())), n, example }) };
    // "25 des", "besok": a date typed here (the agent thinking of the flight's date) is no name.
    if (lines.length === 1 && !r.ok && r.reason === "no_title" && looksLikeDate(lines[0]!)) {
      return { ok: false, hint: ctx.t("input-name-looks-like-date", { text: escapeHtml(shortQuote(lines[0]!)), example: ctx.t(`input-pax-example-${slots[first]!}`) }) };
    }
    const said = (hint: string) => ({ ok: false as const, hint: [...dropped, hint].join("\n") });
    if (lines.length === 1 && !r.ok) return said(lineProblem(ctx, lines[0]!, 0, 1, r.reason === "gender" ? { ...r, reason: "wrong_title" } : r, slots[first]!));
    if (problems.length > 0) return said(problems.join("\n"));
    return said(r.ok ? ctx.t("input-names-no-place", { type: ctx.t(`pax-type-${slots[first]!}`) }) : lineProblem(ctx, lines[0]!, 0, lines.length, r.reason === "gender" ? { ...r, reason: "wrong_title" } : r, slots[first]!));
  }
  const twin = sameNameTwice(placed.map((p) => ({ slot: p.slot, fullName: p.answer.fullName })), slots, given);
  if (twin) return { ok: false, hint: ctx.t("input-name-twice", { name: escapeHtml(twin.fullName), n: twin.earlier + 1 }) };
  const batch: NameBatch = { named: Array<Taken | undefined>(left).fill(undefined), untitled: [], doubtful: [] };
  for (const { slot, answer, line } of [...placed].sort((a, b) => a.slot - b.slot)) {
    const single = answer.singleName ? { singleName: true } : {};
    // "an. Bima Sakti (cowok)": the bracketed gender is the child's title, not asked again.
    const gender = slots[slot] === "adult" || answer.ok ? undefined : pasted.genders?.[line];
    if (answer.ok) batch.named[slot - first] = { type: slots[slot]!, title: answer.title, fullName: answer.fullName, ...single };
    else if (gender) batch.named[slot - first] = { type: slots[slot]!, title: gender, fullName: answer.fullName, ...single };
    else batch.untitled.push({ offset: slot - first, fullName: answer.fullName, ...single });
    // "Mr nanti dulu", "ibu nya nyusul ya kak": chat, not a name; asked before it can reach a ticket.
    // "Tn Lagi Sitompul": after a formal title, a chat word that is a name too is the name's (passenger-chat-words `chatWords`).
    const words = chatWords(answer.fullName, isWrittenAsTitledName(lines[line]!));
    if (words.length > 0) {
      const name = answer.singleName ? answer.fullName.split(" ")[0]! : answer.fullName;
      batch.doubtful.push({ offset: slot - first, shown: answer.ok ? `${answer.title} ${name}` : name, words, ...(answer.singleName ? { sent: answer.fullName.toUpperCase() } : {}) });
    }
  }
  problems.unshift(...dropped);
  // The lines whose data answers the passenger's questions: said with those questions, not here.
  const reused = new Set<number>();
  if (reuse && !inGroup(ctx)) {
    for (const { slot, line } of placed) {
      // A birth date typed on the line is kept even when the flight asks none for this passenger (it
      // is checked against their type's age and sent along: MMBC takes birth dates when everyone has
      // one); with it, the rest of the line is said as not needed (personal-details.ts).
      const read = readLineFields(split[line]!);
      const fields = reuse(slots[slot]!) || read?.birth !== undefined ? read : undefined;
      // Only parts whose question is not sure: nothing to answer with, said as before.
      if (!fields || Object.keys(fields).every((k) => k === "unread")) continue;
      (batch.pasted ??= Array<LineFields | undefined>(left).fill(undefined))[slot - first] = fields;
      reused.add(line);
    }
  }
  const data = lineDataNote(ctx, split.filter((_, k) => !reused.has(k)));
  if (data && !problems.includes(data)) problems.push(data);
  if (problems.length > 0) batch.problem = problems.join("\n");
  if (placed.some((p, k) => p.slot !== first + k)) batch.moved = true;
  return { ok: true, value: batch };
}

/** The flight's date and the age from which its provider counts an adult: a birth date on a name's line says the passenger's type. */
export interface FlightAges {
  date: string;
  adultFrom: number;
}

/** What a line says of its passenger's age: by its birth date or age on the flight's date, and a child's "(anak)". */
function ageMark(split: { extra?: string; data?: string }, said: true | undefined, flight: FlightAges | undefined): AgeMark | undefined {
  const byDate = flight && lineAgeType(split, flight.date, flight.adultFrom);
  if (said) return { type: byDate && byDate !== "adult" ? byDate : "child", said };
  return byDate ? { type: byDate } : undefined;
}

/**
 * A date alone that is already past ("1-1-1980", "12 mar 87"): a birth date, not a flight's. Read here, today
 * only chooses which refusal is said (both ask the name again): the clock read decides nothing a replay does.
 * Where the date is kept (birth-date-typed-late.ts), `today` is the answer's own date.
 */
export function pastBirthDate(typed: string, today = new Date().toISOString().slice(0, 10)): string | undefined {
  // "lahir 12 maret 1985", "tgl lahirnya 12/3/85": the label says what the date is.
  const line = withoutBirthLabel(typed);
  if (!isBareDataLine(line) || /^\D*\d{6,}\D*$/.test(line)) return undefined;
  const date = parseBirthDate(line, today);
  return date !== undefined && date < today ? date : undefined;
}

/** A date or day ("25 des", "besok", "19-12-2026"), not a bare number (a party size typed late). */
function looksLikeDate(line: string): boolean {
  return !/^\s*\d+\s*$/.test(line) && isDatePhrase(line);
}

/**
 * A name given twice for the same kind of passenger (pasted twice, or typed again for the next one):
 * one person can't fly twice on a booking, and airlines refuse the same name twice in one. A father and
 * his son of the same name are an adult and a child, so they don't count.
 */
function sameNameTwice(placed: readonly { slot: number; fullName: string }[], slots: readonly PassengerInput["type"][], given: readonly (Named | undefined)[]): { fullName: string; earlier: number } | undefined {
  const key = (fullName: string) => fullName.toLowerCase().replace(/\s+/g, " ").trim();
  const seen = new Map<string, number>();
  given.forEach((g, i) => {
    if (g && !placed.some((p) => p.slot === i)) seen.set(`${slots[i]}|${key(g.fullName)}`, i);
  });
  for (const p of [...placed].sort((a, b) => a.slot - b.slot)) {
    const k = `${slots[p.slot]}|${key(p.fullName)}`;
    const earlier = seen.get(k);
    if (earlier !== undefined) return { fullName: p.fullName, earlier };
    seen.set(k, p.slot);
  }
  return undefined;
}
