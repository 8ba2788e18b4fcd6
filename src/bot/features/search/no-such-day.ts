import type { DateAnswer } from "../../../domain/travel-date.js";
import type { ConvoContext } from "../../context.js";
import { escapeHtml } from "../../../presenters/html.js";
import { shortQuote } from "../../../presenters/short-quote.js";

type NoSuchDay = Extract<DateAnswer, { reason: "nonexistent" }>;

/**
 * "31/2", "31 4": the day and month named, and how long that month is, so the agent sees at once what to
 * fix. February's length depends on the year, so that one is named with it ("29/2" in a year without one).
 */
export function noSuchDayText(ctx: ConvoContext, r: NoSuchDay, typed: string): string {
  const month = ctx.t("calendar-months").split(" ")[r.month - 1] ?? String(r.month);
  const days = new Date(Date.UTC(r.year, r.month, 0)).getUTCDate();
  return ctx.t("no-such-day", {
    input: escapeHtml(shortQuote(typed, 30)), day: r.day, month, days,
    span: r.month === 2 ? `${month} ${r.year}` : month,
  });
}
