import type { Redis } from "ioredis";
import { z } from "zod";
import type { SearchQuery } from "../domain/flight.js";
import type { RedisKeys } from "./keys.js";
import { readJson, writeJson } from "./redis-json.js";

/** Short enough that a fare shown is still close to the live one (the quote re-prices before booking anyway). */
export const DAY_SEARCH_SECONDS = 10 * 60;

const entrySchema = z.object({ sid: z.string().regex(/^[\w-]{1,16}$/) });

/**
 * Which stored search (SearchCache id) answered one route, date and party in one chat, so a day the
 * fare calendar already searched is not asked again (by the calendar or by opening that day). Per
 * chat: a chat uses one account at a time, and fares are the account's. It sits under the search
 * prefix: SearchCache ids never contain ":".
 */
export class DaySearchIndex {
  constructor(private readonly redis: Redis, private readonly keys: RedisKeys) {}

  key(chatId: number, q: SearchQuery): string {
    return this.keys.search(`day:${chatId}:${q.from}-${q.to}:${q.date}:${q.pax.adult}.${q.pax.child}.${q.pax.infant}`);
  }

  async get(chatId: number, q: SearchQuery): Promise<string | undefined> {
    return (await readJson(this.redis, this.key(chatId, q), entrySchema))?.sid;
  }

  async set(chatId: number, q: SearchQuery, sid: string): Promise<void> {
    await writeJson(this.redis, this.key(chatId, q), { sid }, DAY_SEARCH_SECONDS);
  }
}
