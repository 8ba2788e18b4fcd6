import type { InlineKeyboardButton } from "grammy/types";
import type { BotContext } from "../../context.js";
import { applyView, type ListView } from "../../../domain/offer-list.js";
import type { SearchEntry } from "../../../store/search-cache.js";
import { cb } from "./callback-data.js";
import { offerButtonLabel } from "./results-view.js";

/** Most direct flights listed under their answer; the rest are on the list (sorted by price there too). */
const DIRECT_SHOWN = 8;

/**
 * "Langsung aja", "direct only" ("yg transit": `transit`, the flights with a stop), typed at the list or with
 * the search: the list has no filter for stops, so the answer names those flights of the list as it is
 * filtered, cheapest first, each a button that opens it like the list's own.
 */
export async function directFlights(ctx: BotContext, sid: string, entry: SearchEntry, view: ListView, soldOut: ReadonlySet<number>, answer: (key: string, vars?: Record<string, string | number>, keyboard?: InlineKeyboardButton[][]) => Promise<unknown>, transit = false): Promise<void> {
  const shown = applyView(entry.offers, { ...view, sort: "price", page: 0 }).all;
  const direct = shown.filter((o) => (transit ? o.stops > 0 : o.stops === 0));
  const kind = transit ? "transit" : "direct";
  if (shown.length === 0) return void (await answer("results-empty-filter"));
  if (direct.length === 0) return void (await answer(`results-${kind}-none`, { all: shown.length }));
  if (direct.length === shown.length) return void (await answer(`results-${kind}-all`, { all: shown.length }));
  const sources = new Set(entry.offers.map((o) => o.provider)).size > 1;
  const t = ctx.t.bind(ctx);
  const rows = direct.slice(0, DIRECT_SHOWN).map((o) => {
    const index = entry.offers.indexOf(o);
    return [{ text: offerButtonLabel(t, o, sources, soldOut.has(index)), callback_data: cb.results(sid, `o:${index}`) }];
  });
  await answer(`results-${kind}-some`, { count: direct.length, all: shown.length, more: Math.max(0, direct.length - DIRECT_SHOWN) }, rows);
}
