/**
 * GET /ajax/mCheckFlightUpdated?d&a&date&adult&child&infant&time&token → { update, timestamp }.
 *
 * `update` = flights of that route and date the token's last search did not show (see
 * flights/search-results.ts); 0 when its last search was complete or it never searched the route.
 * Decision (unverified): `time` is required, as the docs list it, but any non-empty value is
 * accepted (clients send unix seconds, "mdHis" or the result's timestamp); the answer depends on
 * what the token last saw, not on `time`. `timestamp` is the unix time (seconds) of this answer.
 */
import { routeKey, routeResults } from "../flights/search-results.js";
import { fail, ok, param, say, type EndpointHandler } from "../http/context.js";
import { parseParty, parseRoute, parseTravelDate } from "./search-params.js";

export const checkFlightUpdated: EndpointHandler = (ctx) => {
  const route = parseRoute(ctx, param(ctx, "d"), param(ctx, "a"));
  if (!route.ok) return fail(ctx, 201, route.message);
  const date = parseTravelDate(ctx, param(ctx, "date"));
  if (!date.ok) return fail(ctx, 201, date.message);
  if (!param(ctx, "time")) return fail(ctx, 201, say(ctx, "time is required", "Parameter time wajib diisi"));
  const party = parseParty(ctx, ctx.session?.lastParty);
  if (!party.ok) return fail(ctx, 201, party.message);

  const { from, to } = route.value;
  const key = routeKey(from.code, to.code, date.value);
  const seen = ctx.session?.seen.get(key);
  let update = 0;
  if (seen !== undefined && ctx.state.routeCompleteAt.has(key)) {
    const all = routeResults(ctx.state, from.code, to.code, date.value, party.value);
    // Count against the complete list even while the refresh runs: more is coming.
    const full = all.complete ? all.visible.length : all.available.length;
    update = Math.max(0, full - seen);
  }
  return ok(ctx, { update, timestamp: Math.floor(ctx.state.now() / 1000) });
};
