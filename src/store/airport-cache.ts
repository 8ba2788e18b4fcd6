import type { Redis } from "ioredis";
import { z } from "zod";
import type { Airport } from "../domain/airport.js";
import { TTL, type RedisKeys } from "./keys.js";
import { readJson, writeJson } from "./redis-json.js";

const airportsSchema = z.array(z.object({ code: z.string().regex(/^[A-Z]{3}$/), city: z.string().max(100) }));

/** A provider's airport list, kept a day in Redis (it rarely changes). */
export class AirportCache {
  constructor(private readonly redis: Redis, private readonly keys: RedisKeys) {}

  get(provider: string): Promise<Airport[] | undefined> {
    return readJson(this.redis, this.keys.airports(provider), airportsSchema);
  }

  async set(provider: string, list: Airport[]): Promise<void> {
    await writeJson(this.redis, this.keys.airports(provider), list, TTL.airports);
  }
}
