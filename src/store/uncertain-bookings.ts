import type { Redis } from "ioredis";
import { TTL, type RedisKeys } from "./keys.js";

/** What a note says: the booking that was (or is being) asked of the provider, and by whom. */
export interface BookingIntent {
  /** The passengers' names, as the agent typed them (shown when asking before booking again). */
  names: string;
  /** Seats asked for. */
  seats?: number;
  /** When the booking call was about to be made (ISO). */
  at?: string;
  /** The member who tapped Book. */
  by?: number;
  /** The provider answered with this code, but the bot could not record the booking. */
  code?: string;
}

/** Older notes were the names alone; both read the same. */
function decode(raw: string): BookingIntent {
  if (raw.startsWith("{")) {
    try {
      const v = JSON.parse(raw) as Partial<BookingIntent>;
      if (typeof v.names === "string") return v as BookingIntent;
    } catch {
      // not an intent: the plain names below
    }
  }
  return { names: raw };
}

/**
 * Bookings the bot may not know about, per member and chat and flight (`provider:flightCode:date`).
 * A note is written BEFORE the provider's booking call (an intent) and cleared only once its outcome is
 * definite: the booking saved, or a refusal. So a call that never answered, a process killed or shut
 * down mid-call, or a Redis failure while saving the answer all leave the note, and booking the same
 * flight again is asked about first: the booking may exist under a code the bot never recorded.
 * One hash per member and chat; a note lasts about as long as an unpaid hold (TTL.uncertainBooking):
 * after that, a booking nobody paid for has lapsed at the airline anyway.
 */
export class UncertainBookings {
  constructor(
    private readonly redis: Redis,
    private readonly keys: RedisKeys,
  ) {}

  /**
   * Notes the intent to book this flight, unless a note is there already (then `taken` with its names,
   * and nothing is written): two taps of Book can't both pass. `replace`: the agent was told about the
   * earlier note and books anyway; the earlier note comes back as `previous` (to restore on a refusal).
   */
  async intend(chatId: number, userId: number, flight: string, intent: BookingIntent, replace = false): Promise<{ taken?: string; previous?: string }> {
    const key = this.keys.uncertainBookings(chatId, userId);
    const value = JSON.stringify(intent);
    if (replace) {
      const res = await this.redis.multi().hget(key, flight).hset(key, flight, value).expire(key, TTL.uncertainBooking).exec();
      const previous = res?.[0]?.[1];
      return typeof previous === "string" ? { previous } : {};
    }
    const res = await this.redis.multi().hsetnx(key, flight, value).hget(key, flight).expire(key, TTL.uncertainBooking).exec();
    if (res?.[0]?.[1] === 1) return {};
    const held = res?.[1]?.[1];
    return { taken: typeof held === "string" ? decode(held).names : intent.names };
  }

  /** The note of this flight, as written (an intent, or an older note's names), to put back later. */
  async raw(chatId: number, userId: number, flight: string): Promise<string | undefined> {
    return (await this.redis.hget(this.keys.uncertainBookings(chatId, userId), flight)) ?? undefined;
  }

  /** Puts a note back as it was (a refused re-booking leaves the earlier doubt standing). */
  async restore(chatId: number, userId: number, flight: string, raw: string): Promise<void> {
    const key = this.keys.uncertainBookings(chatId, userId);
    await this.redis.multi().hset(key, flight, raw).expire(key, TTL.uncertainBooking).exec();
  }

  /** Notes an unrecorded outcome: a code the provider gave that the bot could not save, or no answer at all. */
  async note(chatId: number, userId: number, flight: string, names: string, extra: Omit<BookingIntent, "names"> = {}): Promise<void> {
    const key = this.keys.uncertainBookings(chatId, userId);
    await this.redis.multi().hset(key, flight, JSON.stringify({ names, ...extra })).expire(key, TTL.uncertainBooking).exec();
  }

  /** The note of this flight, if there is one. */
  async get(chatId: number, userId: number, flight: string): Promise<BookingIntent | undefined> {
    const raw = await this.raw(chatId, userId, flight);
    return raw === undefined ? undefined : decode(raw);
  }

  async clear(chatId: number, userId: number, flight: string): Promise<void> {
    await this.redis.hdel(this.keys.uncertainBookings(chatId, userId), flight);
  }
}
