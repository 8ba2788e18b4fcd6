import type { Redis } from "ioredis";
import { z } from "zod";
import type { RedisKeys } from "./keys.js";
import { readJson, writeJson } from "./redis-json.js";

const approvalSchema = z.object({ by: z.number(), at: z.string() });
export type GroupApproval = z.output<typeof approvalSchema>;

/** Approvals don't expire on their own: the operator revokes them (/revoke) or the bot leaves. */
const TTL = 10 * 365 * 24 * 3600;

/** Which groups may use the operator's provider account, and who approved them. */
export class GroupApprovals {
  constructor(private readonly redis: Redis, private readonly keys: RedisKeys) {}

  get(chatId: number): Promise<GroupApproval | undefined> {
    return readJson(this.redis, this.keys.groupApproval(chatId), approvalSchema);
  }

  async approve(chatId: number, by: number, now: Date): Promise<void> {
    await writeJson(this.redis, this.keys.groupApproval(chatId), { by, at: now.toISOString() }, TTL);
  }

  /** True when there was an approval to take back. */
  async revoke(chatId: number): Promise<boolean> {
    return (await this.redis.del(this.keys.groupApproval(chatId))) > 0;
  }

  /** A group upgraded to a supergroup keeps its approval under the new id. */
  async migrateChat(from: number, to: number): Promise<void> {
    const raw = await this.redis.get(this.keys.groupApproval(from));
    if (raw === null) return;
    // Two chats, two Cluster slots: the new approval first, so a crash in between leaves both, never neither.
    await this.redis.set(this.keys.groupApproval(to), raw, "EX", TTL);
    await this.redis.del(this.keys.groupApproval(from));
  }
}
