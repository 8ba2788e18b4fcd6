import type { Redis } from "ioredis";
import type { ProviderId } from "../domain/flight.js";
import { TTL, type RedisKeys } from "./keys.js";

/** Telegram's file_id of each e-ticket already sent, so a second request re-sends without downloading. */
export class TicketFiles {
  constructor(private readonly redis: Redis, private readonly keys: RedisKeys) {}

  async fileId(provider: ProviderId, code: string): Promise<string | undefined> {
    return (await this.redis.get(this.keys.ticketFile(provider, code))) ?? undefined;
  }

  async remember(provider: ProviderId, code: string, fileId: string): Promise<void> {
    await this.redis.set(this.keys.ticketFile(provider, code), fileId, "EX", TTL.ticketFile);
  }
}
