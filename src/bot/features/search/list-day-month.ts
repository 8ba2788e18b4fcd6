import { countsOnlyDateOf, countsOrDateOf } from "../../../domain/pax-parse.js";
import { parseTravelDate, type DateAnswer } from "../../../domain/travel-date.js";
import { askedTarget, isChangeWord } from "./quote-card-words.js";

const LEADS = new Set(["ke", "to", "the", "it", "a"]);

type NoSuchDay = Extract<DateAnswer, { reason: "nonexistent" }>;
type PastDay = Extract<DateAnswer, { reason: "past" }>;

/**
 * A day typed at a results list that the list's own reader leaves to its hint: one that doesn't exist
 * ("31/2", "change date to 31 feb", "30 februari"), said so as the quick form and the date question say
 * it; or two bare numbers that can only be a day and month ("4 12", "change date to 4 12": no party of 16
 * flies), searched as "4/12" is, as the quick form reads them. Two that may be a party too ("2 1") stay
 * unread: a list searched for the wrong party or day is a quiet mistake. Only after words that ask for the
 * date ("ganti tgl", "change date to"): "ganti nama 31/2" asks for no date. A day gone by ("1 des" on the 4th,
 * "3/12", "kemarin", "ganti tgl 1 des") is `past`, to be said so as the date question says it (`typed`: the
 * date as typed, without the change words); two numbers that may be a party too are no past day either.
 */
export function listDayMonth(text: string, today: string): { kind: "date"; date: string } | { kind: "nonexistent"; day: NoSuchDay } | { kind: "past"; day: PastDay; typed: string } | undefined {
  const words = text.trim().replace(/[?!]+$/, "").split(/\s+/).filter(Boolean);
  for (let i = 0; i < words.length; i++) {
    if (i > 0 && !isChangeWord(words[i - 1]!)) return undefined;
    // "ke", "to", "the" lead the new value and name no route: "ganti ke 4 12", "change it to 4 12".
    const asked = words.slice(0, i).filter((w) => !LEADS.has(w.toLowerCase()));
    const target = asked.length > 0 ? askedTarget(asked) : undefined;
    if (target !== undefined && target !== "any" && target !== "date") continue;
    const rest = words.slice(i).join(" ");
    const dayMonth = countsOnlyDateOf(rest);
    const read = parseTravelDate(dayMonth ?? rest, today);
    if (!read.ok && read.reason === "nonexistent") return { kind: "nonexistent", day: read };
    if (read.ok && dayMonth !== undefined) return { kind: "date", date: read.date };
    if (!read.ok && read.reason === "past" && countsOrDateOf(rest) === undefined) return { kind: "past", day: read, typed: rest };
  }
  return undefined;
}
