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
  /** Taken, or waiting for Mstr/Miss (Mr/Mrs/Ms after Dr.). */
  answer: Extract<NameAnswer, { ok: true } | { reason: "gender" }>;
}

export interface UnplacedName {
  line: number;
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
export function placeNames(lines: readonly string[], slots: readonly PassengerType[], free: readonly number[]): { placed: PlacedName[]; unplaced: UnplacedName[] } {
  const open = [...free];
  const placed: PlacedName[] = [];
  const unplaced: UnplacedName[] = [];
  lines.forEach((text, line) => {
    const types = typesFor(text) ?? [slots[open[0] ?? free[0]!]!];
    const slot = types.map((t) => open.find((i) => slots[i] === t)).find((i) => i !== undefined);
    const type = slot === undefined ? types[0]! : slots[slot]!;
    const answer = (slot !== undefined && untitledYoung(text, type)) || parseTitledName(text, type);
    if (!answer.ok && answer.reason !== "gender") return void unplaced.push({ line, problem: answer });
    if (slot === undefined) {
      const absent = !types.some((t) => slots.includes(t));
      return void unplaced.push({ line, problem: { reason: "no_place", type: absent ? types[0]! : types.find((t) => slots.includes(t))!, ...(absent ? { absent: true as const } : {}) } });
    }
    open.splice(open.indexOf(slot), 1);
    placed.push({ line, slot, answer });
  });
  return { placed, unplaced };
}
