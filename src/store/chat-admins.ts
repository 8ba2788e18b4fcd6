import type { Redis } from "ioredis";
import type { RedisKeys } from "./keys.js";

const ADMIN_CACHE_SECONDS = 300;

/** A short cache of a group's administrators (admins change rarely; every spending check asks). */
export class ChatAdminsCache {
  constructor(private readonly redis: Redis, private readonly keys: RedisKeys) {}

  async get(chatId: number): Promise<number[] | undefined> {
    const cached = await this.redis.get(this.keys.chatAdmins(chatId));
    if (cached === null) return undefined;
    const ids = cached.split(",").filter(Boolean).map(Number);
    return ids.every(Number.isSafeInteger) ? ids : undefined;
  }

  async set(chatId: number, admins: readonly number[]): Promise<void> {
    await this.redis.set(this.keys.chatAdmins(chatId), admins.join(","), "EX", ADMIN_CACHE_SECONDS);
  }

  /** After /allow, a promotion or a demotion: the next check asks Telegram again. */
  async forget(chatId: number): Promise<void> {
    await this.redis.del(this.keys.chatAdmins(chatId));
  }
}
