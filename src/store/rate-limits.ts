import { createHash } from "node:crypto";
import type { Redis } from "ioredis";
import { RateLimiterRedis, RateLimiterRes } from "rate-limiter-flexible";

/**
 * What one person may ask of the provider per window, across every process (the counters live in Redis).
 * Most are per minute; login and password-reset attempts are per 15 minutes, since each is a guess at a
 * password or at reset data, and a login MMBC sees refused too often may be locked.
 */
export const LIMITS = {
  /** Starting a search (each runs a provider search). */
  search: { points: 10, duration: 60 },
  /** Inline searches that miss the cache (paging and retyping a cached route are free). */
  inline: { points: 15, duration: 60 },
  /** /status, /ticket, /balance and their buttons. */
  lookup: { points: 20, duration: 60 },
  /** Issue requests (the confirmation itself is not limited: it is one per request). */
  issue: { points: 10, duration: 60 },
  /** /login and /resetpassword tries that reach MMBC, per person. */
  accountAttempt: { points: 5, duration: 900 },
  /** The same tries per username, whoever types them: many people guessing one login are one guesser. */
  accountTarget: { points: 10, duration: 900 },
} as const;
export type LimitKind = keyof typeof LIMITS;

/** Per-user limits with rate-limiter-flexible's Redis limiter (an atomic counter with a TTL per window). */
export class RateLimits {
  private readonly limiters: Record<LimitKind, RateLimiterRedis>;

  constructor(redis: Redis, prefix: string, limits: Record<LimitKind, { points: number; duration: number }> = LIMITS) {
    const make = (kind: LimitKind) => new RateLimiterRedis({ storeClient: redis, keyPrefix: `${prefix}${kind}`, ...limits[kind] });
    this.limiters = {
      search: make("search"), inline: make("inline"), lookup: make("lookup"), issue: make("issue"),
      accountAttempt: make("accountAttempt"), accountTarget: make("accountTarget"),
    };
  }

  /** 0 when allowed (and counted); otherwise the seconds until the next try is allowed. */
  async take(kind: LimitKind, userId: number): Promise<number> {
    return this.consume(kind, String(userId));
  }

  /** take() without counting: whether a person is over the limit right now (0: not). */
  async waitFor(kind: LimitKind, userId: number): Promise<number> {
    const res = await this.limiters[kind].get(String(userId));
    return res && res.consumedPoints >= this.limiters[kind].points ? seconds(res) : 0;
  }

  /**
   * One login or reset try by this person at this username (`key`: the username as the provider tells
   * logins apart), counted for both. The username is kept only as a hash. The person is checked first, so
   * one already over their limit doesn't use up the username's tries.
   */
  async takeAccountAttempt(userId: number, key: string): Promise<number> {
    const own = await this.consume("accountAttempt", String(userId));
    if (own > 0) return own;
    return this.consume("accountTarget", createHash("sha256").update(key).digest("hex").slice(0, 32));
  }

  private async consume(kind: LimitKind, key: string): Promise<number> {
    try {
      await this.limiters[kind].consume(key);
      return 0;
    } catch (e) {
      if (e instanceof RateLimiterRes) return seconds(e);
      throw e;
    }
  }
}

function seconds(res: RateLimiterRes): number {
  return Math.max(1, Math.ceil(res.msBeforeNext / 1000));
}
