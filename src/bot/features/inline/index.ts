import { GrammyError } from "grammy";
import { LeanComposer } from "../../lean-composer.js";
import type { InlineQueryResult } from "grammy/types";
import { isProviderError } from "../../../domain/errors.js";
import type { BotContext } from "../../context.js";
import { localeOf, partyText, shortDate } from "../../../presenters/format.js";
import { providerErrorText } from "../provider-error-text.js";
import { bookingArticle } from "./booking-result.js";
import { helpArticle, helpButton, plainText } from "./help-result.js";
import { classifyQuery } from "./inline-query.js";
import { inlineSearch, type InlineSearchResult } from "../../../services/inline-search.js";
import { shareMarkup } from "../../../services/customer-quote.js";
import { markupNote } from "./markup-note.js";
import { offerArticle, pageOf, sortOffers } from "./offer-results.js";
import { resolveRoute, todayLocal } from "./route-query.js";
import { groupStanding, privateActorOf } from "../../actor.js";
import { answerInlineCalendar } from "../fare-calendar/inline-calendar.js";
import { ANSWER_DEADLINE_MS } from "../../held-taps.js";

type AnswerOptions = NonNullable<Parameters<BotContext["answerInlineQuery"]>[1]>;

/** Telegram caches answers per query text too; keep it short so prices and statuses stay current. */
const CACHE_RESULTS = 30;
const CACHE_PROBLEMS = 5;

/**
 * Every answer is personal: results depend on who asks (their cache entry, their bookings). An
 * answer that comes after Telegram gave up on the query is dropped quietly: the user typed on.
 */
async function answer(ctx: BotContext, results: InlineQueryResult[], options: AnswerOptions): Promise<void> {
  try {
    await ctx.answerInlineQuery(results, { is_personal: true, ...options });
  } catch (e) {
    if (!(e instanceof GrammyError && e.description.includes("query is too old"))) throw e;
    ctx.log.info("inline answer came too late");
  }
}

/**
 * One search per person and query at a time: the query typed again while its search runs (after a "still
 * searching" answer) waits for that search, instead of asking the provider (and counting) again. A search
 * left running past the deadline still fills the inline cache; its failure is only logged, as nobody waits.
 */
const searching = new Map<string, Promise<InlineSearchResult>>();

function searchOnce(ctx: BotContext, userId: number, query: Parameters<typeof inlineSearch>[2]): Promise<InlineSearchResult> {
  const key = `${userId}:${JSON.stringify(query)}`;
  const running = searching.get(key);
  if (running) return running;
  const started = inlineSearch(ctx.deps, privateActorOf(userId), query).finally(() => searching.delete(key));
  searching.set(key, started);
  started.catch((e: unknown) => ctx.log.debug({ err: e }, "inline search ended in an error"));
  return started;
}

/** When each inline query came: its answer deadline counts from there. */
const arrivedAt = new WeakMap<BotContext, number>();

/** The search's result if it ends within the bot's answer deadline (held-taps.ts ANSWER_DEADLINE_MS) of the query, else undefined. */
async function withinDeadline<T>(ctx: BotContext, work: Promise<T>): Promise<T | undefined> {
  const deadline = (arrivedAt.get(ctx) ?? Date.now()) + (ctx.deps.settings.answerDeadlineMs ?? ANSWER_DEADLINE_MS);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<undefined>((resolve) => { timer = setTimeout(() => resolve(undefined), Math.max(0, deadline - Date.now())); });
  try {
    return await Promise.race([work, late]);
  } finally {
    clearTimeout(timer);
  }
}

function answerHelp(ctx: BotContext, title?: string, description?: string): Promise<void> {
  return answer(ctx, [helpArticle(ctx, title, description)], { cache_time: CACHE_PROBLEMS, button: helpButton(ctx) });
}

/** `assumed`: what the query was read as without asking ("3 read as passengers"), said on every result. */
async function answerRoute(ctx: BotContext, query: Parameters<typeof inlineSearch>[2], userId: number, offset: string, assumed?: string): Promise<void> {
  const t = ctx.t.bind(ctx);
  const locale = localeOf(ctx);
  const searched = t("inline-search-summary", { from: query.from, to: query.to, date: shortDate(query.date, locale, todayLocal(ctx)), party: partyText(t, query.pax) });
  const summary = assumed ? `${assumed} · ${searched}` : searched;
  let offers;
  try {
    const found = await withinDeadline(ctx, searchOnce(ctx, userId, query));
    // Telegram would refuse an answer after its deadline: what is known now, honestly (searching on, cached for the retype).
    if (found === undefined) return answer(ctx, [helpArticle(ctx, t("inline-still-searching-title", { from: query.from, to: query.to }), t("inline-still-searching-description", { summary }))], { cache_time: 0, button: helpButton(ctx) });
    if (found.kind === "throttled") return answer(ctx, [helpArticle(ctx, plainText(t("rate-limited", { seconds: found.retryAfter })), summary)], { cache_time: 0 });
    offers = found.offers;
  } catch (e) {
    if (!isProviderError(e)) throw e;
    ctx.log.warn({ code: e.code, endpoint: e.endpoint, raw: e.raw }, "inline search failed");
    const text = providerErrorText(ctx, e);
    return answer(ctx, [helpArticle(ctx, plainText(text.split("\n")[0] ?? ""), summary)], { cache_time: 0 });
  }
  if (offers.length === 0) return answer(ctx, [helpArticle(ctx, t("error-no-flights"), summary)], { cache_time: CACHE_PROBLEMS });
  const page = pageOf(sortOffers(offers), offset);
  // City names for the cards; the directory is memoized, so this costs no provider call per result.
  const cities = new Map<string, string>();
  for (const code of new Set(page.items.flatMap((o) => [o.from, o.to]))) cities.set(code, await ctx.deps.airports.cityOf(code));
  // Shared with customers: the sharer's markup on every card (services/customer-quote.ts `shareMarkup`: their
  // private one, else their agency group's while they are in it), and which one it is said to them on each result.
  const shared = await shareMarkup(ctx.deps, userId, async (chatId) => (await groupStanding(ctx.api, chatId, userId)) !== "outside");
  const note = markupNote(t, locale, shared);
  const results = page.items.map((o, i) => offerArticle(t, locale, o, page.start + i, (code) => cities.get(code) ?? code, shared.markup, assumed, note));
  await answer(ctx, results, { cache_time: CACHE_RESULTS, next_offset: page.nextOffset });
}

/**
 * `@bot CGK SUB 30-12` shares flights; `@bot ABC123` shares a booking's status with a customer.
 * Inline queries belong to no chat: nothing here reads or writes session or conversation state,
 * only the short-lived per-user search cache.
 */
export const inlineFeature = new LeanComposer<BotContext>();

inlineFeature.on("inline_query", async (ctx) => {
  arrivedAt.set(ctx, Date.now());
  const { query, offset, from } = ctx.inlineQuery;
  if (await answerInlineCalendar(ctx)) return;
  const request = classifyQuery(query);
  if (request.kind === "empty") return answerHelp(ctx);
  if (request.kind === "code") {
    const pair = request.pair ? await resolveRoute(ctx, request.pair, true) : undefined;
    if (pair?.ok) return answerRoute(ctx, pair.query, from.id, offset);
    const booking = await bookingArticle(ctx, request.code, from.id);
    // "jakarta" alone is half a route being typed, not a booking code: explain the format instead.
    if (!booking.found && (await ctx.deps.airports.match(request.code)).kind !== "none") return answerHelp(ctx);
    return answer(ctx, [booking.article], { cache_time: CACHE_PROBLEMS, ...(booking.found ? {} : { button: helpButton(ctx) }) });
  }
  const route = await resolveRoute(ctx, request.form);
  if (!route.ok) return answerHelp(ctx, route.problem, route.description);
  await answerRoute(ctx, route.query, from.id, offset, route.assumed);
});
