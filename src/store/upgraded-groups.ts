import type { Redis } from "ioredis";
import { TTL, type RedisKeys } from "./keys.js";

/**
 * Groups upgraded to a supergroup, old id → new id. Telegram still shows the old group (read-only) and
 * delivers taps on its buttons with the old id, while its bookings and settings now live under the new
 * one: the tap is told where to go instead of reading the old chat as empty.
 */
export class UpgradedGroups {
  constructor(private readonly redis: Redis, private readonly keys: RedisKeys) {}

  async record(from: number, to: number): Promise<void> {
    await this.redis.set(this.keys.upgradedGroup(from), String(to), "EX", TTL.upgradedGroup);
  }

  /** The supergroup `chatId` became, if it was upgraded; a stored value that is no chat id reads as none. */
  async upgradedTo(chatId: number): Promise<number | undefined> {
    const raw = await this.redis.get(this.keys.upgradedGroup(chatId));
    if (raw === null || !/^-\d{1,16}$/.test(raw)) return undefined;
    return Number(raw);
  }
}
