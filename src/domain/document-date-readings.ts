import { parseDocumentDate } from "./document-date.js";

/**
 * A numeric document date that reads two ways. In Indonesia day/month is the rule ("12/03/85" is
 * 12 March); someone writing in English may mean month/day (3 December), and the summary's date
 * can't show which was meant, so the step asks (see document-date-step `askDocumentDate`).
 */
export interface DateReadings {
  /** yyyy-mm-dd, the day first: "12/03/85" → 1985-03-12. */
  dayMonth: string;
  /** yyyy-mm-dd, the month first: "12/03/85" → 1985-12-03. */
  monthDay: string;
}

/** "12/03/85", "1/2/1987", "10.05.2031", "12 03 1985": the numbers of a numeric date, none of other shapes. */
const NUMERIC = [/^(\d{1,2})([-/.])(\d{1,2})\2(\d{2}|\d{4})$/, /^(\d{1,2})( )(\d{1,2}) (\d{4})$/];

/**
 * Both readings of a numeric date whose day and month are each 12 or less and differ; undefined for
 * any other answer ("13/03/85" and "03/13/85" are 13 March either way, "5/5/90" is one day, "12 mar
 * 1985" says its month). `notAfter` places a two-digit year, as `parseDocumentDate` does.
 */
export function dateReadings(input: string, notAfter?: string): DateReadings | undefined {
  if (input.length > 40) return undefined;
  const t = input.trim().replace(/\s+/g, " ").replace(/\.$/, "");
  const m = NUMERIC.map((re) => re.exec(t)).find(Boolean);
  if (!m) return undefined;
  const [a, b] = [Number(m[1]), Number(m[3])];
  if (a < 1 || b < 1 || a > 12 || b > 12 || a === b) return undefined;
  const dayMonth = parseDocumentDate(t, notAfter);
  const monthDay = parseDocumentDate(`${m[3]}${m[2]}${m[1]}${m[2]}${m[4]}`, notAfter);
  return dayMonth && monthDay && dayMonth !== monthDay ? { dayMonth, monthDay } : undefined;
}

/**
 * "05-06-2018": a date written exactly as the bot's own examples are ("17-08-1990", "31-12-2030":
 * two-digit day, two-digit month, four-digit year, dashes). Read day first without asking, even from
 * an English-speaking agent: they copied the form the question showed, and month/day is written with
 * slashes ("06/05/2018") where it is the custom, which is still asked about. The date is said back in
 * words (summary, pasted note), so a wrong day is seen before booking.
 */
export function writtenAsExample(input: string): boolean {
  return /^\d{2}-\d{2}-\d{4}$/.test(input.trim());
}

/**
 * A label typed before a birth date: "dob 12/03/85", "D.O.B.: 12/03/1985", "born 17 Aug 1990",
 * "birth date 17-08-1990", "date of birth:", "tgl lahir 17-08-1990", "tanggal lahir:", "lahir 17/8/90", "tgl lahirnya 17/8/90".
 */
const BIRTH_LABEL = /^(?:d\.?\s?o\.?\s?b\b\.?|date\s+of\s+birth|birth\s*date|birthday|born(?:\s+on)?|(?:tgl\.?|tanggal)\s*lahir(?:nya)?|lahir(?:nya)?|lhr)(?=[\s:=.\-\d]|$)\s*[:=.-]?\s*/i;

/** The birth date answer without its label ("dob 12/03/85" → "12/03/85"); unchanged without one. */
export function withoutBirthLabel(input: string): string {
  const t = input.trim();
  const rest = t.replace(BIRTH_LABEL, "");
  return rest && rest !== t ? rest : t;
}
