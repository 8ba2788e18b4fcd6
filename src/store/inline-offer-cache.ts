import type { Redis } from "ioredis";
import { z } from "zod";
import type { FlightOffer, SearchQuery } from "../domain/flight.js";
import type { RedisKeys } from "./keys.js";
import { readJson, writeJson } from "./redis-json.js";
import { offerSchema } from "./schemas.js";

/** Long enough for typing and paging through one search, short enough that prices stay fresh. */
export const INLINE_CACHE_SECONDS = 120;

const entrySchema = z.object({ offers: z.array(offerSchema) });

/**
 * Inline search results per user (results are personal) and per resolved search, so "cgk sub" and
 * "CGK  SUB" share an entry. It sits under the search prefix: SearchCache ids never contain ":".
 */
export class InlineOfferCache {
  constructor(private readonly redis: Redis, private readonly keys: RedisKeys) {}

  key(userId: number, q: SearchQuery): string {
    return this.keys.search(`inline:${userId}:${q.from}-${q.to}:${q.date}:${q.pax.adult}.${q.pax.child}.${q.pax.infant}`);
  }

  async get(userId: number, q: SearchQuery): Promise<FlightOffer[] | undefined> {
    return (await readJson(this.redis, this.key(userId, q), entrySchema))?.offers;
  }

  async set(userId: number, q: SearchQuery, offers: FlightOffer[]): Promise<void> {
    await writeJson(this.redis, this.key(userId, q), { offers }, INLINE_CACHE_SECONDS);
  }
}
