import { randomUUID } from "node:crypto";
import { Redis } from "ioredis";
import type { BookingRequest } from "../../../src/domain/booking.js";
import type { ProviderError } from "../../../src/domain/errors.js";
import type { FlightOffer } from "../../../src/domain/flight.js";
import type { PassengerInput, PaxCount } from "../../../src/domain/passenger.js";
import { TiketProvider, type TiketProviderOptions } from "../../../src/providers/tiket/tiket-provider.js";
import { RedisTiketTokenStore } from "../../../src/store/tiket-token-store.js";
import { startTiketSandbox } from "../../../src/sandbox/tiket/index.js";
import { captureLogger } from "../../support/test-logger.js";

export const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
export const error = async (p: Promise<unknown>) => (await p.catch((e: unknown) => e)) as ProviderError;
export const adult: PassengerInput = { type: "adult", title: "Mr", fullName: "Budi Santoso", birthDate: "1985-04-12", idNumber: "3174092302900001" };
export const one: PaxCount = { adult: 1, child: 0, infant: 0 };
/** Neither Lion (captcha) nor Citilink (e-mailed voucher). */
export const plain = (o: FlightOffer) => !["JT", "QG"].includes(o.airlineCode);

export function requestFor(offer: FlightOffer, passengers: PassengerInput[], pax = one): BookingRequest {
  return {
    provider: "tiket", offerRef: offer.ref, flightCode: offer.flightCode, from: offer.from, to: offer.to, date: offer.date,
    pax, passengers, contact: { email: "budi@example.com", phone: "+6281234567890" },
  };
}

/**
 * A tiket.com sandbox, a real Redis (from the test setup) under a key prefix of its own, and providers
 * on them. Each provider has its own memory but shares the Redis token store, like processes of one deployment.
 *
 * `provider` waits generously (timeouts, search refresh, issue poll), so a busy machine never turns a
 * working call into a failure; the loops end as soon as the sandbox says the list is complete or the
 * ticket is out. `quick` gives up on book and issue calls after 1 s: use it for the call that meets a
 * `timeout` fault (1 s is still ample for the request to reach the in-process sandbox, which "timeout
 * after commit" needs).
 */
export async function startSandboxFixture(redisUrl: string) {
  const sandbox = await startTiketSandbox({ issueDelayMs: 150, searchRefreshMs: 200 });
  const redis = new Redis(redisUrl);
  const prefix = `test:tiket:${randomUUID()}:`;
  const { logger, lines } = captureLogger();
  const opened: TiketProvider[] = [];
  const make = (overrides: Partial<TiketProviderOptions> = {}): TiketProvider => {
    const p = new TiketProvider({
      baseUrl: sandbox.origin, ...sandbox.credentials, timeZone: "Asia/Jakarta", sandbox: true, logger,
      tokens: new RedisTiketTokenStore(redis, prefix), retryDelaysMs: [10, 10],
      timeouts: { read: 20_000, search: 20_000, book: 20_000, issue: 20_000 },
      searchRefresh: { maxMs: 20_000, intervalMs: 60 }, issuePoll: { maxMs: 20_000, intervalMs: 50 },
      ...overrides,
    });
    opened.push(p);
    return p;
  };
  const provider = make();
  const quick = make({ timeouts: { read: 20_000, search: 20_000, book: 1_000, issue: 1_000 } });

  /** The first offer matching `wanted` on the route, trying dates three weeks out and later. */
  const findOffer = async (from: string, to: string, wanted: (o: FlightOffer) => boolean, pax = one): Promise<FlightOffer> => {
    for (let d = 21; d < 60; d += 3) {
      const hit = (await provider.search({ from, to, date: day(d), pax })).find(wanted);
      if (hit) return hit;
    }
    throw new Error(`no such offer on ${from}-${to}`);
  };
  const bookPlain = async () => (await provider.book(requestFor(await findOffer("CGK", "DPS", plain), [adult]))).code;

  return {
    sandbox, redis, prefix, lines, provider, quick, make, findOffer, bookPlain,
    async close() {
      await Promise.all(opened.map((p) => p.close()));
      await sandbox.close();
      const keys = await redis.keys(`${prefix}*`);
      if (keys.length > 0) await redis.del(...keys);
      await redis.quit();
    },
  };
}
