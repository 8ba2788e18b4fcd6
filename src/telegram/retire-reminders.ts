import type { Api } from "grammy";

/** A reminder in a chat, and the language it was written in. */
export interface ReminderMessage {
  chatId: number;
  messageId: number;
  locale: string;
}

/**
 * Telegram's refusals that leave nothing to do: the edit is already there (another process made it), the
 * reminder was deleted, or it can no longer be edited (its chat upgraded, or too old). Its button then stays,
 * and a tap on it is still answered right ("already issued", "expired").
 */
const NOTHING_TO_DO = /message is not modified|message to edit not found|message can't be edited|MESSAGE_ID_INVALID/i;

/**
 * Takes the buttons off reminders already sent for a booking now settled. `issuedText` (issued): each says
 * so instead of "pay before", in its own language, as the booking card does after an issue. Without it
 * (cancelled, expired) only the keyboard goes: what the reminder said stays true of its time, and the expiry
 * notice says the rest. Best effort: the settling already happened; a failure is only reported.
 */
export async function retireReminders(
  api: Api,
  sent: readonly ReminderMessage[],
  issuedText: ((locale: string) => string) | undefined,
  onFailure: (e: unknown, reminder: ReminderMessage) => void,
): Promise<void> {
  for (const r of sent) {
    // An edit that leaves reply_markup out removes the keyboard.
    const edit = issuedText
      ? api.editMessageText(r.chatId, r.messageId, issuedText(r.locale), { parse_mode: "HTML" })
      : api.editMessageReplyMarkup(r.chatId, r.messageId);
    await edit.catch((e: unknown) => {
      if (!NOTHING_TO_DO.test(String((e as { description?: string } | undefined)?.description ?? e))) onFailure(e, r);
    });
  }
}
