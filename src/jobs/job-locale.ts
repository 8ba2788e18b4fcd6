import type { ChatSettings, ChatSettingsStore } from "../store/chat-settings.js";

/**
 * The language of a message a job sends, where no update says who reads it. A private chat is its person:
 * their current /language choice, as the bot answers them now (a language chosen after booking applies to the
 * booking's reminders), else the chat's /settings language, else `fallback` (the language the job was
 * scheduled in: the booking's, the issue's). A group speaks its /settings language; without one, the person
 * the message is about (`personId`: a reminder mentions its booker) in their current choice, else `fallback`.
 */
export async function jobLocale(
  store: Pick<ChatSettingsStore, "personLocale">, chatId: number, settings: Pick<ChatSettings, "locale">,
  fallback: string | undefined, defaultLocale: string, personId?: number,
): Promise<string> {
  if (chatId > 0) return (await store.personLocale(chatId)) ?? settings.locale ?? fallback ?? defaultLocale;
  if (settings.locale) return settings.locale;
  const person = personId === undefined ? undefined : await store.personLocale(personId);
  return person ?? fallback ?? defaultLocale;
}
