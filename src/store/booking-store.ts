import type { Redis } from "ioredis";
import { z } from "zod";
import type { Booking, BookingStatus } from "../domain/booking.js";
import type { ProviderId } from "../domain/flight.js";
import { TTL, type RedisKeys } from "./keys.js";
import { parseJson, readJson } from "./redis-json.js";
import { ReplicaAck } from "./replica-ack.js";
import { bookingSchema } from "./schemas.js";
import { SentReminders } from "./sent-reminders.js";

const recordSchema = z.object({
  booking: bookingSchema,
  chatId: z.number(),
  bookedBy: z.object({ id: z.number(), name: z.string() }),
  messageId: z.number().optional(),
  createdAt: z.string(),
  ticketNumbers: z.array(z.string()).optional(),
  issuedAt: z.string().optional(),
  /** The linked agent account the booking was made with (absent: the default account). */
  account: z.string().optional(),
  /** The booker's language, for reminders sent later outside any update. */
  locale: z.string().optional(),
  /** The forum topic it was booked in: its reminders and e-ticket go there, not to the group's General. */
  threadId: z.number().int().optional(),
  /** When someone pressed "Stop reminders": the bot back in the chat, or the group approved again, brings none back. */
  remindersStoppedAt: z.string().optional(),
});
export type BookingRecord = z.output<typeof recordSchema>;

/** SET the record to ARGV[2] (EX ARGV[3]) only while it still holds ARGV[1], the value the change was made from. */
const SWAP = `if redis.call("GET", KEYS[1]) ~= ARGV[1] then return 0 end
redis.call("SET", KEYS[1], ARGV[2], "EX", ARGV[3])
return 1`;
/** Changes of one booking at once are a handful (a job, a tap): more lost races than this is a bug. */
const MAX_SWAPS = 20;

/** Bookings by code and per chat (newest first), so /status, /bookings and reminders know them. */
export class BookingStore {
  /** The reminders sent for a booking, edited once it is issued, cancelled or expired. */
  readonly reminders: SentReminders;

  constructor(private readonly redis: Redis, private readonly keys: RedisKeys, private readonly ack: ReplicaAck = ReplicaAck.none()) {
    this.reminders = new SentReminders(redis, keys);
  }

  /**
   * Birth dates and passport numbers are not kept past the booking: the provider has them, and no card
   * shows them. Names, route and fares stay for /status, reminders and the chat's list (90 days).
   */
  async save(full: BookingRecord): Promise<"saved" | "taken"> {
    const record = { ...full, booking: { ...full.booking, passengers: full.booking.passengers.map(({ birthDate: _b, passportNumber: _p, ...rest }) => rest) } };
    const { provider, code } = record.booking;
    // A code is the booking's only key, and providers can give one again (airline codes are 6 characters;
    // a shared account books for many chats): a code the bot already knows is never written over, or its
    // chat would see the new booking's passengers and lose its own. One still remembered as another chat's
    // (its record gone) is refused too: that chat may still ask about it. The caller tells the agent.
    const owner = await this.ownerChat(code, [provider]);
    if (owner !== undefined && owner !== record.chatId) return "taken";
    // The record and the chat's list live in different Cluster slots, so they are two writes (each
    // transaction touches one key): the record first, so the list never names a booking that isn't there.
    // NX: of two bookings answered with one code at once, only the first is recorded.
    const written = await this.redis.set(this.keys.booking(provider, code), JSON.stringify(record), "EX", TTL.booking, "NX");
    if (written === null) return "taken";
    await this.markOwner(record);
    const list = this.keys.chatBookings(record.chatId);
    await this.redis.multi().zadd(list, Date.parse(record.createdAt), `${provider}:${code}`).expire(list, TTL.booking).exec();
    // The agent is shown the booking next: it must survive a failover.
    await this.ack.confirm();
    return "saved";
  }

  get(provider: ProviderId, code: string): Promise<BookingRecord | undefined> {
    return readJson(this.redis, this.keys.booking(provider, code.toUpperCase()), recordSchema);
  }

  /** Finds a booking by code whatever its provider (codes are what agents type). */
  async find(code: string, providers: readonly ProviderId[]): Promise<BookingRecord | undefined> {
    for (const p of providers) {
      const r = await this.get(p, code);
      if (r) return r;
    }
    return undefined;
  }

  /**
   * Changes a record as `patch` says, written only over the value it was read from (compare-and-set, one
   * key): two changes at once (a reminder noting "issued" while another job records the issue found at
   * the provider) each see the other's, where a plain read-then-write lost one (the issue's `issuedAt`).
   */
  async update(provider: ProviderId, code: string, patch: (r: BookingRecord) => BookingRecord): Promise<BookingRecord | undefined> {
    const key = this.keys.booking(provider, code.toUpperCase());
    for (let attempt = 1; ; attempt++) {
      const raw = await this.redis.get(key);
      const current = parseJson(raw, recordSchema);
      if (!current) return undefined;
      const next = patch(current);
      if ((await this.redis.eval(SWAP, 1, key, raw!, JSON.stringify(next), TTL.booking)) === 1) {
        // A record kept longer or moved to another chat (a group upgraded to a supergroup) keeps its owner mark in step.
        await this.markOwner(next);
        return next;
      }
      if (attempt === MAX_SWAPS) throw new Error(`booking ${provider}:${code} kept changing while being updated`);
    }
  }

  /**
   * The chat that booked a code, while the bot remembers it booked it (longer than the record itself:
   * see TTL.bookingOwner). Without it, a code whose record expired would read as booked outside the bot
   * to any chat on the same account: its status, its e-ticket, even paying it.
   */
  async ownerChat(code: string, providers: readonly ProviderId[]): Promise<number | undefined> {
    for (const p of providers) {
      const raw = await this.redis.get(this.keys.bookingOwner(p, code.toUpperCase()));
      if (raw !== null && Number.isSafeInteger(Number(raw))) return Number(raw);
    }
    return undefined;
  }

  private async markOwner(record: BookingRecord): Promise<void> {
    const { provider, code, departsAt } = record.booking;
    const untilAfterFlight = Math.ceil((Date.parse(departsAt) - Date.now()) / 1000) + TTL.bookingOwnerAfterFlight;
    const ttl = Math.max(TTL.bookingOwner, Number.isFinite(untilAfterFlight) ? untilAfterFlight : 0);
    await this.redis.set(this.keys.bookingOwner(provider, code.toUpperCase()), String(record.chatId), "EX", ttl);
  }

  markRemindersStopped(provider: ProviderId, code: string, at: Date): Promise<BookingRecord | undefined> {
    return this.update(provider, code, (r) => ({ ...r, remindersStoppedAt: r.remindersStoppedAt ?? at.toISOString() }));
  }

  /**
   * Its forum topic was deleted or closed: later reminders and the e-ticket go to General directly. The
   * card it would answer is in that topic (a reply lands in its message's topic), so it is forgotten too.
   */
  forgetTopic(provider: ProviderId, code: string): Promise<BookingRecord | undefined> {
    return this.update(provider, code, ({ threadId: _thread, messageId: _card, ...rest }) => rest);
  }

  setStatus(provider: ProviderId, code: string, status: BookingStatus): Promise<BookingRecord | undefined> {
    return this.update(provider, code, (r) => ({ ...r, booking: { ...r.booking, status } }));
  }

  /**
   * A group upgraded to a supergroup gets a new id: its bookings follow it (their records point at the
   * new chat, so reminders already queued go there too).
   */
  async migrateChat(from: number, to: number): Promise<number> {
    const members = await this.redis.zrange(this.keys.chatBookings(from), "0", "-1", "WITHSCORES");
    let moved = 0;
    for (let i = 0; i < members.length; i += 2) {
      const [provider, code] = members[i]!.split(":") as [ProviderId, string];
      // Message ids don't carry over to the supergroup (it numbers its own): reminders stop replying to them.
      await this.update(provider, code, (r) => (r.chatId === from ? { ...r, chatId: to, messageId: undefined } : r));
      await this.redis.zadd(this.keys.chatBookings(to), Number(members[i + 1]), members[i]!);
      moved++;
    }
    await this.redis.expire(this.keys.chatBookings(to), TTL.booking);
    await this.redis.del(this.keys.chatBookings(from));
    return moved;
  }

  async listForChat(chatId: number, limit = 10, offset = 0): Promise<{ records: BookingRecord[]; total: number }> {
    const key = this.keys.chatBookings(chatId);
    const [members, total] = await Promise.all([this.redis.zrevrange(key, offset, offset + limit - 1), this.redis.zcard(key)]);
    const records = await Promise.all(
      members.map((m) => {
        const [provider, code] = m.split(":") as [ProviderId, string];
        return this.get(provider, code);
      }),
    );
    return { records: records.filter((r): r is BookingRecord => r !== undefined), total };
  }
}

export function bookingRecord(booking: Booking, chatId: number, by: { id: number; name: string }, now: Date, locale?: string, account?: string, threadId?: number): BookingRecord {
  return { booking, chatId, bookedBy: by, createdAt: now.toISOString(), locale, account, threadId };
}
