import type { ProviderId } from "../domain/flight.js";
import type { BookingRecord, BookingStore } from "../store/booking-store.js";
import type { SentReminder } from "../store/sent-reminders.js";

export interface SentRemindersDeps {
  bookings: Pick<BookingStore, "reminders">;
}

/** A reminder went out: kept (in Redis, for every process) until the booking is settled or well past its deadline. */
export async function noteReminderSent(deps: SentRemindersDeps, record: BookingRecord, sent: SentReminder): Promise<void> {
  const { provider, code, timelimit } = record.booking;
  await deps.bookings.reminders.note(provider, code, sent, timelimit);
}

/**
 * The booking was issued, cancelled or expired: its reminders, whose 💳 Issue must go. Each is handed to
 * one caller only (taken atomically), so two processes seeing the same issue edit them once.
 */
export async function settledReminders(deps: SentRemindersDeps, provider: ProviderId, code: string): Promise<SentReminder[]> {
  return deps.bookings.reminders.take(provider, code);
}
