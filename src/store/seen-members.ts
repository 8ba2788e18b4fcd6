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
 * against, since Telegram tells a bot nobody's id from a username. One key per group and username, kept a
 * year. The caller checks a member found here against Telegram (a username given up, a member who left).
 */
export class SeenMembers {
  /** What this process already wrote (`<chat>:<user>` → username), so a member's every message costs no write. */
  private readonly written = new Map<string, string>();

  constructor(
    private readonly redis: Redis,
    private readonly keys: RedisKeys,
  ) {}

  async note(chatId: number, member: SeenMember & { username: string }): Promise<void> {
    const mark = `${chatId}:${member.id}`;
    if (this.written.get(mark) === member.username) return;
    await this.redis.set(this.keys.seenMember(chatId, member.username), `${member.id}:${member.name}`, "EX", TTL.seenMember);
    if (this.written.size >= MAX_WRITTEN) this.written.clear();
    this.written.set(mark, member.username);
  }

  /** The member last seen here under this username (any case). */
  async named(chatId: number, username: string): Promise<SeenMember | undefined> {
    const v = await this.redis.get(this.keys.seenMember(chatId, username));
    const m = v ? /^(\d+):(.*)$/s.exec(v) : null;
    return m ? { id: Number(m[1]), name: m[2]! } : undefined;
  }
}
