import { setTimeout as sleep } from "node:timers/promises";
import type { FlightOffer, ProviderId, SearchQuery } from "../../../domain/flight.js";
import { localeOf } from "../../../presenters/format.js";
import { messageGone } from "../../../telegram/message-gone.js";
import type { BotContext } from "../../context.js";
import { renderResults } from "./results-view.js";
import { todayIn } from "./results-step.js";

/**
 * Telegram allows about one message a second per chat; edits of one message stay at least this far
 * apart (a little over a second, so they are still a second apart when they arrive).
 */
export const MIN_EDIT_GAP_MS = 1_050;

/**
 * When this process last edited a list in each chat: two members searching at once in a group share
 * the chat's pace. Only recent entries matter, so old ones are dropped as the map grows.
 */
const lastEditInChat = new Map<number, number>();

function noteEdit(chatId: number, at: number): void {
  lastEditInChat.delete(chatId);
  lastEditInChat.set(chatId, at);
  if (lastEditInChat.size > 10_000) {
    for (const [id, t] of lastEditInChat) {
      if (at - t < MIN_EDIT_GAP_MS) break;
      lastEditInChat.delete(id);
    }
  }
}

/** The same flight in two answers: same flight number and departure (how the providers' lists are merged too). */
function flightKey(o: FlightOffer): string {
  return `${o.flightCode.toUpperCase().replace(/[^A-Z0-9]/g, "")}@${o.departsAt}`;
}

/**
 * The list to cache when `shown` is already on screen and `fresh` came in: every shown flight keeps
 * its place (a button carries the index), updated to its newest details; new flights are appended.
 * A shown flight missing from `fresh` stays: its button must not start meaning another flight, and
 * picking it re-prices it live before anything is booked.
 */
export function mergeInPlace(shown: readonly FlightOffer[], fresh: readonly FlightOffer[]): FlightOffer[] {
  const byKey = new Map(fresh.map((o) => [flightKey(o), o]));
  const out = shown.map((o) => {
    const key = flightKey(o);
    const newer = byKey.get(key);
    byKey.delete(key);
    return newer ?? o;
  });
  return [...out, ...byKey.values()];
}

export interface ProgressiveResults {
  /** For the search's `onOffers`: everything found so far. Never throws. */
  offers(soFar: readonly FlightOffer[]): void;
  /** True once a results list is on screen: progress lines must not replace it. */
  drawn(): boolean;
  /** A progress line for the same message, in order with the results edits; dropped once results are drawn. */
  progress(text: string): void;
  /**
   * Waits for the search, stores its answer under the same id and returns it; the caller draws the
   * final list, at least a second after the last list drawn here. `missing`: providers that failed
   * while another answered, read once the search is done. `gone`: the message was deleted meanwhile
   * (no edit of it after that), so the caller sends the list as a new message.
   */
  settle(search: Promise<FlightOffer[]>, missing?: readonly ProviderId[], lacking?: readonly string[]): Promise<{ sid: string; count: number; gone: boolean }>;
}

/**
 * Progressive search: the results message shows the first airline's flights as soon as they are in
 * and is updated as more airlines answer (at most one edit a second), while the search goes on.
 * Every list drawn is first stored in the search cache under the search's own id, so a button on it
 * picks the flight it shows, and the final answer updates that entry in place.
 */
export function progressiveResults(outer: BotContext, target: { chatId: number; messageId: number; query: SearchQuery }): ProgressiveResults {
  const { searches, now } = outer.deps;
  const sid = searches.newId();
  let list: FlightOffer[] = [];
  let isDrawn = false;
  let closed = false;
  // Deleted while the search runs: every later edit would be refused too, so none is tried.
  let gone = false;
  const lastEditAt = () => lastEditInChat.get(target.chatId) ?? 0;
  let timer: NodeJS.Timeout | undefined;
  // Edits go out one after another so an older one can never land on top of a newer one.
  let chain: Promise<void> = Promise.resolve();
  const enqueue = (edit: () => Promise<unknown>) => {
    noteEdit(target.chatId, Date.now());
    chain = chain.then(() => (gone ? undefined : edit())).then(() => undefined, (e: unknown) => {
      if (messageGone(e)) gone = true;
      outer.log.debug({ err: e }, "progressive results edit failed");
    });
  };

  const draw = () => {
    timer = undefined;
    if (closed || gone) return;
    const snapshot = list;
    enqueue(async () => {
      const entry = { query: target.query, offers: snapshot, at: now().toISOString() };
      await searches.put(target.chatId, target.query, snapshot, now(), sid);
      const { text, keyboard } = renderResults(outer.t.bind(outer), localeOf(outer), sid, entry, { sort: "price", page: 0 }, false, todayIn(outer.deps));
      noteEdit(target.chatId, Date.now());
      await outer.api.editMessageText(target.chatId, target.messageId, `${text}\n${outer.t("results-still-searching")}`, { parse_mode: "HTML", reply_markup: keyboard });
    });
  };

  return {
    offers(soFar) {
      if (closed || soFar.length === 0) return;
      list = mergeInPlace(list, soFar);
      isDrawn = true;
      if (timer) return; // the pending edit will draw the newest list
      const wait = lastEditAt() + MIN_EDIT_GAP_MS - Date.now();
      if (wait <= 0) draw();
      else timer = setTimeout(draw, wait);
    },
    drawn: () => isDrawn,
    progress(text) {
      if (closed || isDrawn || gone) return;
      enqueue(() => outer.api.editMessageText(target.chatId, target.messageId, text, { parse_mode: "HTML" }));
    },
    async settle(search, missing = [], lacking = []) {
      try {
        const offers = await search;
        list = isDrawn ? mergeInPlace(list, offers) : offers;
      } finally {
        // No edit may land after this: the caller draws the complete list in the same message next.
        closed = true;
        clearTimeout(timer);
        await chain;
      }
      // The caller's final edit of the same message keeps the one-a-second pace too.
      const gap = lastEditAt() + MIN_EDIT_GAP_MS - Date.now();
      if (isDrawn && !gone && gap > 0) await sleep(gap);
      await searches.put(target.chatId, target.query, list, now(), sid, missing, lacking);
      return { sid, count: list.length, gone };
    },
  };
}
