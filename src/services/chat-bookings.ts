import { isPayable, tooLateToIssue } from "../domain/booking.js";
import type { BookingRecord, BookingStore } from "../store/booking-store.js";
import type { IssueLedger } from "../store/issue-ledger.js";
import type { AccessPolicy, Actor } from "./access-policy.js";
import { issueHoldUntil } from "./issue-booking.js";

export interface ChatBookingsPage {
  records: BookingRecord[];
  total: number;
  page: number;
  pages: number;
}

/**
 * One page of the chat's bookings, newest first, for someone in the chat: undefined for someone outside
 * the group (a public supergroup's list paged by a stranger, a member removed since) and for an empty list.
 * A page past the end (the list shrank, or the data was made up) is the last page there is.
 */
export async function chatBookingsPage(deps: { bookings: BookingStore; access: AccessPolicy }, actor: Actor, wanted: number, size: number): Promise<ChatBookingsPage | undefined> {
  if (await deps.access.outsider(actor)) return undefined;
  let { records, total } = await deps.bookings.listForChat(actor.chat.id, size, wanted * size);
  if (total === 0) return undefined;
  const pages = Math.ceil(total / size);
  const page = Math.min(wanted, pages - 1);
  if (page !== wanted) ({ records, total } = await deps.bookings.listForChat(actor.chat.id, size, page * size));
  return { records, total, page, pages };
}

/** How long after booking "issued dong", "tiketnya mana?" without a code mean the booking just made. */
export const JUST_BOOKED_MS = 60 * 60_000;

export interface RecentBookings {
  /** The one booking this person made in this chat within JUST_BOOKED_MS, when there is exactly one. */
  justMade?: BookingRecord;
  /** The chat's newest bookings (at most `size`), to ask which one is meant when no single one is. */
  newest: BookingRecord[];
}

/**
 * Which booking words without a code mean: the one this person just made here, when it is the only one,
 * else the chat's newest to choose from. Someone outside the group gets none (as for /pesanan).
 */
export async function recentBookings(deps: { bookings: BookingStore; access: AccessPolicy }, actor: Actor, now: Date, size: number): Promise<RecentBookings> {
  const page = await chatBookingsPage(deps, actor, 0, Math.max(size, 10));
  const records = page?.records ?? [];
  const mine = records.filter((r) => r.bookedBy.id === actor.userId && now.getTime() - Date.parse(r.createdAt) < JUST_BOOKED_MS);
  return { ...(mine.length === 1 && { justMade: mine[0] }), newest: records.slice(0, size) };
}

/**
 * The booking a message of the bot stands for (a reply to its booking card): found among this chat's own
 * bookings by the card's message, so a reply in another chat (or by an outsider) finds none.
 */
export async function bookingOfCard(deps: { bookings: BookingStore; access: AccessPolicy }, actor: Actor, messageId: number): Promise<BookingRecord | undefined> {
  const page = await chatBookingsPage(deps, actor, 0, 50);
  return page?.records.find((r) => r.messageId === messageId);
}

/** How far back `/issued` without a code looks for bookings still to be paid. */
const PAYABLE_SCANNED = 20;

/** Not paid yet and still payable now: waiting, before its pay-before time and the issue cut-off (domain/booking.ts). */
export function stillPayable(r: BookingRecord, now: Date): boolean {
  const b = r.booking;
  const payBefore = Date.parse(b.timelimit);
  return r.issuedAt === undefined && isPayable(b.status) && !tooLateToIssue(b, now) && !(Number.isFinite(payBefore) && payBefore <= now.getTime());
}

/** A booking an issue of which got no clear answer: its payment may still go through until `until` (ISO). */
export interface HeldBooking {
  record: BookingRecord;
  until: string;
}

/**
 * What `/issued` without a code offers: the chat's newest bookings still to be paid (at most `size`), read
 * as the chat's booking list reads them, so someone outside the group gets none and no chat another's.
 * One an issue of which got no clear answer is `held` apart, never payable: its payment may still go
 * through, and offering it to pay could take the deposit twice (issueHoldUntil, as /status reads it).
 */
export async function payableBookings(deps: { bookings: BookingStore; access: AccessPolicy; ledger: IssueLedger; now: () => Date }, actor: Actor, size: number): Promise<{ payable: BookingRecord[]; held: HeldBooking[] }> {
  const page = await chatBookingsPage(deps, actor, 0, PAYABLE_SCANNED);
  const now = deps.now();
  const unpaid = (page?.records ?? []).filter((r) => stillPayable(r, now));
  const holds = await Promise.all(unpaid.map((r) => issueHoldUntil(deps, r.booking.provider, r.booking.code)));
  const payable = unpaid.filter((_, i) => holds[i] === undefined).slice(0, size);
  const held = unpaid.flatMap((record, i) => (holds[i] === undefined ? [] : [{ record, until: holds[i]! }])).slice(0, size);
  return { payable, held };
}
