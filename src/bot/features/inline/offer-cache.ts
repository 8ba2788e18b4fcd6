import { z } from "zod";
import { isProviderError } from "../../../domain/errors.js";
import type { FlightOffer, SearchQuery } from "../../../domain/flight.js";
import type { RedisKeys } from "../../../store/keys.js";
import { readJson, writeJson } from "../../../store/redis-json.js";
import { offerSchema } from "../../../store/schemas.js";
import type { BotDeps } from "../../deps.js";
import { usableProviders } from "../../../services/book-flight.js";
import type { Actor } from "../../../services/access-policy.js";

/** Long enough for typing and paging through one search, short enough that prices stay fresh. */
export const INLINE_CACHE_SECONDS = 120;

const entrySchema = z.object({ offers: z.array(offerSchema) });

/**
 * Per user (results are personal) and per resolved search, so "cgk sub" and "CGK  SUB" share an
 * entry. It sits under the search prefix: SearchCache ids never contain ":", so the two can't collide.
 */
export function inlineCacheKey(keys: RedisKeys, userId: number, q: SearchQuery): string {
  return keys.search(`inline:${userId}:${q.from}-${q.to}:${q.date}:${q.pax.adult}.${q.pax.child}.${q.pax.infant}`);
}

/**
 * The offers of a search, from the cache or the provider. "No flights" is cached as an empty list so
 * a user retyping the same route doesn't ask the provider again; other provider errors are thrown.
 */
export async function inlineSearch(deps: BotDeps, actor: Actor, query: SearchQuery): Promise<FlightOffer[]> {
  // Who may search at all is decided first: a stranger's query never reaches the operator's account.
  const { search } = await usableProviders(deps.access, actor);
  const key = inlineCacheKey(deps.keys, actor.userId, query);
  const hit = await readJson(deps.redis, key, entrySchema);
  if (hit) return hit.offers;
  let offers: FlightOffer[];
  try {
    offers = await search.search(query);
  } catch (e) {
    if (!isProviderError(e, "no_flights")) throw e;
    offers = [];
  }
  await writeJson(deps.redis, key, { offers }, INLINE_CACHE_SECONDS);
  return offers;
}
