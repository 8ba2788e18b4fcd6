import type { Logger } from "pino";
import { isProviderError, ProviderError } from "../../domain/errors.js";
import type { FlightOffer, SearchQuery } from "../../domain/flight.js";
import type { SearchOptions } from "../../domain/flight-provider.js";
import { toOffer } from "./offer-mapping.js";
import { parse } from "./parse-body.js";
import type { TiketHttp, TiketLang } from "./tiket-http.js";
import { checkUpdateSchema, searchRowSchema, searchSchema } from "./wire-schemas.js";

export interface SearchRefresh {
  /** How long the check-update loop may run after the first answer. */
  maxMs: number;
  /** Pause between check-update rounds (the docs poll every ~10 s; a chat can't wait that long). */
  intervalMs: number;
}

export interface SearchContext {
  http: TiketHttp;
  token: string;
  query: SearchQuery;
  timeZone: string;
  logger: Logger;
  refresh: SearchRefresh;
  /** The agent's language, when the search is made for one. */
  lang?: TiketLang;
}

const SEARCH = "search/flight";
const CHECK_UPDATE = "ajax/mCheckFlightUpdated";

async function searchOnce(ctx: SearchContext, signal?: AbortSignal): Promise<{ offers: FlightOffer[]; time: number }> {
  const { query } = ctx;
  const { body, envelope } = await ctx.http.get(SEARCH, {
    d: query.from, a: query.to, date: query.date, adult: query.pax.adult, child: query.pax.child, infant: query.pax.infant,
    token: ctx.token, v: 3, lang: ctx.lang,
  }, "search", { signal });
  const wire = parse(SEARCH, searchSchema, body);
  const rows = Array.isArray(wire.departures) ? wire.departures : (wire.departures?.result ?? []);
  const offers: FlightOffer[] = [];
  let unreadable = 0;
  let issue: string | undefined;
  for (const row of rows) {
    const r = searchRowSchema.safeParse(row);
    const offer = r.success ? toOffer(r.data, query, ctx.timeZone) : undefined;
    if (offer) offers.push(offer);
    else {
      if (!r.success) unreadable += 1;
      issue = r.error?.issues[0]?.message ?? "no usable time or price";
      ctx.logger.warn({ endpoint: SEARCH, issue }, "skipped unreadable flight row");
    }
  }
  // Rows without a price are the API's way of saying "sold out"; rows that are all unreadable are a protocol failure.
  if (unreadable > 0 && unreadable === rows.length) throw new ProviderError("unavailable", "no readable flight in the search answer", { endpoint: SEARCH, raw: issue });
  const stamp = Number(envelope.diagnostic.unix_timestamp);
  return { offers, time: Number.isFinite(stamp) && stamp > 0 ? stamp : Math.floor(Date.now() / 1000) };
}

async function hasUpdate(ctx: SearchContext, since: number, signal?: AbortSignal): Promise<boolean> {
  const { query } = ctx;
  const { body } = await ctx.http.get(CHECK_UPDATE, {
    d: query.from, a: query.to, date: query.date, adult: query.pax.adult, child: query.pax.child, infant: query.pax.infant,
    time: since, token: ctx.token, lang: ctx.lang,
  }, "read", { signal });
  return parse(CHECK_UPDATE, checkUpdateSchema, body).update > 0;
}

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener("abort", () => { clearTimeout(timer); resolve(); }, { once: true });
  });

/**
 * A cart's own search (spec §10 step 3, on the token that will price and book): it makes this party the
 * token's last search, and finds the flight wanted in it. The first answer may be the cache, so while
 * the flight is not there and Check Update announces more, it searches again, within `refresh.maxMs`.
 * Returns the last answer's flights.
 */
export async function searchShowing(ctx: SearchContext, wanted: (o: FlightOffer) => boolean): Promise<FlightOffer[]> {
  const deadline = Date.now() + ctx.refresh.maxMs;
  let { offers, time } = await searchOnce(ctx);
  while (!offers.some(wanted) && Date.now() < deadline) {
    if (!(await hasUpdate(ctx, time))) break;
    await sleep(Math.min(ctx.refresh.intervalMs, Math.max(0, deadline - Date.now())));
    ({ offers, time } = await searchOnce(ctx));
  }
  return offers;
}

/**
 * The first search answers from tiket.com's cache; fresher data is announced by Check Update. The loop
 * searches again while updates are announced (at once when the last round brought more flights, else
 * after `intervalMs`), and keeps asking while there are no results yet, all within `refresh.maxMs`.
 * A failing refresh round keeps what the earlier rounds found.
 */
export async function searchWithRefresh(ctx: SearchContext, options: SearchOptions): Promise<FlightOffer[]> {
  const { signal, onPartial } = options;
  const deadline = Date.now() + ctx.refresh.maxMs;
  const rounds = Math.max(1, Math.ceil(ctx.refresh.maxMs / Math.max(1, ctx.refresh.intervalMs)));
  let { offers, time } = await searchOnce(ctx, signal);
  if (offers.length > 0) options.onOffers?.(offers);
  let round = 0;
  while (Date.now() < deadline && !signal?.aborted) {
    try {
      if (await hasUpdate(ctx, time, signal)) {
        const before = offers.length;
        ({ offers, time } = await searchOnce(ctx, signal));
        round += 1;
        if (offers.length > before) options.onOffers?.(offers);
        onPartial?.({ source: "tiket", offers: offers.length, done: Math.min(round, rounds), total: rounds + 1 });
        // More flights came in: the refresh may be complete, so ask again without pausing.
        if (offers.length > before) continue;
      } else if (offers.length > 0) {
        break;
      }
    } catch (e) {
      if (!isProviderError(e) || offers.length === 0) throw e;
      ctx.logger.warn({ code: e.code, endpoint: e.endpoint }, "tiket search refresh failed; keeping earlier results");
      break;
    }
    await sleep(Math.min(ctx.refresh.intervalMs, Math.max(0, deadline - Date.now())), signal);
  }
  onPartial?.({ source: "tiket", offers: offers.length, done: rounds + 1, total: rounds + 1 });
  return offers;
}
