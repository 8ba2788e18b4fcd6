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

/** Where the bot's own records put the person asking, and Telegram's answer about one group now. */
export interface GroupPresence {
  /** The groups the bot has seen her write or tap in and not seen her leave (store/seen-members.ts). */
  knownIn: () => Promise<number[]>;
  /** Whether Telegram says she is in this group now. */
  inGroup: (chatId: number) => Promise<boolean>;
}

/**
 * A booking someone shares with a customer by inline query. Inline queries come from no chat, so the
 * booking's chat decides: its private chat's owner, or someone in its group right now (`inGroup` asks
 * Telegram) — never the booker alone, who may have left — and only while that chat may still read the
 * booking on its account (a revoked group's bookings are not read on the operator's login). Anything
 * else is undefined, exactly like a code nobody booked, with the same calls: Telegram is asked about
 * someone only in a group the bot's records put her in (she booked, wrote or tapped there), so a stranger's
 * question makes no call; and someone the records put in a group is asked about once whatever the code
 * (its group's, another group's, nobody's), so a member removed unseen can't time her way to which codes
 * are real.
 */
export async function bookingToShare(deps: LookupDeps & Pick<IssueDeps, "ledger" | "now">, userId: number, code: string, group: GroupPresence): Promise<Shareable | undefined> {
  // Both read for every code, so a made-up one costs the same Redis work as a real one.
  const [record, knownIn] = await Promise.all([deps.bookings.find(code, PROVIDER_IDS), group.knownIn()]);
  const isPrivate = record !== undefined && record.chatId > 0;
  // A private chat's id is its person's: nobody else can be in it, so Telegram isn't asked.
  if (!record || record.chatId !== userId) {
    const here = record !== undefined && !isPrivate && knownIn.includes(record.chatId);
    // Not known there: one of her own groups is asked about instead, and the answer unused, so this
    // code costs what one of her groups' codes costs.
    const asked = here ? record.chatId : knownIn[0];
    const inIt = asked !== undefined && (await group.inGroup(asked));
    if (!here || !inIt) return undefined;
  }
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
