import { afterAll, describe, expect, inject, it } from "vitest";
import { isProviderError, partyBreachOf, ProviderError } from "../../../src/domain/errors.js";
import type { FlightOffer, ProviderId } from "../../../src/domain/flight.js";
import type { FlightProvider } from "../../../src/domain/flight-provider.js";
import type { PassengerInput, PaxCount } from "../../../src/domain/passenger.js";
import { CombinedProvider } from "../../../src/providers/combined/combined-provider.js";
import { adult, day, error, one, plain, requestFor, startSandboxFixture } from "./sandbox-fixture.js";

// spec §6 order/add/flight: "Maximum 6 each" of adult, child and infant; the bot takes parties of up to 7.
const { sandbox, provider, findOffer, close } = await startSandboxFixture(inject("redisUrl"));
afterAll(close);

const seven: PaxCount = { adult: 7, child: 0, infant: 0 };
const query = (pax: PaxCount, date = day(24)) => ({ from: "CGK", to: "DPS", date, pax });

/** Everything sent to the sandbox while `run` runs. */
async function sent(run: () => Promise<unknown>): Promise<string[]> {
  const before = sandbox.controls.calls().length;
  await run();
  return sandbox.controls.calls().slice(before).map((c) => c.endpoint);
}

describe("tiket.com's party limit, checked by the adapter", () => {
  it.each([
    [seven, { over: "adult", count: 7, limit: 6 }],
    [{ adult: 1, child: 7, infant: 0 }, { over: "child", count: 7, limit: 6 }],
    [{ adult: 7, child: 0, infant: 7 }, { over: "adult", count: 7, limit: 6 }],
    [{ adult: 0, child: 2, infant: 0 }, { over: "too_few_adults", count: 0, limit: 1 }],
  ] as const)("search refuses %o before any call, with the limit it breaks", async (pax, breach) => {
    let e: ProviderError | undefined;
    expect(await sent(async () => { e = await error(provider.search(query(pax))); })).toEqual([]);
    expect(isProviderError(e, "party_limit")).toBe(true);
    expect(e!.retryable).toBe(false);
    expect(e!.partyLimit).toEqual({ provider: "tiket", ...breach });
    // The replay log keeps an error's code and messages only: the limit reads back from them.
    expect(partyBreachOf({ code: e!.code, messages: e!.messages })).toEqual({ provider: "tiket", ...breach });
  });

  it("6 adults are searched as always", async () => {
    const calls = await sent(async () => expect((await provider.search(query({ adult: 6, child: 0, infant: 0 }))).length).toBeGreaterThan(0));
    expect(calls).toContain("search/flight");
  });

  it("a quote and a booking for 7 refuse too, before any token, search or cart call", async () => {
    const offer = await findOffer("CGK", "DPS", plain);
    let quoted: ProviderError | undefined;
    let booked: ProviderError | undefined;
    const passengers: PassengerInput[] = Array.from({ length: 7 }, (_, i) => ({ ...adult, fullName: `Budi Santoso ${"ABCDEFG"[i]}` }));
    expect(await sent(async () => {
      quoted = await error(provider.quote(offer, seven));
      booked = await error(provider.book(requestFor(offer, passengers, seven)));
    })).toEqual([]);
    expect(quoted?.code).toBe("party_limit");
    expect(booked?.code).toBe("party_limit");
    expect(booked?.partyLimit).toEqual({ provider: "tiket", over: "adult", count: 7, limit: 6 });
  });
});

const other = (id: ProviderId, answer: () => Promise<FlightOffer[]>) => ({ id, sandbox: true, search: answer }) as Partial<FlightProvider> as FlightProvider;
const mmbcOffer = (date: string): FlightOffer => ({
  provider: "mmbc", ref: "mmbc-GA-400", airlineName: "Garuda Indonesia", airlineCode: "GA", flightCode: "GA-400", from: "CGK", to: "DPS",
  date, departsAt: `${date}T06:00:00.000+07:00`, arrivesAt: `${date}T08:50:00.000+07:00`, stops: 0, price: 1_200_000,
});

describe("PROVIDER=both with a party tiket.com can't take", () => {
  it("lists the other provider's flights and does not call tiket.com failed (the list is not incomplete by chance)", async () => {
    const date = day(25);
    const both = new CombinedProvider([other("mmbc", () => Promise.resolve([mmbcOffer(date)])), provider]);
    const failed: ProviderId[] = [];
    let offers: FlightOffer[] = [];
    expect(await sent(async () => { offers = await both.search(query(seven, date), { onProviderFailed: (id) => failed.push(id) }); })).toEqual([]);
    expect(offers.map((o) => o.flightCode)).toEqual(["GA-400"]);
    expect(failed).toEqual([]);
  });

  it("with no other flights, the limit is the answer; a failure searching again may mend comes first", async () => {
    const none = new CombinedProvider([other("mmbc", () => Promise.reject(new ProviderError("no_flights", "none"))), provider]);
    expect((await error(none.search(query(seven)))).code).toBe("party_limit");
    const down = new CombinedProvider([other("mmbc", () => Promise.reject(new ProviderError("upstream", "airline down"))), provider]);
    const failed: ProviderId[] = [];
    expect((await error(down.search(query(seven), { onProviderFailed: (id) => failed.push(id) }))).code).toBe("upstream");
    expect(failed).toEqual(["mmbc"]);
  });

  it("one adult is searched on both, as always", async () => {
    const date = day(26);
    const both = new CombinedProvider([other("mmbc", () => Promise.resolve([mmbcOffer(date)])), provider]);
    const offers = await both.search(query(one, date));
    expect(new Set(offers.map((o) => o.provider))).toEqual(new Set(["mmbc", "tiket"]));
  });
});
