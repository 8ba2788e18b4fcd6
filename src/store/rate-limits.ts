import type { Redis } from "ioredis";
import { RateLimiterRedis, RateLimiterRes } from "rate-limiter-flexible";

/** What one person may ask of the provider per minute, across every process (the counters live in Redis). */
export const LIMITS = {
  /** Starting a search (each runs a provider search). */
  search: { points: 10, duration: 60 },
  /** Inline searches that miss the cache (paging and retyping a cached route are free). */
  inline: { points: 15, duration: 60 },
  /** /status, /ticket, /balance and their buttons. */
  lookup: { points: 20, duration: 60 },
  /** Issue requests (the confirmation itself is not limited: it is one per request). */
  issue: { points: 10, duration: 60 },
} as const;
export type LimitKind = keyof typeof LIMITS;

/** Per-user limits with rate-limiter-flexible's Redis limiter (an atomic counter with a TTL per window). */
export class RateLimits {
  private readonly limiters: Record<LimitKind, RateLimiterRedis>;

  constructor(redis: Redis, prefix: string, limits: Record<LimitKind, { points: number; duration: number }> = LIMITS) {
    const make = (kind: LimitKind) => new RateLimiterRedis({ storeClient: redis, keyPrefix: `${prefix}${kind}`, ...limits[kind] });
    this.limiters = { search: make("search"), inline: make("inline"), lookup: make("lookup"), issue: make("issue") };
  }

  /** 0 when allowed (and counted); otherwise the seconds until the next try is allowed. */
  async take(kind: LimitKind, userId: number): Promise<number> {
    try {
      await this.limiters[kind].consume(String(userId));
      return 0;
    } catch (e) {
      if (e instanceof RateLimiterRes) return Math.max(1, Math.ceil(e.msBeforeNext / 1000));
      throw e;
    }
  }
}
