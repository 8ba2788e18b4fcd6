import { MAX_ANSWER } from "../../../domain/answer-limit.js";
import type { TimeOfDay } from "../../../domain/flight.js";
import { changeRequest, type ChangeTarget } from "../../../domain/change-request.js";
import { parseEmail, parsePhone } from "../../../domain/contact-input.js";
import { hasFormalTitle } from "../../../domain/passenger-chat-words.js";
import { totalPax, type PaxCount } from "../../../domain/passenger.js";
import { isPaxTypeWord, parsePax } from "../../../domain/pax-parse.js";
import { withoutFillers } from "../../../domain/answer-fillers.js";
import { readResultsRequest } from "../../../domain/results-request.js";
import { parseTravelDate } from "../../../domain/travel-date.js";

/**
 * What an agent types at the live price card besides its buttons' words: another date or party (searched
 * again, as the results list does with them), a change the card can't make itself (`what`: how it is
 * made is said), or a passenger's name or the contact typed a step early.
 */
export type CardWords =
  /** `time`: a time of day typed after it ("besok pagi"): the new list opens filtered to it. */
  | { kind: "date"; date: string; time?: TimeOfDay }
  /** A day already gone ("kemarin", "change date to yesterday"): said so, as the search says it. */
  | { kind: "past" }
  /** `add`: joins the party searched for ("+ bayi", "tambah 1 anak"), as at the results. */
  | { kind: "party"; pax: PaxCount; add?: true }
  | { kind: "change"; what: ChangeTarget }
  | { kind: "name" }
  | { kind: "contact" };

/** "ke"/"to" lead the new value ("ganti ke tgl 26", "change it to 3 pax"): they name no route there. */
const TO = new Set(["ke", "to"]);
/** English words between the change word and the new value: "change the date to", "change it to". */
const ARTICLES = new Set(["the", "it", "a"]);
/** "make it 3 pax": asks the change as "change" does (the shared change words don't hold it: "make" names no change elsewhere). */
const MAKE = new Set(["make"]);

/** A word that only says a change is asked: "ganti", "tgl", "eh", "dong", "change", "date", "make". */
export const isChangeWord = (w: string) => TO.has(w.toLowerCase()) || ARTICLES.has(w.toLowerCase()) || MAKE.has(w.toLowerCase()) || changeRequest(`ganti ${w}`) !== undefined;

/** What the words before the value ask to change, "make" read as "change"; undefined without a change verb ("eh", "ok"). */
export const askedTarget = (asked: readonly string[]) => changeRequest(asked.map((w) => (MAKE.has(w.toLowerCase()) ? "ganti" : w)).join(" "));

/** A hurried question after the change: "tgl 26 bisa?", "jadi 3 org ya", "jadi 3 bisa gak kak". */
const ASKING_TAIL = /\s+(?:bisa(?:kah)?|bisa\s+(?:gak|ga|gk|nggak|ngga|kah|ya|kak|dong|gk\s+kak|ga\s+kak|gak\s+kak)|boleh|gimana|gmn|can you|possible)$/;
function withoutAskingTail(text: string): string {
  let t = text.trim().replace(/[?!.]+$/, "").trim();
  for (;;) {
    const next = withoutFillers(t).replace(ASKING_TAIL, "").replace(/[?!.]+$/, "").trim();
    if (next === t) return t;
    t = next;
  }
}

/** Words leading a party over the limit that the results reader leaves unread ("jadi 8 org", "to 8 pax"). */
const PARTY_LEAD = /^(?:jadi|jd|for|untuk|utk|buat|to|ke)\s+/;

/**
 * A party the results reader refuses to read because no booking takes it ("jadi 8 org"): read here so
 * the card says the limit (as for "for 8") instead of how to type a party she just typed.
 */
function overLimitParty(rest: string): PaxCount | undefined {
  // Only with a passenger word ("8 org", "8 pax"): a number alone ("26") is a day or a flight, and "jadi 10" the results reader's own.
  if (!rest.toLowerCase().split(/\s+/).some((w) => isPaxTypeWord(w))) return undefined;
  const read = parsePax(withoutFillers(rest).replace(PARTY_LEAD, ""));
  return !read.ok && read.reason === "too_many" ? read.pax : undefined;
}

type DateOrParty = Extract<CardWords, { kind: "date" | "past" | "party" }>;

/**
 * A new date or party, read as the results list reads it (`readResultsRequest`: "tgl 26", "jadi 3 org",
 * "besok aja", "2 dws 1 ank"), also after words that only ask for the change ("eh ganti tgl 26",
 * "change date to the 26th", "change to 3 pax", "make it 3 pax") and before a hurried question ("tgl 26
 * bisa?"). Those words must all be change words and agree with the reading: "ganti tujuan ke lombok
 * besok" drops a destination and is not read as "besok"; "ganti nama 26" is no date. After a change
 * verb a day alone is the day ("ganti tgl 26", "the 26th"), never a flight; without one ("ok 3") it is
 * not read. A day gone by ("kemarin", "change date to yesterday") is read as such, to be said so.
 */
function newDateOrParty(text: string, today: string): DateOrParty | undefined {
  const words = withoutAskingTail(text).split(/\s+/);
  for (let i = 0; i < words.length; i++) {
    // The words before the reading grow by one each time: at the first that is no change word, nothing is read.
    if (i > 0 && !isChangeWord(words[i - 1]!)) return undefined;
    const asked = words.slice(0, i).filter((w) => !TO.has(w.toLowerCase()) && !ARTICLES.has(w.toLowerCase()));
    const rest = words.slice(i).join(" ");
    const verb = asked.length > 0 ? askedTarget(asked) : undefined;
    // Filler words alone before it ("eh jadi 3 org"): read strictly, as the line itself is.
    const target = i === 0 || (asked.length > 0 && verb === undefined) ? "any" : verb;
    if (target !== "any" && target !== "date" && target !== "party") continue;
    const r = readResultsRequest(rest, { airlines: [], today });
    if (r?.kind === "party" && (target === "any" || target === "party")) {
      // "change to 0 pax" is a party of nobody, never nobody joining the party searched for.
      return totalPax(r.pax) === 0 ? { kind: "party", pax: r.pax } : r;
    }
    if (r?.kind === "date" && (target === "any" || target === "date")) return r;
    const over = target === "date" ? undefined : overLimitParty(rest);
    if (over) return { kind: "party", pax: over };
    if (target === "party") continue;
    const date = parseTravelDate(rest, today);
    if (date.ok && verb !== undefined) return { kind: "date", date: date.date };
    // A day gone by, named as a day (a number alone is the next such day, never a past one).
    if (!date.ok && date.reason === "past" && (verb !== undefined || /\p{L}/u.test(rest))) return { kind: "past" };
  }
  return undefined;
}

/**
 * The same with a time of day after the date ("ganti tgl 26 jam 7", "change date to the 26th morning"):
 * the date is searched and the new list opens filtered to the time, as the search does with one typed.
 */
function newDateBeforeTime(text: string, today: string): DateOrParty | undefined {
  const words = withoutAskingTail(text).split(/\s+/);
  for (let k = words.length - 1; k > 0; k--) {
    const time = readResultsRequest(words.slice(k).join(" "), { airlines: [], today });
    if (time?.kind !== "filter" || !time.time || Object.keys(time).length !== 2) continue;
    const r = newDateOrParty(words.slice(0, k).join(" "), today);
    if (r?.kind === "date") return { ...r, time: time.time === "all" ? r.time : time.time };
    if (r?.kind === "past") return r;
  }
  return undefined;
}

/**
 * A new date (maybe with a time of day) or party asked with change words ("change date to the 27th morning",
 * "ganti tgl 27 pagi"): the card reads it, and so does the results list when its own reader doesn't.
 */
export function changedDateOrParty(text: string, today: string): DateOrParty | undefined {
  return newDateOrParty(text, today) ?? newDateBeforeTime(text, today);
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
  const change = changedDateOrParty(trimmed, today);
  if (change) return change;
  const what = changeRequest(trimmed);
  return what ? { kind: "change", what } : undefined;
}
