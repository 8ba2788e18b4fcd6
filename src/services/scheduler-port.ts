import type { ProviderId } from "../domain/flight.js";

/**
 * What the use cases need from the job queue (implemented by jobs/JobScheduler, wired by main.ts),
 * so the bot never imports jobs/ and the worker never imports bot/.
 */
export interface ReminderScheduler {
  scheduleReminders(b: { provider: ProviderId; code: string; timelimit: string; timelimitUnknown?: true }, chatId: number): Promise<number>;
  scheduleTicket(provider: ProviderId, code: string, chatId: number, locale: string): Promise<void>;
  /** How many reminders (and the expiry notice) were still waiting and are now removed. */
  cancelReminders(provider: ProviderId, code: string): Promise<number>;
  cancelChat(chatId: number): Promise<number>;
}
