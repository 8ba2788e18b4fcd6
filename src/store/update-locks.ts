import { randomBytes } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
import type { RedisClient } from "./redis-connection.js";

/** Compare-and-delete and compare-and-renew: only the holder of the token touches the key. */
export const RELEASE = `if redis.call("GET", KEYS[1]) == ARGV[1] then return redis.call("DEL", KEYS[1]) else return 0 end`;
export const RENEW = `if redis.call("GET", KEYS[1]) == ARGV[1] then return redis.call("PEXPIRE", KEYS[1], ARGV[2]) else return 0 end`;

export interface LockOptions {
  /** How long a lock outlives a process that died holding it. */
  ttlMs: number;
  /** How long an update waits for the lock before it is answered "try again". */
  maxWaitMs: number;
}

/**
 * A token only has to tell this holder from every other (compare-and-delete): a random id of the process
 * and a counter, instead of fresh random bytes on every update.
 */
const PROCESS_TOKEN = randomBytes(9).toString("base64url");
let tokensIssued = 0;

/** A token no other holder has, in this process or any other (locks here, update claims in store/update-log). */
export function holderToken(): string {
  return `${PROCESS_TOKEN}.${(tokensIssued++).toString(36)}`;
}

/**
 * Keys held with a token and a TTL, kept alive by one timer while their holder works: each gets its TTL
 * again once a third of it has passed, so it outlives a process that dies by at most `ttlMs`.
 */
export class KeepAlive {
  private readonly held = new Map<string, { token: string; since: number }>();
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly ttlMs: number, private readonly renew: (key: string, token: string, ttlMs: number) => void) {}

  keep(key: string, token: string): void {
    this.held.set(key, { token, since: Date.now() });
    if (this.timer) return;
    const every = Math.max(50, Math.floor(this.ttlMs / 3));
    this.timer = setInterval(() => this.renewDue(every), every);
    this.timer.unref();
  }

  forget(key: string): void {
    this.held.delete(key);
    if (this.held.size === 0 && this.timer) {
      clearInterval(this.timer);
      this.timer = undefined;
    }
  }

  private renewDue(every: number): void {
    const now = Date.now();
    for (const [key, held] of this.held) {
      if (now - held.since < every) continue;
      held.since = now;
      this.renew(key, held.token, this.ttlMs);
    }
  }
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

/** One attempt at a lock: held at once, or to be waited for; released by its holder only. */
export interface UserLock {
  readonly held: boolean;
  /** Waits (polling with backoff) until it is held; LockWaitTimeout after `maxWaitMs`. */
  acquire(): Promise<void>;
  /** Gives it up if held; a failed release (Redis away) leaves it to expire. */
  release(): Promise<void>;
}

type ScriptClient = RedisClient & {
  releaseUpdateLock(key: string, token: string): Promise<number>;
  renewUpdateLock(key: string, token: string, ttlMs: number): Promise<number>;
};

/**
 * Mutual exclusion across processes (one key, so it is Cluster-safe): SET NX PX with a random token,
 * renewed while held, released only by its holder (compare-and-delete). A waiter retries with capped
 * exponential backoff and jitter. A process that dies holding a lock delays the key's next update by at
 * most `ttlMs`. Under Sentinel failover a lock taken just before the primary dies can be lost with it:
 * that window is a few ms and what it protects (grammY's state) is rewritten whole by each update.
 * The first try is a plain command so that it leaves in the same round trip as the update's other
 * opening reads (bot/middlewares/claim-update.ts); the scripts go by EVALSHA.
 */
export class UpdateLocks {
  readonly stats: LockStats = { acquired: 0, contended: 0, roundTrips: 0 };
  private readonly redis: ScriptClient;
  /** Locks held now: one timer renews them all, so a long update (a provider call) keeps its lock. */
  private readonly alive: KeepAlive;

  constructor(redis: RedisClient, private readonly prefix: string, private readonly options: LockOptions = DEFAULT_LOCK_OPTIONS) {
    redis.defineCommand("releaseUpdateLock", { numberOfKeys: 1, lua: RELEASE });
    redis.defineCommand("renewUpdateLock", { numberOfKeys: 1, lua: RENEW });
    this.redis = redis as ScriptClient;
    this.alive = new KeepAlive(options.ttlMs, (key, token, ttlMs) => {
      this.stats.roundTrips++;
      this.redis.renewUpdateLock(key, token, ttlMs).catch(() => undefined);
    });
  }

  /** Runs `work` holding the lock of `name`. */
  async with<T>(name: string, work: () => Promise<T>): Promise<T> {
    const lock = await this.attempt(name);
    if (!lock.held) await lock.acquire();
    try {
      return await work();
    } finally {
      await lock.release();
    }
  }

  /** One SET NX now; the answer says whether the lock is held or must be waited for. */
  async attempt(name: string): Promise<UserLock> {
    const key = this.prefix + name;
    const token = holderToken();
    let held = await this.trySet(key, token);
    if (held) this.stats.acquired++;
    return {
      get held() {
        return held;
      },
      acquire: async () => {
        if (held) return;
        await this.wait(key, token);
        held = true;
      },
      release: async () => {
        if (!held) return;
        held = false;
        this.alive.forget(key);
        this.stats.roundTrips++;
        await this.redis.releaseUpdateLock(key, token).catch(() => undefined);
      },
    };
  }

  private async trySet(key: string, token: string): Promise<boolean> {
    this.stats.roundTrips++;
    if ((await this.redis.set(key, token, "PX", this.options.ttlMs, "NX")) !== "OK") return false;
    this.alive.keep(key, token);
    return true;
  }

  private async wait(key: string, token: string): Promise<void> {
    const deadline = Date.now() + this.options.maxWaitMs;
    let pause = 5;
    for (;;) {
      if (Date.now() + pause > deadline) throw new LockWaitTimeout(`lock ${key} still held after ${this.options.maxWaitMs} ms`);
      await sleep(pause / 2 + Math.random() * pause);
      pause = Math.min(pause * 2, 200);
      if (await this.trySet(key, token)) {
        this.stats.acquired++;
        this.stats.contended++;
        return;
      }
    }
  }
}
