import type { BookingRecord } from "../../../store/booking-store.js";
import { settledReminders } from "../../../services/sent-reminders.js";
import { reminderIssuedText } from "../../../presenters/reminder-text.js";
import { retireReminders } from "../../../telegram/retire-reminders.js";
import type { BotContext } from "../../context.js";

/**
 * Issued (paid here, or found issued by a lookup): the reminders already in its chat say so, without their
 * 💳 Issue, each in the language it was sent in. A tap on one that kept it (an edit refused) still answers
 * "already issued": the issue itself is guarded by the ledger, not by these buttons.
 */
export async function retireIssuedReminders(ctx: BotContext, record: BookingRecord | undefined): Promise<void> {
  if (!record) return;
  const { provider, code } = record.booking;
  const sent = await settledReminders(ctx.deps, provider, code);
  if (sent.length === 0) return;
  const text = (locale: string) => reminderIssuedText((key, vars) => ctx.i18n.fluent.translate(locale, key, vars), record);
  await retireReminders(ctx.api, sent, text, (e, r) => ctx.deps.logger.warn({ err: e, chat_id: r.chatId, message_id: r.messageId, booking: code }, "reminder not edited after the issue"));
}
