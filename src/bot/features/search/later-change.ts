import { changeRequest } from "../../../domain/change-request.js";
import { afterChangeLead } from "../../../domain/change-lead.js";
import { readResultsRequest } from "../../../domain/results-request.js";
import { changedDateOrParty } from "./quote-card-words.js";
import type { TimeOfDay } from "../../../domain/flight.js";

/** What a change of the search typed after the flight was picked asks: the steps there can only say how to make it. */
export type SearchChange = "date" | "route" | "party" | "flight";

/**
 * A change of the search typed at a question after the pick (a passenger's name, birth date, ID, the
 * contact, the summary), read with the words the earlier questions read: "ganti tgl 12" and "salah
 * tujuan" (change-request.ts), "tambah 1 anak", "add 1 child", "jadi 3 org", "actually make it the 12th"
 * (as the price card reads them), "yg garuda aja", "garuda only" (the results list's airline words).
 * Callers ask only once the line is no answer to their question, so a name or a date is never taken for one.
 * `today`: only to tell a date phrase; the date itself is not used.
 */
export function laterChange(text: string, today: string): SearchChange | undefined {
  const change = readChange(text, today);
  // "tgl lahir salah harusnya 18-08-1990", "birth date should be …", "dob …": a birth date, never the flight's.
  return change === "date" && BIRTH_WORDS.test(text) ? undefined : change;
}

/**
 * The day a date change typed after the pick asks for ("eh ganti tgl 15", "actually make it the 12th",
 * "change date to the 26th morning"), "past" for a day gone by; undefined when the line is no date change.
 */
export function laterDate(text: string, today: string): { date: string; time?: TimeOfDay } | "past" | undefined {
  if (laterChange(text, today) !== "date") return undefined;
  const t = withoutLeadIn(text.trim());
  const lead = afterChangeLead(t);
  for (const phrase of [t, ...(lead === undefined ? [] : [`ganti ${lead}`])]) {
    const r = changedDateOrParty(phrase, today);
    if (r?.kind === "date") return { date: r.date, ...(r.time && { time: r.time }) };
    if (r?.kind === "past") return "past";
  }
  return undefined;
}

// "no wait, 3 pax", "eh bentar, 3 org": the hurried words before a correction, which say nothing themselves.
const LEAD_IN = /^(?:(?:no|nope|oh|eh|ehh|sorry|oops|wait|hold on|maaf|bentar|sebentar|tunggu|salah)\b[\s,.!:-]*)+/i;

function withoutLeadIn(text: string): string {
  return text.replace(LEAD_IN, "");
}

const BIRTH_WORDS = /\b(?:lahir|lhr|ttl|dob|birth\w*|born)\b/i;

function readChange(text: string, today: string): SearchChange | undefined {
  const t = text.trim();
  if (t === "" || t.includes("\n")) return undefined;
  const what = changeRequest(t);
  if (what === "date" || what === "route" || what === "party" || what === "flight") return what;
  if (what !== undefined) return undefined;
  // "tambah 1 anak", "2 dws 1 ank": a party reads by itself, also after "no wait," / "eh bentar,".
  if (changedDateOrParty(t, today)?.kind === "party" || changedDateOrParty(withoutLeadIn(t), today)?.kind === "party") return "party";
  // "actually make it the 12th": a date only after a word saying a change (a bare "12 des" at the birth date
  // is half a birth date), the lead read as the change word the card knows.
  const lead = afterChangeLead(t);
  const read = lead === undefined ? undefined : changedDateOrParty(`ganti ${lead}`, today);
  if (read) return read.kind === "party" ? "party" : "date";
  // "yg garuda aja", "garuda only": an airline with a word around it (one word alone may be a name).
  if (t.split(/\s+/).length < 2) return undefined;
  const airline = readResultsRequest(t, { airlines: [] });
  return airline?.kind === "airline-absent" || (airline?.kind === "filter" && airline.airline !== undefined) ? "flight" : undefined;
}
