import { format } from "date-fns/format";
import { enUS } from "date-fns/locale/en-US";
import { id as idLocale } from "date-fns/locale/id";

/**
 * A passenger's date (birth, passport expiry or issue) as the agent reads it back: the month as a
 * word, "12 Mar 1985" ("3 Des 2031" in Indonesian), so a day and month read the other way round than
 * meant show up in the summary ("12-03-1985" looks right to whoever meant 3 December). Only shown:
 * providers get their own wire format.
 */
export function documentDateText(date: string, locale: string): string {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return format(new Date(y, m - 1, d), "d MMM yyyy", { locale: locale === "en" ? enUS : idLocale });
}
