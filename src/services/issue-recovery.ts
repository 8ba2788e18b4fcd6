import type { BookingStatus } from "../domain/booking.js";
import type { BookingRecord, BookingStore } from "../store/booking-store.js";
import type { IssueLedger } from "../store/issue-ledger.js";
import type { ReminderScheduler } from "./scheduler-port.js";

export interface IssueRecoveryDeps {
  ledger: IssueLedger;
  bookings: BookingStore;
  now: () => Date;
  /** The e-ticket job; without it the caller sends the e-ticket itself (`ticketScheduled: false`). */
  jobs?: ReminderScheduler;
}

/** What a lookup did about an issue it found at the provider that we had not recorded. */
export interface Recovered {
  record: BookingRecord;
  /** The e-ticket is on the queue (sent to the booking's chat, once); false: the caller sends it now. */
  ticketScheduled: boolean;
}

/**
 * A lookup of this chat's own booking read `status` from the provider. When it says issued and our
 * records never recorded an issue of it — the process issuing it was killed during the call, or it was
 * paid elsewhere — the issue is recorded now and its e-ticket goes out the way a normal issue's does (the
 * ticket job, its id derived from the booking). The ledger decides who does it: only the one lookup that
 * records the issue there, so two lookups at once, or a lookup and the dying call's twin, send one ticket.
 * The caller has already established that the booking is the actor's chat's own (findBooking's `own`).
 */
export async function recoverIssue(deps: IssueRecoveryDeps, record: BookingRecord, status: BookingStatus, locale: string): Promise<Recovered | undefined> {
  if (status !== "issued") return undefined;
  const updated = await recordUnseenIssue(deps, record);
  if (!updated) return undefined;
  const { provider, code } = record.booking;
  if (!deps.jobs) return { record: updated, ticketScheduled: false };
  await deps.jobs.scheduleTicket(provider, code, record.chatId, locale);
  return { record: updated, ticketScheduled: true };
}

/**
 * The e-ticket of this chat's own booking was just sent (/etiket, its button): the provider issued it.
 * When our records had not seen that issue, it is recorded now, so that a later /cek doesn't take it
 * for an unseen issue and send the e-ticket a second time.
 */
export async function noteTicketSent(deps: IssueRecoveryDeps, record: BookingRecord): Promise<void> {
  await recordUnseenIssue(deps, record);
}

/** Records an issue our records never saw and stops its reminders: the record, for the one caller that did. */
async function recordUnseenIssue(deps: IssueRecoveryDeps, record: BookingRecord): Promise<BookingRecord | undefined> {
  if (record.issuedAt !== undefined) return undefined;
  const { provider, code } = record.booking;
  const state = await deps.ledger.get(provider, code);
  if (state?.state === "done") return state.awaitingTickets ? recordTicketed(deps, record, state.by) : undefined;
  // Whoever set the payment off is who issued it; a booking paid elsewhere is put down to its booker.
  const by = state?.state === "in_progress" || state?.state === "in_doubt" ? state.by : record.bookedBy.id;
  const now = deps.now();
  if (!(await deps.ledger.recordIssued(provider, code, by, now))) return undefined;
  const updated = await deps.bookings.update(provider, code, (r) => ({ ...r, booking: { ...r.booking, status: "issued" }, issuedAt: now.toISOString() }));
  await deps.jobs?.cancelReminders(provider, code);
  return updated ?? record;
}

/**
 * Paid by the bot while the airline was still issuing (issue-booking `paid`), now seen issued: recorded
 * once. Whoever's change sets `issuedAt` is the one caller that did (the record changes by compare-and-set).
 */
async function recordTicketed(deps: IssueRecoveryDeps, record: BookingRecord, by: number): Promise<BookingRecord | undefined> {
  const { provider, code } = record.booking;
  const now = deps.now();
  let mine = false;
  const updated = await deps.bookings.update(provider, code, (r) => {
    mine = r.issuedAt === undefined;
    return mine ? { ...r, booking: { ...r.booking, status: "issued" }, issuedAt: now.toISOString() } : r;
  });
  if (!mine || !updated) return undefined;
  await deps.ledger.done(provider, code, by, updated.ticketNumbers ?? [], now);
  return updated;
}
