import type { ProviderId } from "../domain/flight.js";
import type { BookingRecord, BookingStore } from "../store/booking-store.js";
import { isGroup, type AccessPolicy, type Actor } from "./access-policy.js";
import type { ReminderScheduler } from "./scheduler-port.js";

export type StopOutcome =
  | { kind: "stopped"; record: BookingRecord }
  /** Nothing was waiting any more (stopped before, or all sent): nobody needs telling again. */
  | { kind: "already"; record: BookingRecord }
  /** In a group, only the booker and those who may issue it decide that nobody needs reminding. */
  | { kind: "not_allowed"; bookedBy: BookingRecord["bookedBy"] }
  | { kind: "unknown" };

/**
 * "Stop reminders" on a reminder: only for a booking of the chat where it was pressed (another chat's
 * reads as unknown); in a group, only by the member who booked it or someone who may issue it.
 */
export async function stopReminders(deps: { bookings: BookingStore; access: AccessPolicy; jobs?: ReminderScheduler; now: () => Date }, actor: Actor, provider: ProviderId, code: string): Promise<StopOutcome> {
  // Someone no longer in the group (the booker too) decides nothing about its bookings, and learns nothing of
  // any code: asked first, as findBooking does, so a real code and a made-up one take the same path.
  if (await deps.access.outsider(actor)) return { kind: "unknown" };
  const record = await deps.bookings.get(provider, code);
  if (!record || record.chatId !== actor.chat.id) return { kind: "unknown" };
  if (isGroup(actor.chat) && record.bookedBy.id !== actor.userId && !(await deps.access.maySpend(actor, provider, record.account)).allowed) {
    return { kind: "not_allowed", bookedBy: record.bookedBy };
  }
  // Kept on the booking, so that what schedules a chat's reminders again (the bot added back, /approve) leaves this one out.
  const marked = await deps.bookings.markRemindersStopped(provider, code, deps.now());
  const removed = (await deps.jobs?.cancelReminders(provider, code)) ?? 0;
  return { kind: removed > 0 ? "stopped" : "already", record: marked ?? record };
}
