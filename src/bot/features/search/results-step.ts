import type { ReturnTrip } from "../../../store/return-trips.js";
import { dayInZone } from "../../../domain/zoned-time.js";
import { partyBreach, type PartyBreach } from "../../../domain/errors.js";
import { usableProviders } from "../../../services/book-flight.js";
import { cachedSearch } from "../../../services/fare-calendar.js";
import { actorOf } from "../../actor.js";
import { PROVIDER_IDS, type FlightOffer, type ProviderId, type SearchQuery, type TimeOfDay } from "../../../domain/flight.js";
import { airlinesIn, applyView, localClock, stillBookable, type ListView } from "../../../domain/offer-list.js";
import { readResultsRequest } from "../../../domain/results-request.js";
import type { InlineKeyboardButton } from "grammy/types";
import { directFlights } from "./direct-flights.js";
import type { BotContext, ConvoContext } from "../../context.js";
import type { BotDeps } from "../../deps.js";
import { escapeHtml } from "../../../presenters/html.js";
import { localeOf, partyText, providerName, shortDate } from "../../../presenters/format.js";
import { typingWhile } from "../../typing-while.js";
import { messageGone } from "../../../telegram/message-gone.js";
import { say, type Convo } from "./ask.js";
import { providerCall, type CallResult } from "./provider-call.js";
import { renderResults, typedView } from "./results-view.js";
import { soldOutIn } from "./sold-out-marks.js";
import { progressiveResults } from "./progressive-results.js";
import { speakAsFlow } from "../../flow-i18n.js";
import { saveDraft } from "./flow-draft.js";
import { partyLimitVars } from "../provider-error-text.js";
import { searchedProviders } from "./party-refusal.js";
import type { SearchEntry } from "../../../store/search-cache.js";

const PROGRESS_EVERY_MS = 1_200;

/** The local date (yyyy-mm-dd) in the configured zone. */
export function todayIn(deps: BotDeps): string {
  return dayInZone(deps.now().getTime(), deps.settings.timeZone);
}

/** `gone`: the "searching…" message was deleted meanwhile, so the list is sent as a new message. */
export type SearchOutcome = { sid: string; count: number; departed: number; gone?: boolean };

/**
 * Runs the search while the chat shows progress: a typing action and one message edited as airlines
 * answer (at most about once a second, so a group stays under Telegram's limits), showing the flights
 * found so far as soon as the first airline has some (progressive-results.ts). Results go to Redis;
 * only their short id enters the replay log. Flights that left or leave too soon are never offered.
 * `returnTrip`: the return the search asked for, noted for the member as the search runs (inside its call, so a
 * replayed conversation's steps stay as they were); `null` forgets an older search's; undefined leaves it.
 * `pasted`: passengers' and contact lines pasted under the search, kept with its list (pasted-details.ts).
 */
export async function runSearch(conversation: Convo, ctx: ConvoContext, query: SearchQuery, returnTrip?: ReturnTrip | null, pasted?: string): Promise<{ result: CallResult<SearchOutcome>; messageId: number | undefined }> {
  const header = ctx.t("search-progress", { from: query.from, to: query.to, date: escapeHtml(shortDate(query.date, localeOf(ctx))), party: partyText(ctx.t.bind(ctx), query.pax) });
  const progressId = await say(conversation, ctx, header);
  const chatId = ctx.chat!.id;
  const result = await providerCall(conversation, (outer: BotContext) => typingWhile(outer.api, chatId, searchShowingProgress(outer)));
  return { result, messageId: result.ok && result.value.gone ? undefined : progressId };

  async function searchShowingProgress(outer: BotContext): Promise<SearchOutcome> {
    speakAsFlow(outer, ctx.flowLocale);
    if (returnTrip !== undefined && outer.from) {
      if (returnTrip) await outer.deps.returnTrips.note(chatId, outer.from.id, returnTrip);
      else await outer.deps.returnTrips.forget(chatId, outer.from.id);
    }
    let last = Date.now();
    let shown = header;
    // Progressive search: the first airline's flights are drawn at once, more as others answer.
    const live = progressiveResults(outer, { chatId, messageId: progressId, query });
    const { search } = await usableProviders(outer.deps.access, actorOf(outer));
    const bookable = (found: readonly FlightOffer[]) => stillBookable(found, outer.deps.now());
    let departed = 0;
    const missing: ProviderId[] = [];
    const lacking: string[] = [];
    const searched = cachedSearch(outer.deps, chatId, search, query, {
      lang: localeOf(outer),
      onOffers: (soFar) => live.offers(bookable(soFar)),
      onProviderFailed: (id, airlines = []) => {
        missing.push(id);
        lacking.push(...airlines);
      },
      onPartial: (p) => {
        const provider = p.source.startsWith("provider:");
        // One provider answering while the other still searches is always worth showing; the rest is throttled.
        if (live.drawn() || p.done === p.total || (!provider && Date.now() - last < PROGRESS_EVERY_MS)) return;
        last = Date.now();
        const line = provider
          ? outer.t("search-progress-provider", { source: providerName(p.source.slice("provider:".length)), offers: p.offers })
          : p.source === "tiket" || p.source === "mmbc"
            ? outer.t("search-progress-refresh", { source: providerName(p.source), offers: p.offers })
            : outer.t("search-progress-airlines", { done: p.done, total: p.total });
        const text = `${header}\n${line}`;
        if (text === shown) return;
        shown = text;
        live.progress(text);
      },
    }).then((found) => {
      const offers = bookable(found);
      departed = found.length - offers.length;
      return offers;
    });
    const settled = await live.settle(searched, missing, lacking);
    // The passengers pasted under the search, for a booking from this list (taken when a flight of it is picked).
    if (pasted && outer.from) await outer.deps.pastedDetails.keep(chatId, outer.from.id, settled.sid, pasted);
    return { ...settled, departed };
  }
}

export const DEFAULT_VIEW: ListView = { sort: "price", page: 0 };

/**
 * Draws a results list and makes it the member's board (what buttons and typed picks at the results
 * act on). With `messageId` the message is edited in place ("message is not modified" counts as
 * success); without, or when that message was deleted meanwhile, a new message is sent (replying to
 * the member in groups). False when the search has expired. `time`: a time of day the agent typed with
 * the search ("jam 7", "pagi"): the list opens with that filter on (and says so), or unfiltered with a
 * line saying nothing flies then.
 */
export async function drawResults(ctx: BotContext, sid: string, view: ListView, options: { messageId?: number; airlineMenu?: boolean; time?: TimeOfDay } = {}): Promise<boolean> {
  if (!ctx.chat || !ctx.from) return false;
  const entry = await ctx.deps.searches.get(sid, ctx.chat.id);
  if (!entry) return false;
  const group = ctx.chat.type === "group" || ctx.chat.type === "supergroup";
  let note = "";
  if (options.time) {
    const time = ctx.t(`time-${options.time}`);
    const fits = applyView(entry.offers, { ...view, time: options.time }).total > 0;
    if (fits) view = { ...view, time: options.time, page: 0 };
    note = `\n${ctx.t(fits ? "results-time-typed" : "results-time-typed-none", { time })}`;
    // "lion jam 6" with no morning Lion: the morning flights there are, by name, not "no morning flights".
    const airline = view.airline && entry.offers.find((o) => o.airlineCode === view.airline)?.airlineName;
    if (!fits && airline) {
      const others = applyView(entry.offers, { ...view, airline: undefined, time: options.time, sort: "departure", page: 0 }).all;
      const flights = others.slice(0, 4).map((o) => `${o.flightCode} ${localClock(o.departsAt)}`).join(", ") + (others.length > 4 ? ", …" : "");
      const vars = { time, airline: escapeHtml(airline), flights: escapeHtml(flights) };
      note = `\n${ctx.t(others.length > 0 ? "results-time-airline-none" : "results-time-airline-none-any", vars)}`;
    }
  }
  for (const b of await refusedParty(ctx, entry)) {
    note += `\n${ctx.t(b.over === "too_few_adults" ? "results-party-limit-adults" : "results-party-limit", partyLimitVars(ctx, b))}`;
  }
  const soldOut = await soldOutIn(ctx.deps, ctx.chat.id, sid, entry);
  const rendered = renderResults(ctx.t.bind(ctx), localeOf(ctx), sid, entry, view, options.airlineMenu, todayIn(ctx.deps), soldOut);
  const keyboard = rendered.keyboard;
  // A privacy-mode bot sees a typed flight code or date in a group only as a reply to the list (with
  // privacy mode off it sees the member's messages, and reads them without a reply).
  const replyLine = group && !ctx.me.can_read_all_group_messages;
  const text = `${rendered.text}${note}${replyLine ? `\n${ctx.t("nav-results-reply")}` : ""}`;
  let messageId = options.messageId;
  if (messageId !== undefined) {
    const edited = await ctx.api.editMessageText(ctx.chat.id, messageId, text, { parse_mode: "HTML", reply_markup: keyboard }).then(() => true, (e: unknown) => {
      if (String((e as Error).message).includes("message is not modified")) return true;
      if (messageGone(e)) return false;
      throw e;
    });
    if (!edited) messageId = undefined;
  }
  if (messageId === undefined) {
    const anchor = ctx.message?.message_id ?? ctx.callbackQuery?.message?.reply_to_message?.message_id;
    const sent = await ctx.api.sendMessage(ctx.chat.id, text, {
      parse_mode: "HTML", reply_markup: keyboard,
      reply_parameters: group && anchor !== undefined ? { message_id: anchor, allow_sending_without_reply: true } : undefined,
    });
    messageId = sent.message_id;
  }
  // The list keeps the language it was drawn in: redraws and the booking from it speak it too.
  await ctx.deps.searches.setBoard(ctx.chat.id, ctx.from.id, { sid, messageId, view, locale: localeOf(ctx) });
  return true;
}

/**
 * The providers searched with others whose limit this party breaks (PARTY_LIMITS): they refused it before
 * asking anything, so the list is not incomplete by chance and searching again can't bring their flights;
 * the list says their limit instead. Which providers this chat searches is asked only for such a party.
 */
async function refusedParty(ctx: BotContext, entry: SearchEntry): Promise<PartyBreach[]> {
  const breaches = PROVIDER_IDS.map((id) => partyBreach(id, entry.query.pax)).filter((b): b is PartyBreach => b !== undefined && !entry.offers.some((o) => o.provider === b.provider));
  if (breaches.length === 0) return [];
  const searched = await searchedProviders(ctx);
  return searched.length > 1 ? breaches.filter((b) => searched.includes(b.provider)) : [];
}

/** The list's own words typed with the search ("lion", "GA", "langsung"): applied when the list opens (quick-form.ts). */
export interface ListWordsTyped {
  airline?: string;
  direct?: boolean;
}

/**
 * From a conversation: shows the list (in the progress message, or as a new message at the bottom
 * of the chat) and hands the results over to the board; the conversation can end here. `time`: the
 * time of day typed with the search, applied as the list's filter when it opens (see drawResults).
 * `typed`: an airline typed with the search filters the list as if typed there (read by the list's own
 * reader, so "lion" and "GA" mean what they mean at the list), said when the list has none of its flights;
 * "direct" answers under the list with its direct flights, as typed at the list.
 */
export function showResults(conversation: Convo, ctx: ConvoContext, sid: string, messageId?: number, time?: TimeOfDay, typed: ListWordsTyped = {}): Promise<boolean> {
  return conversation.external(async (outer) => {
    const shown = await drawFor(outer);
    // A booking flow with the list back on screen notes it (flow-draft.ts): a cancel there keeps the list.
    await saveDraft(conversation, outer);
    return shown;
  });
  async function drawFor(outer: BotContext): Promise<boolean> {
    speakAsFlow(outer, ctx.flowLocale);
    const board = outer.chat && outer.from ? await outer.deps.searches.board(outer.chat.id, outer.from.id) : undefined;
    const same = board?.sid === sid;
    if (same) return drawResults(outer, sid, board.view, { messageId });
    const entry = outer.chat ? await outer.deps.searches.get(sid, outer.chat.id) : undefined;
    const request = entry && typed.airline ? readResultsRequest(typed.airline, { airlines: airlinesIn(entry.offers) }) : undefined;
    const view = entry && request?.kind === "filter" ? typedView(entry, DEFAULT_VIEW, request).view : { ...DEFAULT_VIEW };
    if (!(await drawResults(outer, sid, view, { messageId, time }))) return false;
    if (!entry || !outer.chat) return true;
    const chatId = outer.chat.id;
    const answer = (key: string, vars?: Record<string, string | number>, keyboard?: InlineKeyboardButton[][]) =>
      outer.api.sendMessage(chatId, outer.t(key, vars), { parse_mode: "HTML", reply_markup: keyboard ? { inline_keyboard: keyboard } : undefined });
    if (request?.kind === "airline-absent") {
      const names = airlinesIn(entry.offers).map((a) => a.name).join(", ");
      await answer("results-airline-absent", { airline: escapeHtml(request.name), airlines: escapeHtml(names) });
    }
    if (typed.direct) {
      // As drawn: the airline and time filters the list opened with.
      const drawn = (outer.from && (await outer.deps.searches.board(chatId, outer.from.id))?.view) || view;
      await directFlights(outer, sid, entry, drawn, await soldOutIn(outer.deps, chatId, sid, entry), answer);
    }
    return true;
  }
}
