import { addDays } from "date-fns/addDays";
import { addMonths } from "date-fns/addMonths";
import { format } from "date-fns/format";
import { getISODay } from "date-fns/getISODay";
import { parseISO } from "date-fns/parseISO";
import { lastBookableDate, normalizeDateText, plusDays, stripLead, VAGUE } from "./travel-date.js";

/** The days a span stands for, from its first to its last (both yyyy-mm-dd). */
export interface DateSpan {
  from: string;
  to: string;
}

function monthEdges(today: string, monthsAhead: number): { first: string; last: string } {
  const first = addMonths(parseISO(`${today.slice(0, 7)}-01`), monthsAhead);
  return { first: format(first, "yyyy-MM-dd"), last: format(addDays(addMonths(first, 1), -1), "yyyy-MM-dd") };
}

/**
 * What a vague answer ("minggu depan", "akhir bulan", "awal bulan depan", "next week") covers, cut to the
 * bookable days, so the question can say it back and offer its days: never a date taken for the agent.
 */
export function vagueSpan(input: string, today: string): DateSpan | undefined {
  if (input.length > 40) return undefined;
  const text = stripLead(normalizeDateText(input));
  if (!VAGUE.has(text)) return undefined;
  const dow = getISODay(parseISO(today));
  const sunday = plusDays(today, 7 - dow);
  const thisMonth = monthEdges(today, 0);
  const nextMonth = monthEdges(today, 1);
  const lastWeekOf = (m: { last: string }) => ({ from: plusDays(m.last, -6), to: m.last });
  const firstWeekOf = (m: { first: string }) => ({ from: m.first, to: plusDays(m.first, 6) });
  let span: DateSpan;
  switch (text) {
    case "minggu depan": case "next week": case "pekan depan":
      span = { from: plusDays(today, 8 - dow), to: plusDays(today, 14 - dow) };
      break;
    case "minggu ini": case "this week":
      span = { from: today, to: sunday };
      break;
    case "akhir pekan": case "weekend": case "this weekend":
      span = { from: plusDays(sunday, -1), to: sunday };
      break;
    case "bulan depan": case "next month":
      span = { from: nextMonth.first, to: nextMonth.last };
      break;
    case "awal bulan":
      span = today <= plusDays(thisMonth.first, 6) ? firstWeekOf(thisMonth) : firstWeekOf(nextMonth);
      break;
    case "awal bulan depan": case "early next month": case "beginning of next month": case "start of next month":
      span = firstWeekOf(nextMonth);
      break;
    case "akhir bulan depan": case "end of next month":
      span = lastWeekOf(nextMonth);
      break;
    case "akhir tahun": case "end of year": case "end of the year":
      span = { from: `${today.slice(0, 4)}-12-25`, to: `${today.slice(0, 4)}-12-31` };
      break;
    default: // akhir bulan, end of (the) month
      span = lastWeekOf(thisMonth);
  }
  const from = span.from < today ? today : span.from;
  const max = lastBookableDate(today);
  const to = span.to > max ? max : span.to;
  return from <= to ? { from, to } : undefined;
}

/** Every day of a span, in order. */
export function spanDays(span: DateSpan): string[] {
  const days: string[] = [];
  for (let d = span.from; d <= span.to; d = plusDays(d, 1)) days.push(d);
  return days;
}
