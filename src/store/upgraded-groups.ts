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

  /**
   * Claims the move of an upgraded group's data to its supergroup: true for the one process that is to do
   * it, false while another does it or once it is done. A claim not marked done (its process died part-way)
   * lapses after a short lease, so the next one to learn of the upgrade finishes the move.
   */
  async claimMove(from: number): Promise<boolean> {
    return (await this.redis.set(this.keys.upgradedGroupMove(from), "moving", "EX", TTL.upgradedGroupMoveLease, "NX")) === "OK";
  }

  /** The move is done: nobody does it again (for as long as the old id's taps are pointed to the new one). */
  async moveDone(from: number): Promise<void> {
    await this.redis.set(this.keys.upgradedGroupMove(from), "done", "EX", TTL.upgradedGroup);
  }

  /** The move failed part-way: the next one to learn of the upgrade does it again (every step can be repeated). */
  async releaseMove(from: number): Promise<void> {
    await this.redis.del(this.keys.upgradedGroupMove(from));
  }

  /** The supergroup `chatId` became, if it was upgraded; a stored value that is no chat id reads as none. */
  async upgradedTo(chatId: number): Promise<number | undefined> {
    const raw = await this.redis.get(this.keys.upgradedGroup(chatId));
    if (raw === null || !/^-\d{1,16}$/.test(raw)) return undefined;
    return Number(raw);
  }
}
