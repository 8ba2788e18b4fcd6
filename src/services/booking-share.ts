import { isPayable, type BookingStatus } from "../domain/booking.js";
import { isProviderError, type ProviderError } from "../domain/errors.js";
import { PROVIDER_IDS } from "../domain/flight.js";
import type { BookingRecord } from "../store/booking-store.js";
import type { Actor } from "./access-policy.js";
import type { LookupDeps } from "./booking-lookup.js";
import { issueHoldUntil, type IssueDeps } from "./issue-booking.js";

export interface Shareable {
  record: BookingRecord;
  /** The provider's status now, or the stored one when it didn't answer (`stale` says why). */
  status: BookingStatus;
  stale?: ProviderError;
  /** An issue of it may still be paying until then (ISO): the card says so, as /status does. */
  heldUntil?: string;
}

/**
 * A booking someone shares with a customer by inline query. Inline queries come from no chat, so the
 * booking's chat decides: its private chat's owner, or someone in its group right now (`inGroup` asks
 * Telegram) — never the booker alone, who may have left — and only while that chat may still read the
 * booking on its account (a revoked group's bookings are not read on the operator's login). Anything
 * else is undefined, exactly like a code nobody booked: Telegram is asked only about someone the bot's
 * own records put in that group (`seenIn`: she wrote or tapped there; or she booked it), so a stranger's
 * question makes no call, and takes no longer, than a made-up code's.
 */
export async function bookingToShare(
  deps: LookupDeps & Pick<IssueDeps, "ledger" | "now">, userId: number, code: string,
  group: { seenIn: (chatId: number) => Promise<boolean>; inGroup: (chatId: number) => Promise<boolean> },
): Promise<Shareable | undefined> {
  const record = await deps.bookings.find(code, PROVIDER_IDS);
  if (!record) return undefined;
  const isPrivate = record.chatId > 0;
  // A private chat's id is its person's: nobody else can be in it, so Telegram isn't asked.
  if (isPrivate ? record.chatId !== userId : !(await inGroupByRecords(record, userId, group))) return undefined;
  // In the group (asked above) and reading only: whether they administer it doesn't matter here.
  const actor: Actor = { userId, chat: { id: record.chatId, type: isPrivate ? "private" : "supergroup" }, standing: async () => "member" };
  if (!(await deps.access.mayRead(actor, record.booking.provider, record.account))) return undefined;
  const source = await deps.accounts.forBooking(record.booking.provider, record.account);
  const read = async (): Promise<Shareable> => {
    if (!source) return { record, status: record.booking.status };
    try {
      return { record, status: (await source.status(record.booking.code)).status };
    } catch (e) {
      if (!isProviderError(e)) throw e;
      return { record, status: record.booking.status, stale: e };
    }
  };
  const shared = await read();
  const heldUntil = isPayable(shared.status) ? await issueHoldUntil(deps, record.booking.provider, record.booking.code) : undefined;
  return heldUntil ? { ...shared, heldUntil } : shared;
}

/** Known in the group by the bot's records (checked first, no call), then in it now by Telegram. */
async function inGroupByRecords(record: BookingRecord, userId: number, group: { seenIn: (chatId: number) => Promise<boolean>; inGroup: (chatId: number) => Promise<boolean> }): Promise<boolean> {
  const known = record.bookedBy.id === userId || (await group.seenIn(record.chatId));
  return known && (await group.inGroup(record.chatId));
}
