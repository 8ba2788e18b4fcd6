import type { Redis } from "ioredis";
import { z } from "zod";
import type { PaxCount } from "../domain/passenger.js";
import { TTL, type RedisKeys } from "./keys.js";
import { readJson, writeJson } from "./redis-json.js";
import { paxSchema } from "./schemas.js";

const tripSchema = z.object({
  from: z.string().regex(/^[A-Z]{3}$/),
  to: z.string().regex(/^[A-Z]{3}$/),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  pax: paxSchema.optional(),
});

/** A return flight to search: its route, day, and (once the outbound is booked) the party booked. */
export type ReturnTrip = { from: string; to: string; date: string; pax?: PaxCount };

/**
 * The return a member typed with a search ("pulang tgl 24", "pp 24"), kept per chat and member so that
 * after the outbound is booked its search is one tap (or "pulangnya") away. Keyed by member: anyone else
 * in the chat, or another chat, finds nothing, as with an expired button.
 */
export class ReturnTrips {
  constructor(private readonly redis: Redis, private readonly keys: RedisKeys) {}

  async note(chatId: number, userId: number, trip: ReturnTrip): Promise<void> {
    await writeJson(this.redis, this.keys.returnTrip(chatId, userId), trip, TTL.returnTrip);
  }

  async get(chatId: number, userId: number): Promise<ReturnTrip | undefined> {
    return readJson(this.redis, this.keys.returnTrip(chatId, userId), tripSchema);
  }

  /** A search with no return asked: an older one's return is no longer meant. */
  async forget(chatId: number, userId: number): Promise<void> {
    await this.redis.del(this.keys.returnTrip(chatId, userId));
  }
}
