import type { Redis } from "ioredis";
import { TTL, type RedisKeys } from "./keys.js";

export interface MessageOwner {
  id: number;
  name: string;
  /** A flow's question (a forced reply or a flow's buttons), not a results list: a reply to it is meant as its answer. */
  question?: true;
}

/**
 * Whose flow a bot message in a group belongs to. Telegram shows a reply's target message but not
 * what that message itself replied to, so a typed reply to another member's question can't be told
 * from one to the member's own: the owner is noted when the message is sent (one key per message,
 * groups only) and read only for replies to the bot in groups.
 */
export class MessageOwners {
  constructor(
    private readonly redis: Redis,
    private readonly keys: RedisKeys,
  ) {}

  async note(chatId: number, messageId: number, owner: MessageOwner): Promise<void> {
    // "123/q:Ana" for a question; values written before the mark ("123:Ana") read as no question.
    await this.redis.set(this.keys.messageOwner(chatId, messageId), `${owner.id}${owner.question ? "/q" : ""}:${owner.name}`, "EX", TTL.messageOwner);
  }

  async ownerOf(chatId: number, messageId: number): Promise<MessageOwner | undefined> {
    const v = await this.redis.get(this.keys.messageOwner(chatId, messageId));
    const m = v ? /^(\d+)(\/q)?:(.*)$/s.exec(v) : null;
    return m ? { id: Number(m[1]), name: m[3]!, ...(m[2] ? { question: true as const } : {}) } : undefined;
  }
}
