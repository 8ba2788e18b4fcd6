import type { Airport } from "../domain/airport.js";
import { airportOfKnownCode, matchAirport, type AirportMatch } from "../domain/airport-match.js";
import { isProviderError } from "../domain/errors.js";
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

  /**
   * The list unreadable (the provider down, nothing cached): a known code typed as such ("cgk") is still that
   * airport, so a search of codes goes on (the search validates the route); anything else needs the list,
   * and the provider's error goes to the caller, to be said as the provider's fault.
   */
  async match(input: string): Promise<AirportMatch> {
    let list: Airport[];
    try {
      list = await this.list();
    } catch (e) {
      const known = isProviderError(e) ? airportOfKnownCode(input) : undefined;
      if (known) return { kind: "exact", airport: known };
      throw e;
    }
    return matchAirport(input, list);
  }

  async cityOf(code: string): Promise<string> {
    return (await this.list()).find((a) => a.code === code)?.city ?? code;
  }
}
