import { MAX_ANSWER } from "../../../domain/answer-limit.js";
import { changeRequest, type ChangeTarget } from "../../../domain/change-request.js";
import { parseEmail, parsePhone } from "../../../domain/contact-input.js";
import { hasFormalTitle } from "../../../domain/passenger-chat-words.js";
import type { PaxCount } from "../../../domain/passenger.js";
import { readResultsRequest } from "../../../domain/results-request.js";
import { parseTravelDate } from "../../../domain/travel-date.js";

/**
 * What an agent types at the live price card besides its buttons' words: another date or party (searched
 * again, as the results list does with them), a change the card can't make itself (`what`: how it is
 * made is said), or a passenger's name or the contact typed a step early.
 */
export type CardWords =
  | { kind: "date"; date: string }
  /** `add`: joins the party searched for ("+ bayi", "tambah 1 anak"), as at the results. */
  | { kind: "party"; pax: PaxCount; add?: true }
  | { kind: "change"; what: ChangeTarget }
  | { kind: "name" }
  | { kind: "contact" };

/** "ke"/"to" lead the new value ("ganti ke tgl 26", "change it to 3 pax"): they name no route there. */
const TO = new Set(["ke", "to"]);
/** English words between the change word and the new value: "change the date to", "change it to". */
const ARTICLES = new Set(["the", "it", "a"]);

/** A word that only says a change is asked: "ganti", "tgl", "eh", "dong", "change", "date". */
const isChangeWord = (w: string) => TO.has(w.toLowerCase()) || ARTICLES.has(w.toLowerCase()) || changeRequest(`ganti ${w}`) !== undefined;

/**
 * A new date or party, read as the results list reads it (`readResultsRequest`: "tgl 26", "jadi 3 org",
 * "besok aja", "2 dws 1 ank"), also after words that only ask for the change ("eh ganti tgl 26",
 * "change date to the 26th", "change to 3 pax"). Those words must all be change words and agree with
 * the reading: "ganti tujuan ke lombok besok" drops a destination and is not read as "besok";
 * "ganti nama 26" is no date. After "ganti tgl" a day alone is the day ("the 26th"), never a flight.
 */
function newDateOrParty(text: string, today: string): Extract<CardWords, { kind: "date" | "party" }> | undefined {
  const words = text.trim().split(/\s+/);
  for (let i = 0; i < words.length; i++) {
    // The words before the reading grow by one each time: at the first that is no change word, nothing is read.
    if (i > 0 && !isChangeWord(words[i - 1]!)) return undefined;
    const asked = words.slice(0, i).filter((w) => !TO.has(w.toLowerCase()) && !ARTICLES.has(w.toLowerCase()));
    const rest = words.slice(i).join(" ");
    const target = i === 0 ? "any" : changeRequest(asked.join(" "));
    if (target !== "any" && target !== "date" && target !== "party") continue;
    const r = readResultsRequest(rest, { airlines: [], today });
    if ((r?.kind === "date" || r?.kind === "party") && (target === "any" || target === r.kind)) return r;
    if (i > 0 && target !== "party") {
      const date = parseTravelDate(rest, today);
      if (date.ok) return { kind: "date", date: date.date };
    }
  }
  return undefined;
}

/**
 * Reads a line typed at the live price card (its buttons' own words and questions about the flight are
 * read by the step first). `today`: the local date, for the dates.
 */
export function readCardWords(text: string, today: string): CardWords | undefined {
  const trimmed = text.trim();
  // "Tn Budi Santoso", or a list of them pasted: names come at the next step, never read as a change.
  if (trimmed.split("\n").some((line) => hasFormalTitle(line) && line.trim().split(/\s+/).length >= 2)) return { kind: "name" };
  // Longer than any change or contact: a pasted message, left to the step's hint.
  if (trimmed.length > MAX_ANSWER) return undefined;
  if (parsePhone(trimmed) || parseEmail(trimmed)) return { kind: "contact" };
  const change = newDateOrParty(trimmed, today);
  if (change) return change;
  const what = changeRequest(trimmed);
  return what ? { kind: "change", what } : undefined;
}
