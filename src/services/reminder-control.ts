import type { ProviderId } from "../domain/flight.js";
import type { BookingStore } from "../store/booking-store.js";
import type { Actor } from "./access-policy.js";
import type { ReminderScheduler } from "./scheduler-port.js";

/** "Stop reminders" on a reminder: only for a booking of the chat where it was pressed. */
export async function stopReminders(deps: { bookings: BookingStore; jobs?: ReminderScheduler }, actor: Actor, provider: ProviderId, code: string): Promise<"stopped" | "unknown"> {
  const record = await deps.bookings.get(provider, code);
  if (!record || record.chatId !== actor.chat.id) return "unknown";
  await deps.jobs?.cancelReminders(provider, code);
  return "stopped";
}
