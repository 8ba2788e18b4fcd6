import { TZDate } from "@date-fns/tz";
import { format } from "date-fns/format";
import type { Airport } from "../../../domain/airport.js";
import type { SearchQuery } from "../../../domain/flight.js";
import { parsePax } from "../../../domain/pax-parse.js";
import { parseTravelDate } from "../../../domain/travel-date.js";
import type { BotContext } from "../../context.js";
import type { QuickForm } from "../search/quick-form.js";

/** A search to run, or the plain-text title of what is wrong with the query. */
export type RouteAnswer = { ok: true; query: SearchQuery } | { ok: false; problem: string };

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
  return format(new TZDate(ctx.deps.now(), ctx.deps.settings.timeZone), "yyyy-MM-dd");
}

/** Quick-form parts → a search: no date means tomorrow, no party means one adult. */
export async function resolveRoute(ctx: BotContext, form: QuickForm, exactOnly = false): Promise<RouteAnswer> {
  const t = ctx.t.bind(ctx);
  if (!form.origin || !form.destination) return { ok: false, problem: t("inline-help-title") };
  const from = await airportOf(ctx, form.origin, exactOnly);
  if (!from) return { ok: false, problem: t("inline-unknown-airport", { input: form.origin.slice(0, 40) }) };
  const to = await airportOf(ctx, form.destination, exactOnly);
  if (!to) return { ok: false, problem: t("inline-unknown-airport", { input: form.destination.slice(0, 40) }) };
  if (from.code === to.code) return { ok: false, problem: t("inline-same-airport") };
  const date = parseTravelDate(form.date ?? "besok", todayLocal(ctx));
  if (!date.ok) return { ok: false, problem: t(`inline-date-${date.reason.replace("_", "-")}`) };
  const pax = form.pax ? parsePax(form.pax) : { ok: true as const, pax: { adult: 1, child: 0, infant: 0 } };
  if (!pax.ok) return { ok: false, problem: t("inline-pax-invalid") };
  return { ok: true, query: { from: from.code, to: to.code, date: date.date, pax: pax.pax } };
}
