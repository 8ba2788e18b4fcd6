import type { PassengerType } from "./passenger.js";
import { parseTitledName, type NameAnswer } from "./passenger-parse.js";
import { withoutMarker } from "./passenger-lines.js";
import { effectiveTitle, leadingTitles } from "./title-words.js";
import { chatWords } from "./passenger-chat-words.js";
import { isQuestionAtName } from "./name-prompt-question.js";
import { isKnownPlace } from "./airport-match.js";

/**
 * "Nadia Putri", "Rafi" for a child's or infant's place: agents often leave a child's title out. Read as
 * "An. Nadia Putri" (the boy/girl question follows), never "start with a title" — unless the words are
 * chat, a question or a place ("lombok"), which stay untitled and said so.
 */
function untitledYoung(text: string, type: PassengerType): NameAnswer | undefined {
  if (type === "adult" || leadingTitles(withoutMarker(text))) return undefined;
  const line = withoutMarker(text).trim();
  if (!/^[\p{L}' .-]+$/u.test(line) || line.split(/\s+/).length > 4 || chatWords(line).length > 0 || isQuestionAtName(line) || isKnownPlace(line)) return undefined;
  const answer = parseTitledName(`${type === "infant" ? "By" : "An"} ${line}`, type);
  return !answer.ok && answer.reason === "gender" ? answer : undefined;
}

/**
 * The passenger types a line's title fits, the likeliest first: Mstr and Miss a child or an infant
 * (Miss also a woman, as Ms), "By."/"Bayi" an infant first; Nn/Ms a woman first (a girl too).
 * Undefined: no title to go by.
 */
function typesFor(line: string): PassengerType[] | undefined {
  const lead = leadingTitles(withoutMarker(line));
  const title = lead && effectiveTitle(lead.words);
  if (!lead || !title) return undefined;
  if (lead.words[0] === "by" || lead.words[0] === "bayi" || lead.words[0] === "byi") return ["infant", "child"];
  if (title === "Mstr" || title === "child") return ["child", "infant"];
  if (title === "Miss") return ["child", "infant", "adult"];
  if (title === "Ms") return ["adult", "child", "infant"];
  return ["adult"];
}

export interface PlacedName {
  /** Index of the line in the pasted list. */
  line: number;
  slot: number;
  /** Placed by the age its line says ("(anak)", a birth date), not by its title. */
  byAge?: true;
  /** Taken, or waiting for Mstr/Miss (Mr/Mrs/Ms after Dr.). */
  answer: Extract<NameAnswer, { ok: true } | { reason: "gender" }>;
}

export interface UnplacedName {
  line: number;
  /** The type the line was read for: its titles, and the example, are that type's ("Mstr Dimas Pratama" for a child's). */
  type: PassengerType;
  /**
   * What is wrong with the line, or "no_place": every passenger of its type is named already; `absent`:
   * the party has no passenger of its type at all ("Mstr Tom" on a booking of adults).
   */
  problem: Exclude<NameAnswer, { ok: true } | { reason: "gender" }> | { reason: "no_place"; type: PassengerType; absent?: true };
}

/**
 * Pasted names placed in the party by their titles, whatever order they come in: each line takes the
 * first free slot (in `free`'s order) of the type its title says — "Tn" an adult's, "An."/"Mstr" a
 * child's, "By." an infant's. A line without a title is read as for the first free slot, to say what
 * is wrong with it. Every line ends placed or unplaced, never dropped.
 */
export function placeNames(lines: readonly string[], slots: readonly PassengerType[], free: readonly number[], ages: readonly (AgeMark | undefined)[] = []): { placed: PlacedName[]; unplaced: UnplacedName[] } {
  const open = [...free];
  const placed: PlacedName[] = [];
  const unplaced: UnplacedName[] = [];
  lines.forEach((text, line) => {
    const young = youngLine(text, ages[line], slots, open);
    if (young && "slot" in young) {
      open.splice(open.indexOf(young.slot), 1);
      return void placed.push({ line, slot: young.slot, answer: young.answer, byAge: true });
    }
    if (young) return void unplaced.push({ line, type: young.type, problem: young.problem });
    const types = typesFor(text) ?? [slots[open[0] ?? free[0]!]!];
    const slot = types.map((t) => open.find((i) => slots[i] === t)).find((i) => i !== undefined);
    const type = slot === undefined ? types[0]! : slots[slot]!;
    const answer = (slot !== undefined && untitledYoung(text, type)) || parseTitledName(text, type);
    if (!answer.ok && answer.reason !== "gender") return void unplaced.push({ line, type, problem: answer });
    if (slot === undefined) {
      const absent = !types.some((t) => slots.includes(t));
      return void unplaced.push({ line, type, problem: { reason: "no_place", type: absent ? types[0]! : types.find((t) => slots.includes(t))!, ...(absent ? { absent: true as const } : {}) } });
    }
    open.splice(open.indexOf(slot), 1);
    placed.push({ line, slot, answer });
  });
  return { placed, unplaced };
}

/**
 * What a line says of its passenger's age, besides the title: `type` by the birth date (or age) on it on the
 * flight's date, or a child's "(anak)"; `said`: "(anak)" typed, which no title overrules.
 */
export interface AgeMark {
  type: PassengerType;
  said?: true;
}

/** A grown-up's title on a young passenger's line: "Tn" a boy's Mstr, "Nn" a girl's Miss (and "Ny" one said to be a child). */
const YOUNG_TITLE: Partial<Record<string, "Mstr" | "Miss">> = { Mr: "Mstr", Ms: "Miss", Miss: "Miss", Mstr: "Mstr" };

/**
 * "Nn Ani Lestari 5/6/2015 (anak)" in a party with a child's place: a child by her birth date and her note,
 * placed in the child's place as Miss Ani Lestari, not in an adult's ("Tn" → Mstr, "Nn" → Miss; no title,
 * or An., the boy/girl question follows). Undefined: the line goes by its title (no age said, a title that
 * can't be a child's such as Dr., or no free place of that type while only the birth date says it: the
 * birth question then says the age and the way to change the party). `said` with no free place: refused.
 */
function youngLine(text: string, age: AgeMark | undefined, slots: readonly PassengerType[], open: readonly number[]): { slot: number; answer: PlacedName["answer"] } | { type: PassengerType; problem: UnplacedName["problem"] } | undefined {
  if (!age || age.type === "adult") return undefined;
  const lead = leadingTitles(withoutMarker(text));
  const title = lead && effectiveTitle(lead.words);
  const young = !title || title === "child" ? undefined : title === "Mrs" ? (age.said ? "Miss" : undefined) : YOUNG_TITLE[title];
  if (title && title !== "child" && !young) return undefined;
  // A child's "(anak)" with a baby's birth date goes to the infant's place, and the other way round when one is free.
  const types: PassengerType[] = age.type === "infant" ? ["infant", "child"] : ["child", "infant"];
  const slot = (age.said ? types : [age.type]).map((t) => open.find((i) => slots[i] === t)).find((i) => i !== undefined);
  if (slot === undefined) {
    if (!age.said) return undefined;
    const absent = !types.some((t) => slots.includes(t));
    return { type: age.type, problem: { reason: "no_place", type: age.type, ...(absent ? { absent: true as const } : {}) } };
  }
  const name = lead ? withoutMarker(text).slice(lead.length) : withoutMarker(text);
  const answer = parseTitledName(`${young ?? (slots[slot] === "infant" ? "By" : "An")} ${name}`, slots[slot]!);
  return answer.ok || answer.reason === "gender" ? { slot, answer } : { type: slots[slot]!, problem: answer };
}
