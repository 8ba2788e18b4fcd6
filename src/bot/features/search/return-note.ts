import { parseTravelDate, stripLead } from "../../../domain/travel-date.js";
import { shortDate } from "../../../presenters/format.js";

type T = (key: string, vars?: Record<string, string | number>) => string;

/**
 * The line that says a return is a second search. The return's words are read as a date and shown as
 * one ("Sel 5 Jan", never "on tomorrow"), with the command to search it; one before the outbound is said
 * to be so instead of offered; words that read as no date get the general line.
 */
export function returnNote(t: T, locale: string, route: { from: string; to: string }, typed: string | undefined, outbound: string | undefined, today: string): string {
  const parsed = readReturn(typed, outbound, today);
  if (!parsed?.ok) return t("search-one-way", route);
  const date = shortDate(parsed.date, locale, today);
  if (outbound !== undefined && parsed.date < outbound) return t("search-return-before", { ...route, date, outbound: shortDate(outbound, locale, today) });
  return t("search-return-second", { ...route, date, wire: parsed.date.split("-").reverse().join("-") });
}

function readReturn(typed: string | undefined, outbound: string | undefined, today: string) {
  // A bare day ("pp 18", "pulang tgl 3") is the first such day on or after the outbound, not after today.
  const dayOnly = typed !== undefined && outbound !== undefined && /^\d{1,2}$/.test(stripLead(typed.trim().toLowerCase()));
  return typed === undefined ? undefined : parseTravelDate(typed, dayOnly ? outbound : today);
}

/** The return's day (ISO) as the note reads it, when it reads and is not before the outbound: what is offered after booking. */
export function returnDateOf(typed: string | undefined, outbound: string, today: string): string | undefined {
  const parsed = readReturn(typed, outbound, today);
  return parsed?.ok && parsed.date >= outbound ? parsed.date : undefined;
}
