import { dayInZone } from "../../../domain/zoned-time.js";
import type { Airport } from "../../../domain/airport.js";
import type { SearchQuery } from "../../../domain/flight.js";
import { countsOrDateOf, parsePax } from "../../../domain/pax-parse.js";
import { parseTravelDate, slashReadings } from "../../../domain/travel-date.js";
import { localeOf, partyText, shortDate } from "../../../presenters/format.js";
import type { BotContext } from "../../context.js";
import type { QuickForm } from "../search/quick-form.js";
import { shortQuote } from "../../../presenters/short-quote.js";
import { cutText } from "../../../presenters/cut-text.js";

/**
 * A search to run (with `assumed`, what was read without asking, said on every result), or the plain-text
 * title of what is wrong with the query (and, maybe, what to type instead).
 */
export type RouteAnswer = { ok: true; query: SearchQuery; assumed?: string } | { ok: false; problem: string; description?: string };

/**
 * An inline query can't ask back, so ambiguity is settled here: a city with several airports takes
 * the first suggestion (Jakarta → CGK). `exactOnly` is for glued codes, which must both be real codes.
 */
async function airportOf(ctx: BotContext, input: string, exactOnly: boolean): Promise<Airport | undefined> {
  const match = await ctx.deps.airports.match(input);
  if (match.kind === "exact") return match.airport;
  if (match.kind === "choices" && !exactOnly) return match.airports[0];
  return undefined;
}

export function todayLocal(ctx: BotContext): string {
  return dayInZone(ctx.deps.now().getTime(), ctx.deps.settings.timeZone);
}

/** Quick-form parts → a search: no date means tomorrow, no party means one adult. */
export async function resolveRoute(ctx: BotContext, form: QuickForm, exactOnly = false): Promise<RouteAnswer> {
  const t = ctx.t.bind(ctx);
  if (!form.origin || !form.destination) return { ok: false, problem: t("inline-help-title") };
  const from = await airportOf(ctx, form.origin, exactOnly);
  if (!from) return { ok: false, problem: t("inline-unknown-airport", { input: shortQuote(form.origin) }) };
  const to = await airportOf(ctx, form.destination, exactOnly);
  if (!to) return { ok: false, problem: t("inline-unknown-airport", { input: shortQuote(form.destination) }) };
  if (from.code === to.code) return { ok: false, problem: t("inline-same-airport") };
  // Words the quick form couldn't place ("natall", "garuda"): nothing is searched, rather than another day or route.
  if (form.unread) return { ok: false, problem: t("inline-unread", { input: shortQuote(form.unread) }), description: t("inline-unread-description") };
  const today = todayLocal(ctx);
  const date = parseTravelDate(form.date ?? "besok", today);
  if (!date.ok) return { ok: false, problem: t(`inline-date-${date.reason.replace("_", "-")}`) };
  // "1/5" in English may be 5 January: an inline answer can't ask back, so it says both and searches neither.
  const two = form.date && localeOf(ctx) === "en" ? slashReadings(form.date, today) : undefined;
  if (two) {
    const day = (d: string) => shortDate(d, "en", today);
    return { ok: false, problem: t("inline-date-day-or-month", { input: cutText(form.date!, 20), daymonth: day(two.dayMonth), monthday: day(two.monthDay) }) };
  }
  // "5 2" with no date: 5 Feb or 5 adults and 2 children, on different days. Both said, neither searched.
  const counts = form.countsOrDate && !form.date ? countsOrDateOf(form.countsOrDate) : undefined;
  if (counts) {
    const day = parseTravelDate(counts.dayMonth, today);
    const shown = day.ok ? day.date : day.reason === "past" ? day.suggestion : undefined;
    const input = cutText(form.countsOrDate!, 20);
    const dateText = shown ? shortDate(shown, localeOf(ctx), today) : counts.dayMonth;
    return { ok: false, problem: t("inline-counts-or-date", { input, date: dateText, party: partyText(t, counts.party) }), description: t("inline-counts-or-date-description") };
  }
  const pax = form.pax ? parsePax(form.pax) : { ok: true as const, pax: { adult: 1, child: 0, infant: 0 } };
  // "2 jan 3": the chat asks whether 3 is the party or the return day; here nothing can be asked. The day is
  // 2 Jan either way, and agents write the party after the date ("25 des 2"), so its flights are searched for
  // 3 (a flight with seats for 3 has them for fewer), every result saying 3 was read as passengers.
  if (!pax.ok && pax.reason === "day_or_count" && pax.pax) {
    const query = { from: from.code, to: to.code, date: date.date, pax: pax.pax };
    return { ok: true, query, assumed: t("inline-assumed-party", { count: pax.pax.adult }) };
  }
  if (!pax.ok) return { ok: false, problem: t("inline-pax-invalid") };
  return { ok: true, query: { from: from.code, to: to.code, date: date.date, pax: pax.pax } };
}
