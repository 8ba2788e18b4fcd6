import { usableProviders } from "../../../services/book-flight.js";
import { actorOf } from "../../actor.js";
import type { FlightOffer, SearchQuery } from "../../../domain/flight.js";
import type { ListView } from "../../../domain/offer-list.js";
import { totalPax } from "../../../domain/passenger.js";
import type { BotContext, ConvoContext } from "../../context.js";
import { escapeHtml } from "../../../presenters/html.js";
import { localeOf, shortDate } from "../../../presenters/format.js";
import { askAgain, say, stale, type Convo, type Parsed } from "./ask.js";
import { parseResults } from "./callback-data.js";
import { providerCall, type CallResult } from "./provider-call.js";
import { pickTyped, renderResults } from "./results-view.js";
import { progressiveResults } from "./progressive-results.js";

const PROGRESS_EVERY_MS = 1_200;

export function providerName(id: string): string {
  return id === "tiket" ? "tiket.com" : id.toUpperCase();
}

/**
 * Runs the search while the chat shows progress: a typing action and one message edited as airlines
 * answer (at most about once a second, so a group stays under Telegram's limits), showing the flights
 * found so far as soon as the first airline has some (progressive-results.ts). Results go to Redis;
 * only their short id enters the replay log.
 */
export async function runSearch(conversation: Convo, ctx: ConvoContext, query: SearchQuery): Promise<{ result: CallResult<{ sid: string; count: number }>; messageId: number }> {
  const header = ctx.t("search-progress", { from: query.from, to: query.to, date: escapeHtml(shortDate(query.date, localeOf(ctx))), pax: totalPax(query.pax) });
  const progressId = await say(conversation, ctx, header);
  const chatId = ctx.chat!.id;
  const result = await providerCall(conversation, async (outer: BotContext) => {
    await outer.api.sendChatAction(chatId, "typing").catch(() => undefined);
    let last = Date.now();
    let shown = header;
    // Progressive search: the first airline's flights are drawn at once, more as others answer.
    const live = progressiveResults(outer, { chatId, messageId: progressId, query });
    const { search } = await usableProviders(outer.deps.access, actorOf(outer));
    return live.settle(search.search(query, {
      onOffers: live.offers,
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
    }));
  });
  return { result, messageId: progressId };
}

/** Re-renders the results message in place; "message is not modified" counts as success. */
function render(conversation: Convo, messageId: number, sid: string, view: ListView, airlineMenu = false): Promise<boolean> {
  return conversation.external(async (outer) => {
    const entry = await outer.deps.searches.get(sid);
    if (!entry || !outer.chat) return false;
    const { text, keyboard } = renderResults(outer.t.bind(outer), localeOf(outer), sid, entry, view, airlineMenu);
    await outer.api.editMessageText(outer.chat.id, messageId, text, { parse_mode: "HTML", reply_markup: keyboard }).catch((e: unknown) => {
      if (!String((e as Error).message).includes("message is not modified")) throw e;
    });
    return true;
  });
}

export type Pick = { kind: "offer"; offer: FlightOffer; ctx: ConvoContext } | { kind: "expired"; ctx: ConvoContext };

/** Shows the results and handles paging, sorting and filters until the agent picks a flight. */
/** `view` (sort, filters, page) belongs to the caller so it survives a trip to the price check and back. */
export async function pickFlight(conversation: Convo, ctx: ConvoContext, sid: string, messageId: number, view: ListView, firstTime: boolean): Promise<Pick> {
  let airlineMenu = false;
  // Coming back from a price check the list is still on screen as it was: no edit (it would be "not modified").
  if (firstTime && !(await render(conversation, messageId, sid, view))) return { kind: "expired", ctx };
  for (;;) {
    const r = await askAgain(conversation, ctx, messageId, async (a): Promise<Parsed<number | "view">> => {
      if (a.kind === "text") {
        const index = await conversation.external(async (outer) => {
          const entry = await outer.deps.searches.get(sid);
          return entry ? (pickTyped(a.text, entry, view) ?? -1) : -2;
        });
        if (index === -2) return { ok: true, value: -1 };
        return index >= 0 ? { ok: true, value: index } : { ok: false, hint: ctx.t("results-typed-unknown") };
      }
      const action = parseResults(a.data, sid);
      if (!action) return stale(ctx);
      if (action.kind === "offer") return { ok: true, value: action.index };
      airlineMenu = action.kind === "airlines";
      if (action.kind === "page") view.page = action.page;
      if (action.kind === "sort") Object.assign(view, { sort: action.sort, page: 0 });
      if (action.kind === "time") Object.assign(view, { time: action.time === "all" ? undefined : action.time, page: 0 });
      if (action.kind === "airline") Object.assign(view, { airline: action.code === "all" ? undefined : action.code, page: 0 });
      return { ok: true, value: "view" };
    });
    ctx = r.ctx;
    if (r.value === "view") {
      if (!(await render(conversation, messageId, sid, view, airlineMenu))) return { kind: "expired", ctx };
      continue;
    }
    const index = r.value;
    const offer = await conversation.external(async (outer) => (await outer.deps.searches.get(sid))?.offers[index]);
    if (!offer) return { kind: "expired", ctx };
    return { kind: "offer", offer, ctx };
  }
}
