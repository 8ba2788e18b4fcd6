import { describe, expect, it } from "vitest";
import type { FlightOffer, ProviderId } from "../../../src/domain/flight.js";
import type { FlightProvider, SearchOptions } from "../../../src/domain/flight-provider.js";
import { CombinedProvider } from "../../../src/providers/combined/combined-provider.js";

const offer = (provider: ProviderId, flightCode: string, price: number): FlightOffer => ({
  provider, ref: `${provider}-${flightCode}`, airlineName: "Lion Air", airlineCode: flightCode.slice(0, 2), flightCode, from: "CGK", to: "SUB",
  date: "2026-12-30", departsAt: "2026-12-30T05:00:00.000+07:00", arrivesAt: "2026-12-30T06:30:00.000+07:00", stops: 0, price,
});

/** A provider that answers `offers`, saying first (as MMBC does when only some airlines answered) that the list is partial. */
function fake(id: ProviderId, offers: FlightOffer[], partial: boolean): FlightProvider {
  return {
    id, sandbox: true,
    search: (_q, options: SearchOptions = {}) => {
      if (partial) options.onProviderFailed?.(id);
      return Promise.resolve(offers);
    },
  } as Partial<FlightProvider> as FlightProvider;
}

const query = { from: "CGK", to: "SUB", date: "2026-12-30", pax: { adult: 1, child: 0, infant: 0 } };

describe("PROVIDER=both: a provider that answered only in part", () => {
  it("is reported as missing, and its flights are still listed", async () => {
    const both = new CombinedProvider([fake("mmbc", [offer("mmbc", "JT-690", 440_000)], true), fake("tiket", [offer("tiket", "QG-100", 500_000)], false)]);
    const missing: ProviderId[] = [];
    const offers = await both.search(query, { onProviderFailed: (id) => missing.push(id) });
    expect(missing).toEqual(["mmbc"]);
    expect(offers.map((o) => o.provider)).toEqual(["mmbc", "tiket"]);
  });

  it("complete answers report nobody", async () => {
    const both = new CombinedProvider([fake("mmbc", [offer("mmbc", "JT-690", 440_000)], false), fake("tiket", [], false)]);
    const missing: ProviderId[] = [];
    await both.search(query, { onProviderFailed: (id) => missing.push(id) });
    expect(missing).toEqual([]);
  });
});
