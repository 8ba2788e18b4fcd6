import { parseDocumentDate } from "./document-date.js";
import { withoutBirthLabel } from "./document-date-readings.js";
import { MAX_ANSWER } from "./answer-limit.js";

/**
 * A birth date as agents type it: "17-08-1990", "17/8/90", "17 agustus 1990", "17 agu 1990", "Aug 17, 1990",
 * "17 Aug 1990", "1990-08-17" → yyyy-mm-dd, a label before it dropped ("dob 12/03/85", "tgl lahir:").
 * Undefined when unreadable or no such day ("31 feb 1990").
 */
export function parseBirthDate(input: string, today: string): string | undefined {
  return parseDocumentDate(withoutBirthLabel(input), today);
}

/**
 * A birth date or an age typed after a name ("Tn Budi Santoso 17-08-1990", "An. Rafi 5 thn"): split
 * off, since the name alone goes to the airline and the birth date has its own question.
 */
export function splitTrailingDate(line: string): { name: string; extra?: string } {
  if (line.length > MAX_ANSWER) return { name: line };
  // An age needs its unit ("5 thn", "5th") or its word ("umur 5", "usia: 5"): "Mr Budi 2" stays as typed.
  const m = /^(.*?)[\s,]+\(?((?:lahir|lhr|tgl|dob|umur|usia|age)?[\s:]*(?:\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}|\d{4}-\d{2}-\d{2}|\d{1,2} [a-z]+\.? \d{2,4}|\d{1,2}\s*(?:thn|th|tahun|tahunan|bln|bulan|y|yo|yr|yrs|years?|months?|mo)(?: old)?)|(?:umur|usia|age)[\s:]*\d{1,2})\s*\)?$/i.exec(line.trim());
  return m && m[1]!.trim() ? { name: m[1]!.replace(/[\s,(-]+$/, ""), extra: m[2]! } : { name: line };
}
