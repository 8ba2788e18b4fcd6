import { Redis } from "ioredis";
import { afterAll, beforeEach, inject } from "vitest";
import type { IssueDeps } from "../../src/services/issue-booking.js";
import { BookingStore } from "../../src/store/booking-store.js";
import { IssueLedger } from "../../src/store/issue-ledger.js";
import { redisKeys } from "../../src/store/keys.js";
import { startCannedTiket } from "../providers/tiket/canned-tiket.js";

/**
 * tiket.com over HTTP (canned answers from the spec) with the real issue ledger and booking store on
 * Redis, for tests of `issueOnce`: only the clock is the test's (`clock.now`, reset before each test,
 * as are the canned routes). Registers its own cleanup.
 */
export async function tiketIssueBed(name: string) {
  const t = await startCannedTiket();
  const redis = new Redis(inject("redisUrl"));
  const keys = redisKeys(`${name}-${process.pid}`);
  const ledger = new IssueLedger(redis, keys);
  const clock = { now: Date.now() };
  const deps: IssueDeps = { ledger, bookings: new BookingStore(redis, keys), now: () => new Date(clock.now) };
  afterAll(async () => {
    await t.close();
    redis.disconnect();
  });
  beforeEach(() => {
    t.routes.clear();
    clock.now = Date.now();
  });
  return { t, redis, keys, ledger, deps, clock };
}
