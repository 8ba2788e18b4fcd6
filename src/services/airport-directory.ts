import type { Airport } from "../domain/airport.js";
import { matchAirport, type AirportMatch } from "../domain/airport-match.js";
import type { FlightProvider } from "../domain/flight-provider.js";
import type { AirportCache } from "../store/airport-cache.js";

/** The provider's airport list, cached in Redis for a day (it rarely changes) and in memory for a minute. */
export class AirportDirectory {
  private memo?: { at: number; list: Airport[] };

  constructor(private readonly cache: AirportCache, private readonly provider: FlightProvider) {}

  async list(): Promise<Airport[]> {
    if (this.memo && Date.now() - this.memo.at < 60_000) return this.memo.list;
    let list = await this.cache.get(this.provider.id);
    if (!list || list.length === 0) {
      list = await this.provider.airports();
      await this.cache.set(this.provider.id, list);
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
