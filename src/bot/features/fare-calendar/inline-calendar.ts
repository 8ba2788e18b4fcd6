import type { InlineQueryResultArticle } from "grammy/types";
import { isProviderError } from "../../../domain/errors.js";
import { escapeHtml } from "../../../presenters/html.js";
import { localeOf, money as rupiah, shortDate } from "../../../presenters/format.js";
import { customerFare, NO_MARKUP, type Markup } from "../../../domain/customer-price.js";
import type { Rupiah } from "../../../domain/money.js";
import { calendarDates, cheapestDay, fareCalendar, type FareDay } from "../../../services/fare-calendar.js";
import { sharerMarkup } from "../../../services/customer-quote.js";
import { groupStanding, privateActorOf } from "../../actor.js";
import type { BotContext } from "../../context.js";
import { helpArticle, helpButton, plainText } from "../inline/help-result.js";
import { resolveRoute, todayLocal } from "../inline/route-query.js";
import { providerErrorText } from "../provider-error-text.js";
import { parseQuickForm } from "../search/quick-form.js";
import type { SearchQuery } from "../../../domain/flight.js";

/** "CGK DPS 25-12 ±3", also "+-3" and "+/-3": the route part is read like any inline route. */
const CALENDAR_QUERY = /^(.*\S)\s*(?:\u00b1|\+-|\+\/-)\s*3$/;
/** Fares move: a shared calendar is looked up again after a short while. */
const CACHE_SECONDS = 30;

export function calendarRoute(query: string): string | undefined {
  return CALENDAR_QUERY.exec(query.trim().slice(0, 200))?.[1];
}

/** The shareable card: one line per day, the cheapest starred; prices as a customer would pay them. */
export function calendarArticle(ctx: BotContext, query: SearchQuery, days: readonly FareDay[], markup: Markup = NO_MARKUP): InlineQueryResultArticle {
  const t = ctx.t.bind(ctx);
  // Shared with customers: each day's adult fare with the agency's markup (domain/customer-price.ts).
  const money = (fare: Rupiah) => rupiah(customerFare(fare, "adult", markup));
  const locale = localeOf(ctx);
  const cheapest = cheapestDay(days);
  const best = days.find((d): d is Extract<FareDay, { kind: "fare" }> => d.kind === "fare" && d.date === cheapest);
  const vars = { from: query.from, to: query.to, date: shortDate(query.date, locale) };
  const lines = [`<b>${escapeHtml(t("farecal-inline-title", vars))}</b>`];
  for (const d of days) {
    const day = escapeHtml(shortDate(d.date, locale));
    if (d.kind === "fare") lines.push(t("farecal-day-fare", { day, price: money(d.price), star: d.date === cheapest ? " ⭐" : "" }));
    else if (d.kind === "none") lines.push(t("farecal-day-none", { day }));
    else if (d.kind === "failed") lines.push(t("farecal-day-failed", { day }));
  }
  lines.push(t("farecal-inline-note"));
  return {
    type: "article",
    id: `cal-${query.from}${query.to}${query.date}`,
    title: t("farecal-inline-title", vars),
    description: best ? t("farecal-inline-description", { day: shortDate(best.date, locale), price: money(best.price) }) : t("farecal-inline-empty", vars),
    input_message_content: { message_text: lines.join("\n"), parse_mode: "HTML" },
  };
}

/**
 * `@bot CGK DPS 25-12 ±3`: the calendar as one shareable card. Returns false for any other query (the
 * inline feature goes on). The asker acts as their own private chat: a stranger without an account is
 * refused before any provider call; one calendar counts once against their inline limit.
 */
export async function answerInlineCalendar(ctx: BotContext): Promise<boolean> {
  const route = calendarRoute(ctx.inlineQuery?.query ?? "");
  if (route === undefined || !ctx.from) return false;
  const answerProblem = async (title: string) => {
    await ctx.answerInlineQuery([helpArticle(ctx, title)], { cache_time: 0, is_personal: true, button: helpButton(ctx) }).catch(() => undefined);
    return true;
  };
  const resolved = await resolveRoute(ctx, parseQuickForm(route));
  if (!resolved.ok) return answerProblem(resolved.problem);
  const actor = privateActorOf(ctx.from.id);
  const access = await ctx.deps.access.access(actor);
  if (!access.ok) return answerProblem(plainText(providerErrorText(ctx, { code: "access_denied", messages: [access.reason] })));
  const wait = await ctx.deps.limits.take("inline", ctx.from.id);
  if (wait > 0) return answerProblem(plainText(ctx.t("rate-limited", { seconds: wait })));
  let days: FareDay[];
  try {
    days = await fareCalendar(ctx.deps, actor, { query: resolved.query, today: todayLocal(ctx) });
  } catch (e) {
    if (!isProviderError(e)) throw e;
    return answerProblem(plainText(providerErrorText(ctx, e).split("\n")[0] ?? ""));
  }
  const shown = days.filter((d) => d.kind !== "past");
  if (shown.length === 0 || calendarDates(resolved.query.date, todayLocal(ctx)).every((d) => d.past)) return answerProblem(ctx.t("error-no-flights"));
  // As the inline flight cards: a group's markup only while Telegram says the sharer is still in it.
  const userId = ctx.from.id;
  const markup = await sharerMarkup(ctx.deps, userId, async (chatId) => (await groupStanding(ctx.api, chatId, userId)) !== "outside");
  await ctx.answerInlineQuery([calendarArticle(ctx, resolved.query, shown, markup)], { cache_time: CACHE_SECONDS, is_personal: true }).catch((e: unknown) => {
    if (!String((e as Error).message).includes("query is too old")) throw e;
  });
  return true;
}
