import { isPayable, tooLateToIssue } from "../domain/booking.js";
import type { BookingRecord, BookingStore } from "../store/booking-store.js";
import type { IssueLedger } from "../store/issue-ledger.js";
import type { AccessDenied, AccessPolicy, Actor, SpendRule } from "./access-policy.js";
import { readableBookings } from "./readable-bookings.js";
import { issueHoldUntil } from "./issue-booking.js";

export interface ChatBookingsPage {
  records: BookingRecord[];
  total: number;
  page: number;
  pages: number;
  /** None of the chat's bookings may be read here any more, and why (readable-bookings.ts): /cek's refusal. */
  denied?: AccessDenied;
}

/** How far back /bookings pages: 100 pages of 10, more than a busy agency books in the 90 days bookings live. */
const LISTED = 1000;

/**
 * One page of the chat's bookings, newest first, for someone in the chat: undefined for someone outside
 * the group (a public supergroup's list paged by a stranger, a member removed since) and for an empty list.
 * Only bookings the chat may still read are listed (readableBookings): after the operator's /revoke, as /cek.
 * A page past the end (the list shrank, or the data was made up) is the last page there is.
 */
export async function chatBookingsPage(deps: { bookings: BookingStore; access: AccessPolicy }, actor: Actor, wanted: number, size: number): Promise<ChatBookingsPage | undefined> {
  const read = await readableBookings(deps, actor, LISTED);
  if (!read) return undefined;
  if (read.denied) return { records: [], total: 0, page: 0, pages: 0, denied: read.denied };
  const total = read.records.length;
  if (total === 0) return undefined;
  const pages = Math.ceil(total / size);
  const page = Math.min(wanted, pages - 1);
  return { records: read.records.slice(page * size, (page + 1) * size), total, page, pages };
}

/** The chat's newest bookings this actor may read (none for someone outside the group). */
async function newestReadable(deps: { bookings: BookingStore; access: AccessPolicy }, actor: Actor, size: number): Promise<BookingRecord[]> {
  return (await readableBookings(deps, actor, size))?.records ?? [];
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
  const records = await newestReadable(deps, actor, Math.max(size, 10));
  const mine = records.filter((r) => r.bookedBy.id === actor.userId && now.getTime() - Date.parse(r.createdAt) < JUST_BOOKED_MS);
  return { ...(mine.length === 1 && { justMade: mine[0] }), newest: records.slice(0, size) };
}

/**
 * The booking a message of the bot stands for (a reply to its booking card): found among this chat's own
 * bookings by the card's message, so a reply in another chat (or by an outsider) finds none.
 */
export async function bookingOfCard(deps: { bookings: BookingStore; access: AccessPolicy }, actor: Actor, messageId: number): Promise<BookingRecord | undefined> {
  return (await newestReadable(deps, actor, 50)).find((r) => r.messageId === messageId);
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
 * `refused`: there are bookings to pay, and this person may pay none of them (the first one's rule says who may).
 */
export async function payableBookings(deps: { bookings: BookingStore; access: AccessPolicy; ledger: IssueLedger; now: () => Date }, actor: Actor, size: number): Promise<{ payable: BookingRecord[]; held: HeldBooking[]; refused?: SpendRule }> {
  const now = deps.now();
  const readable = (await newestReadable(deps, actor, PAYABLE_SCANNED)).filter((r) => stillPayable(r, now));
  // Only what this person may pay is offered: someone who may pay none of them is told so, with who can,
  // rather than shown buttons each of which would only refuse (the same rule as issuing by its code).
  const spends = await Promise.all(readable.map((r) => deps.access.maySpend(actor, r.booking.provider, r.account)));
  const unpaid = readable.filter((_, i) => spends[i]!.allowed);
  if (readable.length > 0 && unpaid.length === 0) return { payable: [], held: [], refused: spends[0]!.rule };
  const holds = await Promise.all(unpaid.map((r) => issueHoldUntil(deps, r.booking.provider, r.booking.code)));
  const payable = unpaid.filter((_, i) => holds[i] === undefined).slice(0, size);
  const held = unpaid.flatMap((record, i) => (holds[i] === undefined ? [] : [{ record, until: holds[i]! }])).slice(0, size);
  return { payable, held };
}
