import type { ProviderId } from "../domain/flight.js";
import type { BookingRecord, BookingStore } from "../store/booking-store.js";
import type { AccessDenied, AccessPolicy, Actor } from "./access-policy.js";

/**
 * The chat's bookings this actor may read now, newest first. `denied`: the chat holds bookings none of
 * which may be read, because nobody here may use an account any more (the operator revoked the group):
 * said as /cek says it of one of them, rather than "no bookings yet".
 */
export interface ReadableBookings {
  records: BookingRecord[];
  denied?: AccessDenied;
}

/**
 * Every list of a chat's bookings (/bookings, /digest, the bookings a typed "issued dong" offers) reads
 * through here, by the rule /cek reads one code by (AccessPolicy.mayRead): someone outside the group gets
 * undefined (what an empty chat gets, never a hint that there is something to see), and a booking made
 * with an account this chat may no longer use (a revoked approval, an unlinked login) is left out.
 * Only the chat's newest `scanned` are read.
 */
export async function readableBookings(deps: { bookings: BookingStore; access: AccessPolicy }, actor: Actor, scanned: number): Promise<ReadableBookings | undefined> {
  if (await deps.access.outsider(actor)) return undefined;
  const { records } = await deps.bookings.listForChat(actor.chat.id, scanned);
  // One question per account, not per booking: a chat's bookings are made with one or two.
  const verdicts = new Map<string, Promise<boolean>>();
  const mayRead = (provider: ProviderId, account: string | undefined) => {
    const key = `${provider}:${account ?? ""}`;
    let verdict = verdicts.get(key);
    if (!verdict) verdicts.set(key, (verdict = deps.access.mayRead(actor, provider, account)));
    return verdict;
  };
  const kept = await Promise.all(records.map((r) => mayRead(r.booking.provider, r.account)));
  const readable = records.filter((_, i) => kept[i]);
  if (readable.length > 0 || records.length === 0) return { records: readable };
  const access = await deps.access.access(actor);
  return access.ok ? { records: readable } : { records: readable, denied: access.reason };
}
