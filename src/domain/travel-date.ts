import { addDays } from "date-fns/addDays";
import { addYears } from "date-fns/addYears";
import { format } from "date-fns/format";
import { isValid } from "date-fns/isValid";
import { parse } from "date-fns/parse";

export type DateAnswer = { ok: true; date: string } | { ok: false; reason: "unreadable" | "past" | "too_far" };

const WORDS: Record<string, number> = { "hari ini": 0, today: 0, besok: 1, tomorrow: 1, lusa: 2 };
const MONTHS: Record<string, number> = {
  jan: 1, januari: 1, january: 1, feb: 2, februari: 2, february: 2, mar: 3, maret: 3, march: 3, apr: 4, april: 4,
  mei: 5, may: 5, jun: 6, juni: 6, june: 6, jul: 7, juli: 7, july: 7, agu: 8, agt: 8, agustus: 8, aug: 8, august: 8,
  sep: 9, sept: 9, september: 9, okt: 10, oktober: 10, oct: 10, october: 10, nov: 11, november: 11, des: 12, desember: 12, dec: 12, december: 12,
};

function iso(y: number, m: number, d: number): string | undefined {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d ? date.toISOString().slice(0, 10) : undefined;
}

/** A date without a year means its next occurrence (today counts). */
function withoutYear(today: string, m: number, d: number): string | undefined {
  const year = Number(today.slice(0, 4));
  const candidate = iso(year, m, d);
  if (candidate && candidate >= today) return candidate;
  return iso(year + 1, m, d);
}

/**
 * Reads a travel date the way agents type it: 30-12-2026, 30/12, 2026-12-30, 30 Des, besok, lusa…
 * `today` is the local date in the configured zone. Refuses past dates and dates over a year ahead.
 */
export function parseTravelDate(input: string, today: string): DateAnswer {
  // The longest form, "30 desember 2026", is short: a longer answer is not read at all.
  if (input.length > 40) return { ok: false, reason: "unreadable" };
  const text = input.trim().toLowerCase().replace(/\s+/g, " ");
  let date: string | undefined;
  const word = WORDS[text];
  if (word !== undefined) date = format(addDays(parse(today, "yyyy-MM-dd", new Date()), word), "yyyy-MM-dd");
  let m: RegExpExecArray | null;
  if (!date && (m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(text))) date = iso(+m[1]!, +m[2]!, +m[3]!);
  if (!date && (m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{2}|\d{4})$/.exec(text))) {
    const y = m[3]!.length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
    date = iso(y, +m[2]!, +m[1]!);
  }
  if (!date && (m = /^(\d{1,2})[-/.](\d{1,2})$/.exec(text))) date = withoutYear(today, +m[2]!, +m[1]!);
  if (!date && (m = /^(\d{1,2}) ([a-z]+)\.?(?: (\d{4}))?$/.exec(text))) {
    const month = MONTHS[m[2]!];
    if (month) date = m[3] ? iso(+m[3], month, +m[1]!) : withoutYear(today, month, +m[1]!);
  }
  if (!date) return { ok: false, reason: "unreadable" };
  if (date < today) return { ok: false, reason: "past" };
  const limit = format(addYears(parse(today, "yyyy-MM-dd", new Date()), 1), "yyyy-MM-dd");
  if (date > limit) return { ok: false, reason: "too_far" };
  return { ok: true, date };
}

/** dd-mm-yyyy or yyyy-mm-dd (birth dates, passport expiry) → yyyy-mm-dd. */
export function parsePlainDate(input: string): string | undefined {
  if (input.length > 40) return undefined;
  const t = input.trim();
  for (const f of ["dd-MM-yyyy", "dd/MM/yyyy", "yyyy-MM-dd", "d-M-yyyy", "d/M/yyyy"]) {
    const d = parse(t, f, new Date(2000, 0, 1));
    if (isValid(d) && d.getFullYear() > 1900) return format(d, "yyyy-MM-dd");
  }
  return undefined;
}
