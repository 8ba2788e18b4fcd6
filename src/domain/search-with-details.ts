import { MAX_ANSWER } from "./answer-limit.js";
import { contactInAnswer } from "./contact-in-answer.js";
import { isHeading } from "./pasted-chat-lines.js";
import { withoutMarker } from "./passenger-lines.js";
import { leadingTitles } from "./title-words.js";

/** A request pasted whole: the trip asked, and the lines of passengers and contact typed under it. */
export interface SearchWithDetails {
  search: string;
  details: string;
}

/** "Tn Budi Santoso", "1. Ny Ani Lestari 5/6/1990", "- Mstr Raka": a title, then at least one more word. */
function isNameLine(line: string): boolean {
  const t = withoutMarker(line);
  const titles = leadingTitles(`${t} `);
  return titles !== undefined && t.slice(titles.length).trim().split(/\s+/).filter(Boolean).length >= 1 && t.length <= MAX_ANSWER;
}

/** "081234567890", "hp 0812-3456-7890", "email budi@gmail.com": a line that is the customer's contact and nothing else. */
function isContactLine(line: string): boolean {
  const found = contactInAnswer(line);
  return found !== undefined && (found.email !== undefined || found.phone !== undefined) && found.rest === "";
}

/**
 * "cgk dps besok 2 dewasa\nTn Budi Santoso\nNy Ani Lestari\n081234567890": a customer's WhatsApp request
 * pasted as it came, the trip on its first lines, then the passengers (a titled name per line, numbered or
 * not, a birth date after it or under it) and the contact. Split where the first passenger, heading or
 * contact line begins: the trip is searched, the rest kept for the booking's passenger question (read there
 * as if pasted at it). Undefined when no such line follows a line of something else (one line, or names only).
 */
export function searchWithDetails(text: string): SearchWithDetails | undefined {
  if (!text.includes("\n") || text.length > MAX_ANSWER * 9) return undefined;
  const lines = text.split(/\r?\n/).map((l) => l.trim());
  const at = lines.findIndex((line, i) => i > 0 && line !== "" && (isNameLine(line) || isHeading(line) || isContactLine(line)));
  // A name on the first line: names pasted alone (a passenger question's answer), no trip before them.
  if (at <= 0 || lines.slice(0, at).some(isNameLine)) return undefined;
  const search = lines.slice(0, at).filter(Boolean).join(" ").trim();
  const details = lines.slice(at).join("\n").trim();
  // The details must hold a passenger: a search line followed by a contact alone is no pasted party.
  if (search === "" || !details.split("\n").some(isNameLine)) return undefined;
  return { search, details };
}
