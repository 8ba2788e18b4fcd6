import type { Redis } from "ioredis";
import { z } from "zod";
import type { Airport } from "../domain/airport.js";
import { matchAirport, type AirportMatch } from "../domain/airport-match.js";
import type { FlightProvider } from "../domain/flight-provider.js";
import { TTL, type RedisKeys } from "../store/keys.js";
import { readJson, writeJson } from "../store/redis-json.js";

const airportsSchema = z.array(z.object({ code: z.string(), city: z.string() }));

/** The provider's airport list, cached in Redis for a day (it rarely changes) and in memory for a minute. */
export class AirportDirectory {
  private memo?: { at: number; list: Airport[] };

  constructor(private readonly redis: Redis, private readonly keys: RedisKeys, private readonly provider: FlightProvider) {}

  async list(): Promise<Airport[]> {
    if (this.memo && Date.now() - this.memo.at < 60_000) return this.memo.list;
    const key = this.keys.airports(this.provider.id);
    let list = await readJson(this.redis, key, airportsSchema);
    if (!list || list.length === 0) {
      list = await this.provider.airports();
      await writeJson(this.redis, key, list, TTL.airports);
    }
    this.memo = { at: Date.now(), list };
    return list;
  }

  async match(input: string): Promise<AirportMatch> {
    return matchAirport(input, await this.list());
  }

  async cityOf(code: string): Promise<string> {
    return (await this.list()).find((a) => a.code === code)?.city ?? code;
  }
}
