/**
 * GET /search/flight?d&a&date[&ret_date]&adult&child&infant&v=3&token (see flights/search-results.ts
 * for the partial first search and the refresh loop).
 *
 * Decisions on unverified points: a `sort` param is ignored (search_queries.sort is always false);
 * an unknown airport, a past date or a bad party is a 201 error, not an empty list; one-way answers
 * carry no `returns` / `ret_det`; nearby dates list the cheapest adult fare of ±3 days.
 * The token keeps the party and the flights this search showed: get_flight_data prices only those, for that party.
 */
import { generateFlights } from "../flights/generate-flights.js";
import { faresOf, flightView, type Party } from "../flights/flight-view.js";
import { routeKey, routeResults, touchRoute, type RouteResults } from "../flights/search-results.js";
import { fail, ok, param, type EndpointContext, type EndpointHandler } from "../http/context.js";
import { addDays, isoDateInZone, money, zonedDateTime } from "../wire/format.js";
import { parseParty, parseRoute, parseTravelDate, tripDetail } from "./search-params.js";

export const searchFlight: EndpointHandler = (ctx) => {
  const route = parseRoute(ctx, param(ctx, "d"), param(ctx, "a"));
  if (!route.ok) return fail(ctx, 201, route.message);
  const date = parseTravelDate(ctx, param(ctx, "date"));
  if (!date.ok) return fail(ctx, 201, date.message);
  const retRaw = param(ctx, "ret_date");
  const ret = retRaw ? parseTravelDate(ctx, retRaw, date.value) : undefined;
  if (ret && !ret.ok) return fail(ctx, 201, ret.message);
  const party = parseParty(ctx);
  if (!party.ok) return fail(ctx, 201, party.message);

  const { from, to } = route.value;
  const go = results(ctx, from.code, to.code, date.value, party.value);
  const back = ret?.ok ? results(ctx, to.code, from.code, ret.value, party.value) : undefined;
  if (ctx.session) {
    ctx.session.lastParty = party.value;
    ctx.session.shown = new Set([...go.visible, ...(back?.visible ?? [])].map((f) => f.id));
  }

  const p = party.value;
  return ok(ctx, {
    round_trip: back !== undefined,
    search_queries: {
      from: from.code, to: to.code, date: date.value, ret_date: ret?.ok ? ret.value : "",
      adult: String(p.adult), child: String(p.child), infant: String(p.infant), sort: false,
    },
    go_det: tripDetail(ctx, from, to, date.value),
    ...(back && ret?.ok ? { ret_det: tripDetail(ctx, to, from, ret.value) } : {}),
    departures: { result: view(ctx, go, p) },
    ...(back ? { returns: { result: view(ctx, back, p) } } : {}),
    nearby_go_date: { nearby: nearby(ctx, from.code, to.code, date.value) },
    ...(ret?.ok ? { nearby_ret_date: { nearby: nearby(ctx, to.code, from.code, ret.value) } } : {}),
  });
};

function results(ctx: EndpointContext, from: string, to: string, date: string, party: Party): RouteResults {
  const key = routeKey(from, to, date);
  touchRoute(ctx.state, key);
  const r = routeResults(ctx.state, from, to, date, party);
  ctx.session?.seen.set(key, r.visible.length);
  return r;
}

function view(ctx: EndpointContext, r: RouteResults, party: Party): Record<string, unknown>[] {
  const timestamp = zonedDateTime(r.cachedAt, ctx.state.timeZone);
  return r.visible.map((f) => flightView(f, { lang: ctx.lang, party, fares: faresOf(f, 0), timestamp }));
}

function nearby(ctx: EndpointContext, from: string, to: string, date: string): { date: string; price?: string }[] {
  const today = isoDateInZone(ctx.state.now(), ctx.state.timeZone);
  const out: { date: string; price?: string }[] = [];
  for (let d = -3; d <= 3; d++) {
    const day = addDays(date, d);
    if (day < today) continue;
    const prices = generateFlights(from, to, day).map((f) => f.priceAdult);
    out.push(prices.length > 0 ? { date: day, price: money(Math.min(...prices)) } : { date: day });
  }
  return out;
}
