import type { BookingRecord } from "../../../store/booking-store.js";
import { bookingKeyboard } from "../../../presenters/booking-keyboard.js";
import type { BotContext } from "../../context.js";

/**
 * Once a booking is issued, its card (the message the booking ended with) offers what /cek offers for an
 * issued booking: the e-ticket, not an Issue that can only say "already issued". Best effort: a card too
 * old for Telegram to edit, deleted, or in another chat keeps its buttons, and their taps still answer right.
 */
export async function retireIssueButton(ctx: BotContext, record: BookingRecord | undefined): Promise<void> {
  if (record?.messageId === undefined) return;
  const { provider, code } = record.booking;
  const keyboard = bookingKeyboard(ctx.t.bind(ctx), provider, code, ["t"]);
  await ctx.api.editMessageReplyMarkup(record.chatId, record.messageId, { reply_markup: keyboard }).catch(() => undefined);
}
