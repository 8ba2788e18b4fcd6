import type { Redis } from "ioredis";
import { z } from "zod";
import { TTL, type RedisKeys } from "./keys.js";
import { parseJson } from "./redis-json.js";

/** A reminder in a chat, and the language it was written in (its edit keeps it). */
const sentSchema = z.object({ chatId: z.number().int(), messageId: z.number().int().positive(), locale: z.string().min(1).max(16) });
export type SentReminder = z.output<typeof sentSchema>;

/**
 * The reminders sent for a booking, so their 💳 Issue can be taken away once it is issued, cancelled or
 * expired, by whichever process sees that. Kept in Redis (not in a process's memory) until a while after
 * the booking's pay-before time, when nothing would edit them any more.
 */
export class SentReminders {
  constructor(private readonly redis: Redis, private readonly keys: RedisKeys) {}

  async note(provider: string, code: string, sent: SentReminder, payBefore: string): Promise<void> {
    const key = this.keys.reminderMessages(provider, code);
    const deadline = Date.parse(payBefore);
    const until = Math.max(Number.isNaN(deadline) ? 0 : deadline, Date.now()) + TTL.reminderMessagesAfterDeadline * 1000;
    await this.redis.multi().rpush(key, JSON.stringify(sent)).pexpireat(key, until).exec();
  }

  /** The reminders of a code, forgotten as they are taken: one process edits them, once. */
  async take(provider: string, code: string): Promise<SentReminder[]> {
    const key = this.keys.reminderMessages(provider, code);
    const res = await this.redis.multi().lrange(key, 0, -1).del(key).exec();
    const raw = (res?.[0]?.[1] as string[] | undefined) ?? [];
    return raw.flatMap((r) => {
      const s = parseJson(r, sentSchema);
      return s ? [s] : [];
    });
  }
}
