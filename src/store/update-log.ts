import type { Redis } from "ioredis";
import { TTL, type RedisKeys } from "./keys.js";

/**
 * Telegram delivers updates at least once (a webhook retried after a timeout, a poller restarted
 * before confirming). The first process to claim an update_id handles it; the rest drop it.
 */
export class UpdateLog {
  constructor(private readonly redis: Redis, private readonly keys: RedisKeys) {}

  async claim(updateId: number): Promise<boolean> {
    return (await this.redis.set(this.keys.update(updateId), "1", "EX", TTL.update, "NX")) === "OK";
  }

  /** Lets a claimed update be handled again (it was given up before anything was done). */
  async unclaim(updateId: number): Promise<void> {
    await this.redis.del(this.keys.update(updateId));
  }
}
