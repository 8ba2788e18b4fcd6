import type { BookingRecord } from "../store/booking-store.js";
import type { ChatSettingsStore } from "../store/chat-settings.js";

/**
 * The language a booking's messages speak in its group, whoever's tap redraws or answers them there: the group's
 * /settings language; without one (each person's own), its booker's current choice, else the one it was booked
 * in. What the reminders are sent in (jobs/job-locale.ts), so a button redrawn on one keeps its words. Undefined
 * outside groups: there the person tapping is the one the chat speaks to.
 */
export async function bookingGroupLocale(store: Pick<ChatSettingsStore, "get" | "personLocale">, chatId: number, record: Pick<BookingRecord, "bookedBy" | "locale">): Promise<string | undefined> {
  if (chatId > 0) return undefined;
  const group = (await store.get(chatId)).locale;
  if (group) return group;
  return (await store.personLocale(record.bookedBy.id)) ?? record.locale;
}
