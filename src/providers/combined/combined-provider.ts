import type { Airline, Airport } from "../../domain/airport.js";
import type { Booking, BookingRequest, BookingStatusResult, IssueResult, TicketDocument } from "../../domain/booking.js";
import { isProviderError, ProviderError } from "../../domain/errors.js";
import type { FlightOffer, ProviderId, Quote, SearchQuery } from "../../domain/flight.js";
import type { FlightProvider, SearchOptions } from "../../domain/flight-provider.js";
import type { PaxCount } from "../../domain/passenger.js";
import { mergeOffers } from "./merge-offers.js";

/**
 * PROVIDER=both: searches ask every provider in parallel and merge; everything about one offer or
 * booking goes to the provider that owns it. A failing provider doesn't fail a search while another answers.
 */
export class CombinedProvider implements FlightProvider {
  readonly id: ProviderId;
  readonly sandbox: boolean;

  constructor(private readonly providers: readonly FlightProvider[]) {
    if (providers.length === 0) throw new Error("CombinedProvider needs providers");
    this.id = providers[0]!.id;
    this.sandbox = providers.every((p) => p.sandbox);
  }

  async airports(): Promise<Airport[]> {
    const lists = await Promise.allSettled(this.providers.map((p) => p.airports()));
    const byCode = new Map<string, Airport>();
    for (const r of lists) if (r.status === "fulfilled") for (const a of r.value) if (!byCode.has(a.code)) byCode.set(a.code, a);
    if (byCode.size === 0) throw firstError(lists);
    return [...byCode.values()];
  }

  async airlines(): Promise<Airline[]> {
    const lists = await Promise.allSettled(this.providers.map((p) => p.airlines()));
    const byCode = new Map<string, Airline>();
    for (const r of lists) if (r.status === "fulfilled") for (const a of r.value) if (!byCode.has(a.code)) byCode.set(a.code, a);
    return [...byCode.values()];
  }

  async search(query: SearchQuery, options: SearchOptions = {}): Promise<FlightOffer[]> {
    let done = 0;
    const results = await Promise.allSettled(
      this.providers.map(async (p) => {
        const offers = await p.search(query, { signal: options.signal, airline: options.airline });
        done += 1;
        // Each provider's answer is progress: the faster one is shown while the other still searches.
        options.onPartial?.({ source: `provider:${p.id}`, offers: offers.length, done, total: this.providers.length });
        return offers;
      }),
    );
    const lists = results.filter((r): r is PromiseFulfilledResult<FlightOffer[]> => r.status === "fulfilled").map((r) => r.value);
    if (lists.length === 0) throw firstError(results);
    return mergeOffers(lists);
  }

  quote(offer: FlightOffer, pax: PaxCount): Promise<Quote> {
    return this.owner(offer.provider).quote(offer, pax);
  }

  book(request: BookingRequest): Promise<Booking> {
    return this.owner(request.provider).book(request);
  }

  issue(code: string): Promise<IssueResult> {
    return this.first((p) => p.issue(code), "issue");
  }

  status(code: string): Promise<BookingStatusResult> {
    return this.first((p) => p.status(code), "status");
  }

  ticket(code: string): Promise<TicketDocument> {
    return this.first((p) => p.ticket(code), "ticket");
  }

  downloadTicket(doc: Extract<TicketDocument, { kind: "link" }>): Promise<Uint8Array> {
    return this.first((p) => p.downloadTicket(doc), "download");
  }

  /** The first provider's deposit; /balance lists each provider's on its own. */
  balance(): Promise<number> {
    return this.providers[0]!.balance();
  }

  owner(id: ProviderId): FlightProvider {
    const p = this.providers.find((x) => x.id === id);
    if (!p) throw new ProviderError("unavailable", `provider ${id} is not configured`);
    return p;
  }

  /**
   * A bare code (booked outside the bot) could belong to either provider: ask each in turn until one
   * knows it. Issue is only reached this way after a status check found the owner, so it isn't sent twice.
   */
  private async first<T>(call: (p: FlightProvider) => Promise<T>, what: string): Promise<T> {
    let last: unknown;
    for (const p of this.providers) {
      try {
        return await call(p);
      } catch (e) {
        if (!isProviderError(e, "booking_not_found") || what === "issue") throw e;
        last = e;
      }
    }
    throw last;
  }
}

function firstError(results: PromiseSettledResult<unknown>[]): unknown {
  const failed = results.find((r): r is PromiseRejectedResult => r.status === "rejected");
  return failed?.reason ?? new ProviderError("no_flights", "no provider answered");
}
