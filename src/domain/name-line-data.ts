import { MAX_ANSWER } from "./answer-limit.js";
import { splitTrailingDate } from "./birth-date-input.js";

/** A date as typed on a pasted line: "17-08-1990", "17/8/90", "1990-08-17". */
const DATE = /^\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}$|^\d{4}-\d{2}-\d{2}$/;
/** A passport number ("A1234567", "X 1234567" is read as two words) or a KTP/NIK: a letter or two, then 6 or more digits. */
const DOCUMENT = /^[a-z]{0,2}\d{6,}$/i;

/**
 * The passenger's personal data pasted on the line of the name, WhatsApp style:
 * "Mr Budi Santoso 17-08-1990 A1234567 31-12-2031 ID". The name is the title and the words up to the
 * first word with a digit; the rest (birth date, passport or KTP number, expiry, nationality) is no
 * name, and is asked by its own questions, so it is split off and never quoted as part of a name.
 * A line with only a birth date or an age after the name is `splitTrailingDate`'s, read as before.
 */
export function splitLineData(line: string): { name: string; extra?: string; data?: string } {
  const trailing = splitTrailingDate(line);
  if (trailing.extra && !/\d/.test(trailing.name)) return trailing;
  if (line.length > MAX_ANSWER) return { name: line };
  const words = line.trim().split(/\s+/);
  const at = words.findIndex((w) => /\d/.test(w));
  if (at < 1) return { name: line };
  const rest = words.slice(at).map((w) => w.replace(/^[,;(]+|[,;)]+$/g, ""));
  // Only what is surely personal data is split off ("Mr Adi 2" stays the agent's line, said as it is).
  if (!rest.some((w) => DATE.test(w) || DOCUMENT.test(w))) return { name: line };
  const name = words.slice(0, at).join(" ").replace(/[\s,;(-]+$/, "");
  return /\p{L}/u.test(name) ? { name, data: words.slice(at).join(" ") } : { name: line };
}
