import type { Redis } from "ioredis";
import { TTL, type RedisKeys } from "./keys.js";

export interface SeenMember {
  id: number;
  name: string;
}

/** Past this many members the memo starts over: a few extra writes, never unbounded memory. */
const MAX_WRITTEN = 50_000;

/**
 * Group members the bot has seen (a message or a tap of theirs), by username: what `/allow @ani` is read
 * against, since Telegram tells a bot nobody's id from a username; and, per person, the groups she was
 * seen in and not seen leaving: the only groups the bot asks Telegram about her (inline sharing). Kept a
 * year from her last note. The caller checks a member found here against Telegram (a username given up,
 * a member who left unseen).
 */
export class SeenMembers {
  /** What this process already wrote (`<chat>:<user>` → username), so a member's every message costs no write. */
  private readonly written = new Map<string, string>();

  constructor(
    private readonly redis: Redis,
    private readonly keys: RedisKeys,
  ) {}

  /** `username`: absent for a member without one, who is then only known by id (`groupsOf`). */
  async note(chatId: number, member: SeenMember & { username?: string }): Promise<void> {
    const mark = `${chatId}:${member.id}`;
    const username = member.username ?? "";
    if (this.written.get(mark) === username) return;
    const write = this.redis.multi()
      .sadd(this.keys.seenGroups(member.id), String(chatId))
      .expire(this.keys.seenGroups(member.id), TTL.seenMember);
    if (member.username) write.set(this.keys.seenMember(chatId, member.username), `${member.id}:${member.name}`, "EX", TTL.seenMember);
    await write.exec();
    if (this.written.size >= MAX_WRITTEN) this.written.clear();
    this.written.set(mark, username);
  }

  /**
   * She left the group (or was removed), and the bot saw it: no longer one of the groups it asks Telegram
   * about her. Her username stays readable for `/allow @ani`, which asks Telegram anyway.
   */
  async forget(chatId: number, userId: number): Promise<void> {
    // Her next message here (back in the group) is written again by this process.
    this.written.delete(`${chatId}:${userId}`);
    await this.redis.srem(this.keys.seenGroups(userId), String(chatId));
  }

  /**
   * The groups the bot has seen this person write or tap in (within the year) and not seen her leave:
   * the only ones Telegram is asked about her in, whatever code she shares inline, so a code of hers and
   * one of nobody's cost the same call.
   */
  async groupsOf(userId: number): Promise<number[]> {
    return (await this.redis.smembers(this.keys.seenGroups(userId))).map(Number).filter(Number.isSafeInteger).sort((a, b) => a - b);
  }

  /** The member last seen here under this username (any case). */
  async named(chatId: number, username: string): Promise<SeenMember | undefined> {
    const v = await this.redis.get(this.keys.seenMember(chatId, username));
    const m = v ? /^(\d+):(.*)$/s.exec(v) : null;
    return m ? { id: Number(m[1]), name: m[2]! } : undefined;
  }
}
