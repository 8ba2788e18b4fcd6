import { randomBytes } from "node:crypto";
import type { Redis } from "ioredis";
import { z } from "zod";
import type { FlightOffer, SearchQuery } from "../domain/flight.js";
import { TTL, type RedisKeys } from "./keys.js";
import { readJson, writeJson } from "./redis-json.js";
import { offerSchema, paxSchema } from "./schemas.js";

const entrySchema = z.object({
  query: z.object({ from: z.string(), to: z.string(), date: z.string(), pax: paxSchema }),
  offers: z.array(offerSchema),
  at: z.string(),
});
export type SearchEntry = z.output<typeof entrySchema>;

/**
 * Search results live here under a short id: conversations keep only the id in their replay log,
 * and buttons carry it, so callback data stays tiny.
 */
export class SearchCache {
  constructor(private readonly redis: Redis, private readonly keys: RedisKeys) {}

  /** An id for a search whose results are stored as they arrive: `put` again under it to update them. */
  newId(): string {
    return randomBytes(5).toString("base64url");
  }

  async put(query: SearchQuery, offers: FlightOffer[], now: Date, id = this.newId()): Promise<string> {
    await writeJson(this.redis, this.keys.search(id), { query, offers, at: now.toISOString() }, TTL.search);
    return id;
  }

  get(id: string): Promise<SearchEntry | undefined> {
    if (!/^[\w-]{1,16}$/.test(id)) return Promise.resolve(undefined);
    return readJson(this.redis, this.keys.search(id), entrySchema);
  }
}
