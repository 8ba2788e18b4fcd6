import type { BookingRecord } from "../../../store/booking-store.js";
import { bookingKeyboard } from "../../../presenters/booking-keyboard.js";
import { localeOf } from "../../../presenters/format.js";
import type { BotContext } from "../../context.js";
import { bookingText } from "../search/quote-view.js";

/**
 * Once a booking is issued, its card (the message the booking ended with) offers what /cek offers for an
 * issued booking: the e-ticket, not an Issue that can only say "already issued"; and it says issued where it
 * counted down to its pay-before time. Redrawn in the card's own language (the booker's, kept with the
 * record), not the issuer's: an English issuer's tap left an Indonesian card with English buttons. Best
 * effort: a card too old for Telegram to edit, deleted, or in another chat keeps its buttons, and their taps
 * still answer right.
 */
export async function retireIssueButton(ctx: BotContext, record: BookingRecord | undefined): Promise<void> {
  if (record?.messageId === undefined) return;
  const { provider, code } = record.booking;
  const locale = record.locale ?? localeOf(ctx);
  const t = (key: string, vars?: Record<string, string | number>) => ctx.i18n.fluent.translate(locale, key, vars);
  const text = bookingText(t, locale, ctx.deps.settings.timeZone, record.booking, new Date(), true);
  const keyboard = bookingKeyboard(t, provider, code, ["t"]);
  await ctx.api.editMessageText(record.chatId, record.messageId, text, { parse_mode: "HTML", reply_markup: keyboard, link_preview_options: { is_disabled: true } })
    // The text unchanged (an edit already made by another process): its buttons are what may still differ.
    .catch(() => ctx.api.editMessageReplyMarkup(record.chatId, record.messageId!, { reply_markup: keyboard }))
    .catch(() => undefined);
}
