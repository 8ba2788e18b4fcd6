import { InlineKeyboard } from "grammy";
import type { SearchQuery } from "../../../domain/flight.js";
import { totalPax } from "../../../domain/passenger.js";
import { escapeHtml } from "../../../presenters/html.js";
import { money, shortDate, providerName } from "../../../presenters/format.js";
import { cheapestDay, type FareDay } from "../../../services/fare-calendar.js";
import { calendarDayData } from "./callback-data.js";

type T = (key: string, vars?: Record<string, string | number>) => string;

/** One line per day (in date order), whether it has arrived yet or not. */
function dayLines(t: T, locale: string, dates: readonly string[], days: ReadonlyMap<string, FareDay>, cheapest: string | undefined): string[] {
  const lines: string[] = [];
  for (const date of dates) {
    const d = days.get(date);
    if (d?.kind === "past") continue;
    const day = escapeHtml(shortDate(date, locale));
    if (!d) lines.push(t("farecal-day-pending", { day }));
    else if (d.kind === "fare") lines.push(t("farecal-day-fare", { day, price: money(d.price), star: date === cheapest ? " ⭐" : "" }));
    else if (d.kind === "none") lines.push(t("farecal-day-none", { day }));
    else lines.push(t("farecal-day-failed", { day }));
  }
  return lines;
}

export interface CalendarView {
  text: string;
  keyboard?: InlineKeyboard;
}

/**
 * The calendar message, while days arrive (`done` < all) and when complete: a button per day with
 * flights, the cheapest starred; past days are left out and said so.
 */
export function renderCalendar(t: T, locale: string, query: SearchQuery, dates: readonly string[], days: ReadonlyMap<string, FareDay>, finished: boolean): CalendarView {
  const past = dates.filter((d) => days.get(d)?.kind === "past");
  const open = dates.length - past.length;
  const arrived = [...days.values()].filter((d) => d.kind !== "past").length;
  const cheapest = finished ? cheapestDay([...days.values()]) : undefined;
  const lines = [t("farecal-title", { from: query.from, to: query.to, pax: totalPax(query.pax) })];
  if (!finished) lines.push(t("farecal-progress", { done: arrived, total: open }));
  lines.push(...dayLines(t, locale, dates, days, cheapest));
  if (past.length > 0) lines.push(t("farecal-past", { days: past.length }));
  // A provider failed on some days: their fares (and the star) may miss its flights.
  const missing = new Set([...days.values()].flatMap((d) => ("missing" in d && d.missing) || []));
  if (missing.size > 0) lines.push(t("farecal-partial", { missing: [...missing].map(providerName).join(", ") }));
  if (!finished) return { text: lines.join("\n") };
  const fares = dates.map((d) => days.get(d)).filter((d): d is Extract<FareDay, { kind: "fare" }> => d?.kind === "fare");
  lines.push(fares.length > 0 ? t("farecal-pick") : t("farecal-nothing"));
  const keyboard = new InlineKeyboard();
  for (const d of fares) {
    const star = d.date === cheapest ? "⭐ " : "";
    keyboard.text(`${star}${shortDate(d.date, locale)} · ${money(d.price)}`, calendarDayData(d.sid)).row();
  }
  return { text: lines.join("\n"), keyboard: fares.length > 0 ? keyboard : undefined };
}
