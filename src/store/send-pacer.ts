import type { Redis } from "ioredis";

/** Telegram's per-chat limits: about one message a second in a chat, twenty a minute in a group. */
const LIMITS = { private: { max: 1, windowMs: 1_000 }, group: { max: 20, windowMs: 60_000 } };

// Sliding window in a sorted set: drop old entries, count, and add this send only when under the limit.
const TAKE = `
redis.call("ZREMRANGEBYSCORE", KEYS[1], 0, ARGV[1] - ARGV[2])
local n = redis.call("ZCARD", KEYS[1])
if n < tonumber(ARGV[3]) then
  redis.call("ZADD", KEYS[1], ARGV[1], ARGV[4])
  redis.call("PEXPIRE", KEYS[1], ARGV[2])
  return 0
end
local oldest = redis.call("ZRANGE", KEYS[1], 0, 0, "WITHSCORES")
return tonumber(oldest[2]) + tonumber(ARGV[2]) - tonumber(ARGV[1])
`;

/**
 * Shared by every worker process through Redis. `take` reserves a send slot for the chat and returns
 * 0, or how many milliseconds to wait before trying again.
 */
export class ChatPacer {
  constructor(private readonly redis: Redis, private readonly key: (chatId: number) => string, private readonly globalKey: string) {}

  async take(chatId: number, now = Date.now()): Promise<number> {
    const limit = chatId < 0 ? LIMITS.group : LIMITS.private;
    return this.slot(this.key(chatId), limit.max, limit.windowMs, now);
  }

  /**
   * The bot-wide limit as a true sliding second. BullMQ's limiter counts job starts in fixed windows,
   * so one sliding second could hold up to twice its max; this check is what keeps sends under it.
   */
  async takeGlobal(perSecond: number, now = Date.now()): Promise<number> {
    // The slot is taken before the HTTP call; a window a little over a second absorbs the jitter
    // between taking it and Telegram receiving the message, so no received second exceeds the rate.
    return this.slot(this.globalKey, perSecond, 1_150, now);
  }

  private async slot(key: string, max: number, windowMs: number, now: number): Promise<number> {
    const wait = await this.redis.eval(TAKE, 1, key, now, windowMs, max, `${now}-${Math.random()}`);
    return Math.max(0, Number(wait));
  }
}
