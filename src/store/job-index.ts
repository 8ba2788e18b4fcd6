import type { Redis } from "ioredis";
import type { RedisKeys } from "./keys.js";

const INDEX_TTL = 90 * 24 * 3600;

/** Which queued jobs belong to a booking and to a chat, so they can be dropped together. */
export class JobIndex {
  constructor(private readonly redis: Redis, private readonly keys: RedisKeys) {}

  async addForBooking(provider: string, code: string, ids: readonly string[]): Promise<void> {
    if (ids.length === 0) return;
    const key = this.keys.bookingJobs(provider, code);
    await this.redis.multi().sadd(key, ...ids).expire(key, INDEX_TTL).exec();
  }

  async addForChat(chatId: number, ids: readonly string[]): Promise<void> {
    if (ids.length === 0) return;
    const key = this.keys.chatJobs(chatId);
    await this.redis.multi().sadd(key, ...ids).expire(key, INDEX_TTL).exec();
  }

  ofBooking(provider: string, code: string): Promise<string[]> {
    return this.redis.smembers(this.keys.bookingJobs(provider, code));
  }

  /** A chat's jobs, forgetting the index (the chat is gone for the bot). */
  async takeOfChat(chatId: number): Promise<string[]> {
    const key = this.keys.chatJobs(chatId);
    const [[, ids]] = (await this.redis.multi().smembers(key).del(key).exec()) as [[null, string[]], unknown];
    return ids;
  }
}

/**
 * A marker set just before a job's message is sent makes delivery at most once even if a worker dies
 * and the job is taken over; it is removed when Telegram refused the message, so a retry can send.
 */
export class SentMarkers {
  constructor(private readonly redis: Redis, private readonly keys: RedisKeys) {}

  async mark(jobId: string): Promise<boolean> {
    return (await this.redis.set(this.keys.jobSent(jobId), "1", "EX", 7 * 24 * 3600, "NX")) === "OK";
  }

  async unmark(jobId: string): Promise<void> {
    await this.redis.del(this.keys.jobSent(jobId));
  }
}
