import type { Airline, Airport } from "../../domain/airport.js";
import type { Booking, BookingRequest, BookingStatusResult, IssueResult, TicketDocument } from "../../domain/booking.js";
import { isProviderError, ProviderError } from "../../domain/errors.js";
import type { FlightOffer, ProviderId, Quote, SearchQuery } from "../../domain/flight.js";
import type { FlightProvider, ForAgent, SearchOptions } from "../../domain/flight-provider.js";
import type { Rupiah } from "../../domain/money.js";
import type { PaxCount } from "../../domain/passenger.js";
import { mergeOffers } from "./merge-offers.js";

/**
 * PROVIDER=both: searches ask every provider in parallel and merge; everything about one offer or
 * booking goes to the provider that owns it. A failing provider doesn't fail a search while another answers.
 * A bare booking code is looked up with every provider's status; issuing one goes only to the provider
 * that alone knows it, never to a guessed one.
 */
export class CombinedProvider implements FlightProvider {
  /** The first provider's id; bare-code answers say which provider they are about (`status().provider`). */
  readonly id: ProviderId;
  readonly sandbox: boolean;
  private readonly linkOwners = new Map<string, FlightProvider>();

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
    // What each provider found so far; every change shows the merged list.
    const soFar = new Map<ProviderId, readonly FlightOffer[]>();
    const found = options.onOffers && ((id: ProviderId, offers: readonly FlightOffer[]) => {
      soFar.set(id, offers);
      options.onOffers!(mergeOffers([...soFar.values()].map((l) => [...l])));
    });
    const results = await Promise.allSettled(
      this.providers.map(async (p) => {
        // A provider that answers only in part says so through onProviderFailed too.
        const own = { signal: options.signal, airline: options.airline, lang: options.lang, onOffers: found && ((l: readonly FlightOffer[]) => found(p.id, l)), onProviderFailed: options.onProviderFailed };
        const offers = await p.search(query, own).catch((e: unknown) => {
          // A provider that can't take this party at all (party_limit) did not fail: searching again can't bring
          // its flights, so the list is not called incomplete; the results name its limit instead.
          if (!isProviderError(e, "no_flights") && !isProviderError(e, "party_limit")) options.onProviderFailed?.(p.id);
          throw e;
        });
        done += 1;
        if (found && offers.length > 0) found(p.id, offers);
        // Each provider's answer is progress: the faster one is shown while the other still searches.
        options.onPartial?.({ source: `provider:${p.id}`, offers: offers.length, done, total: this.providers.length });
        return offers;
      }),
    );
    const lists = results.filter((r): r is PromiseFulfilledResult<FlightOffer[]> => r.status === "fulfilled").map((r) => r.value);
    const merged = mergeOffers(lists);
    if (merged.length > 0) return merged;
    // "No flights" is a claim about every provider: with one of them failing, its failure is the answer; a
    // failure searching again may mend comes before a party one provider can never take.
    const failed = results.filter((r): r is PromiseRejectedResult => r.status === "rejected" && !isProviderError(r.reason, "no_flights"));
    const failure = failed.find((r) => !isProviderError(r.reason, "party_limit")) ?? failed[0];
    if (failure) throw failure.reason;
    if (lists.length === 0) throw firstError(results);
    return merged;
  }

  quote(offer: FlightOffer, pax: PaxCount, options?: ForAgent): Promise<Quote> {
    return this.owner(offer.provider).quote(offer, pax, options);
  }

  book(request: BookingRequest): Promise<Booking> {
    return this.owner(request.provider).book(request);
  }

  /**
   * Pays only through the provider that owns the code, found by asking every provider's status first:
   * exactly one must know it and every other must say it doesn't. Anything less (nobody knows it, two
   * do, or one could not answer) refuses with a typed error rather than guessing, so a payment never
   * reaches a provider that doesn't own the order.
   */
  async issue(code: string, confirmedTotal?: Rupiah): Promise<IssueResult> {
    const found = await this.lookup(code);
    if (found.known.length === 1 && found.failed.length === 0) return found.known[0]!.provider.issue(code, confirmedTotal);
    throw found.known.length > 1 ? ambiguous(code, found.known) : (found.failed[0] ?? found.notFound[0] ?? notFound(code));
  }

  /**
   * A bare code (booked outside the bot) could belong to any provider: every provider is asked, and the
   * answer says which one knows the code (`provider`), so a caller acting on it next goes to that one.
   */
  async status(code: string): Promise<BookingStatusResult> {
    const found = await this.lookup(code);
    if (found.known.length > 1) throw ambiguous(code, found.known);
    const owner = found.known[0];
    if (owner) return { ...owner.result, provider: owner.provider.id };
    throw found.failed[0] ?? found.notFound[0] ?? notFound(code);
  }

  async ticket(code: string): Promise<TicketDocument> {
    const { value, provider } = await this.first((p) => p.ticket(code));
    if (value.kind === "link") this.rememberLink(value.url, provider);
    return value;
  }

  /** Each provider downloads only from its own host: the link goes back to the provider that gave it. */
  async downloadTicket(doc: Extract<TicketDocument, { kind: "link" }>): Promise<Uint8Array> {
    const owner = this.linkOwners.get(doc.url);
    if (owner) return owner.downloadTicket(doc);
    return (await this.first((p) => p.downloadTicket(doc))).value;
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

  /** Every provider's status of a bare code, split into who knows it, who doesn't, and who failed. */
  private async lookup(code: string): Promise<Lookup> {
    const answers = await Promise.allSettled(this.providers.map((p) => p.status(code)));
    const found: Lookup = { known: [], notFound: [], failed: [] };
    answers.forEach((a, i) => {
      if (a.status === "fulfilled") found.known.push({ provider: this.providers[i]!, result: a.value });
      else if (isProviderError(a.reason, "booking_not_found")) found.notFound.push(a.reason);
      else found.failed.push(a.reason);
    });
    return found;
  }

  /** Asks each provider in turn until one knows the code (read-only calls only). */
  private async first<T>(call: (p: FlightProvider) => Promise<T>): Promise<{ value: T; provider: FlightProvider }> {
    let last: unknown;
    for (const p of this.providers) {
      try {
        return { value: await call(p), provider: p };
      } catch (e) {
        if (!isProviderError(e, "booking_not_found")) throw e;
        last = e;
      }
    }
    throw last;
  }

  private rememberLink(url: string, provider: FlightProvider): void {
    this.linkOwners.delete(url);
    this.linkOwners.set(url, provider);
    if (this.linkOwners.size > LINKS_KEPT) this.linkOwners.delete(this.linkOwners.keys().next().value!);
  }
}

interface Lookup {
  known: { provider: FlightProvider; result: BookingStatusResult }[];
  notFound: unknown[];
  failed: unknown[];
}

/** Ticket links handed out recently, with the provider that gave each. */
const LINKS_KEPT = 200;

function notFound(code: string): ProviderError {
  return new ProviderError("booking_not_found", "no provider knows this booking code", { messages: [code] });
}

function ambiguous(code: string, known: Lookup["known"]): ProviderError {
  const ids = known.map((k) => k.provider.id).join(", ");
  return new ProviderError("validation", `booking code ${code} is known to more than one provider (${ids}): open it from the booking's own provider`, {
    messages: [`${code}: ${ids}`],
  });
}

function firstError(results: PromiseSettledResult<unknown>[]): unknown {
  const failed = results.find((r): r is PromiseRejectedResult => r.status === "rejected");
  return failed?.reason ?? new ProviderError("no_flights", "no provider answered");
}
