import { randomBytes } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
import type { RedisClient } from "./redis-connection.js";

const RELEASE = `if redis.call("GET", KEYS[1]) == ARGV[1] then return redis.call("DEL", KEYS[1]) else return 0 end`;
const RENEW = `if redis.call("GET", KEYS[1]) == ARGV[1] then return redis.call("PEXPIRE", KEYS[1], ARGV[2]) else return 0 end`;

export interface LockOptions {
  /** How long a lock outlives a process that died holding it. */
  ttlMs: number;
  /** How long an update waits for the lock before it is answered "try again". */
  maxWaitMs: number;
}

export const DEFAULT_LOCK_OPTIONS: LockOptions = { ttlMs: 15_000, maxWaitMs: 120_000 };

/** Waiting for a lock took longer than `maxWaitMs` (the holder is still working, or stuck). */
export class LockWaitTimeout extends Error {
  override name = "LockWaitTimeout";
}

export interface LockStats {
  acquired: number;
  /** Acquisitions that found the lock taken at least once. */
  contended: number;
  /** Redis round trips spent (SET NX tries, renewals, releases). */
  roundTrips: number;
}

/**
 * Mutual exclusion across processes (one key, so it is Cluster-safe): SET NX PX with a random token,
 * renewed while held, released only by its holder (compare-and-delete). A waiter retries with capped
 * exponential backoff and jitter. A process that dies holding a lock delays the key's next update by at
 * most `ttlMs`. Under Sentinel failover a lock taken just before the primary dies can be lost with it:
 * that window is a few ms and what it protects (grammY's state) is rewritten whole by each update.
 */
export class UpdateLocks {
  readonly stats: LockStats = { acquired: 0, contended: 0, roundTrips: 0 };

  constructor(private readonly redis: RedisClient, private readonly prefix: string, private readonly options: LockOptions = DEFAULT_LOCK_OPTIONS) {}

  /** Runs `work` holding the lock of `name`. */
  async with<T>(name: string, work: () => Promise<T>): Promise<T> {
    const key = this.prefix + name;
    const token = randomBytes(9).toString("base64url");
    await this.acquire(key, token);
    const renewEvery = Math.max(50, Math.floor(this.options.ttlMs / 3));
    const renewal = setInterval(() => {
      this.stats.roundTrips++;
      this.redis.eval(RENEW, 1, key, token, this.options.ttlMs).catch(() => undefined);
    }, renewEvery);
    renewal.unref();
    try {
      return await work();
    } finally {
      clearInterval(renewal);
      this.stats.roundTrips++;
      // A failed release (Redis away) leaves the lock to expire: the next update waits at most ttlMs.
      await this.redis.eval(RELEASE, 1, key, token).catch(() => undefined);
    }
  }

  private async acquire(key: string, token: string): Promise<void> {
    const deadline = Date.now() + this.options.maxWaitMs;
    let pause = 5;
    for (let attempt = 0; ; attempt++) {
      this.stats.roundTrips++;
      if ((await this.redis.set(key, token, "PX", this.options.ttlMs, "NX")) === "OK") {
        this.stats.acquired++;
        if (attempt > 0) this.stats.contended++;
        return;
      }
      if (Date.now() + pause > deadline) throw new LockWaitTimeout(`lock ${key} still held after ${this.options.maxWaitMs} ms`);
      await sleep(pause / 2 + Math.random() * pause);
      pause = Math.min(pause * 2, 200);
    }
  }
}
