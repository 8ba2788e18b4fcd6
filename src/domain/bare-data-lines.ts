import { MAX_ANSWER } from "./answer-limit.js";
import { parseDocumentDate } from "./document-date.js";
import { isHeading, isThanks } from "./pasted-chat-lines.js";

/** A date alone: "1-1-1980", "17/08/90", "1990-08-17", "12 mar 87", "17 agustus 1990". */
function isDateAlone(line: string): boolean {
  return /^\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}$|^\d{4}-\d{2}-\d{2}$/.test(line) || (/^\d{1,2}\s*[a-z]{3,9}\.?\s*\d{2,4}$/i.test(line) && parseDocumentDate(line) !== undefined);
}

/** A KTP/NIK (16 digits) or a passport number ("A1234567", "X 1234567") alone; a mobile number (08…, +62 8…) is none. */
function isIdAlone(line: string): boolean {
  const t = line.replace(/\s+/g, "");
  return /^[a-z]{0,2}\d{6,}$/i.test(t) && !/^(?:\+?62|0)8/.test(t);
}

/** "5 thn", "(8 bln)": a child's or infant's age alone. */
const AGE_ALONE = /^\(?\d{1,2}\s*(?:thn|th|tahun|bln|bulan|yo|yrs?|years?(?: old)?|months?)\)?$/i;

/** A line with nothing but a birth date, an ID number or an age (a list's marker and a trailing comma aside). */
export function isBareDataLine(line: string): boolean {
  const t = line.trim().replace(/^[-\u2022*]\s*/, "").replace(/[,;.]+$/, "").trim();
  return t.length > 0 && t.length <= 40 && (isDateAlone(t) || isIdAlone(t) || AGE_ALONE.test(t));
}

/**
 * "Tn Budi Santoso\n1-1-1980", "Tn Budi Santoso\n3174092302900001\nNy Ani Lestari\n…": WhatsApp pastes put a
 * passenger's birth date or KTP on its own line under the name, unlabelled. Such a line can never be a name
 * (it was counted as one, and the paste refused as too many names): it is joined onto the name line above
 * it, as if typed there ("Tn Budi Santoso 1-1-1980"), which the name line's reader already splits off.
 * A data line with no name line above it (first, or under a heading) stays as it is.
 */
export function joinBareDataLines(input: string): string {
  if (input.length > MAX_ANSWER * 9 || !input.includes("\n")) return input;
  const out: string[] = [];
  // Index in `out` of the name line the next data line joins, undefined after a blank line or a heading.
  let owner: number | undefined;
  for (const raw of input.split(/\r?\n/)) {
    const line = raw.trim();
    if (line && isBareDataLine(line) && owner !== undefined) {
      out[owner] = `${out[owner]!} ${line.replace(/[,;]+$/, "")}`;
      continue;
    }
    out.push(raw);
    owner = line && /\p{L}/u.test(line) && !isHeading(line) && !isThanks(line) && !/[:=]\s*$/.test(line) ? out.length - 1 : undefined;
  }
  return out.join("\n");
}
