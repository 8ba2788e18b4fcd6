import type { Redis } from "ioredis";
import { TTL, type RedisKeys } from "./keys.js";

/**
 * Bookings whose answer never came (outcome unknown), per member and chat and flight: the booking may
 * exist without the bot knowing its code, so booking the same flight again is asked about first.
 * One hash per member and chat; a note lasts about as long as an unpaid hold.
 */
export class UncertainBookings {
  constructor(
    private readonly redis: Redis,
    private readonly keys: RedisKeys,
  ) {}

  async note(chatId: number, userId: number, flight: string, names: string): Promise<void> {
    const key = this.keys.uncertainBookings(chatId, userId);
    await this.redis.multi().hset(key, flight, names).expire(key, TTL.uncertainBooking).exec();
  }

  /** The passengers of an unanswered booking of this flight, if there is one. */
  async names(chatId: number, userId: number, flight: string): Promise<string | undefined> {
    return (await this.redis.hget(this.keys.uncertainBookings(chatId, userId), flight)) ?? undefined;
  }

  async clear(chatId: number, userId: number, flight: string): Promise<void> {
    await this.redis.hdel(this.keys.uncertainBookings(chatId, userId), flight);
  }
}
