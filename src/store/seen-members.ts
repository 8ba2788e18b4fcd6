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
 * against, since Telegram tells a bot nobody's id from a username; and by id, whoever they are: who the
 * bot may ask Telegram about there (inline sharing). One key per group and username or id, kept a year.
 * The caller checks a member found here against Telegram (a username given up, a member who left).
 */
export class SeenMembers {
  /** What this process already wrote (`<chat>:<user>` → username), so a member's every message costs no write. */
  private readonly written = new Map<string, string>();

  constructor(
    private readonly redis: Redis,
    private readonly keys: RedisKeys,
  ) {}

  /** `username`: absent for a member without one, who is then only known by id (`seenHere`). */
  async note(chatId: number, member: SeenMember & { username?: string }): Promise<void> {
    const mark = `${chatId}:${member.id}`;
    const username = member.username ?? "";
    if (this.written.get(mark) === username) return;
    await this.redis.set(this.keys.seenMemberId(chatId, member.id), "1", "EX", TTL.seenMember);
    if (member.username) await this.redis.set(this.keys.seenMember(chatId, member.username), `${member.id}:${member.name}`, "EX", TTL.seenMember);
    if (this.written.size >= MAX_WRITTEN) this.written.clear();
    this.written.set(mark, username);
  }

  /**
   * Whether the bot has seen this person write or tap in this group (within the year): only then is
   * Telegram asked whether she is in it (inline sharing), so a stranger's question costs no call a made-up
   * code doesn't.
   */
  async seenHere(chatId: number, userId: number): Promise<boolean> {
    return (await this.redis.exists(this.keys.seenMemberId(chatId, userId))) === 1;
  }

  /** The member last seen here under this username (any case). */
  async named(chatId: number, username: string): Promise<SeenMember | undefined> {
    const v = await this.redis.get(this.keys.seenMember(chatId, username));
    const m = v ? /^(\d+):(.*)$/s.exec(v) : null;
    return m ? { id: Number(m[1]), name: m[2]! } : undefined;
  }
}
