import type { NextFunction } from "grammy";
import type { BotContext } from "../context.js";
import { parseBookingAction, parseStopReminders } from "../../presenters/booking-keyboard.js";
import { parseCustomerCardData } from "../../presenters/customer-card-data.js";

/** The booking a button names (a card's Issue / Status / E-ticket / 📤, a reminder's "stop"), if any. */
function bookingCodeIn(data: string | undefined): string | undefined {
  if (!data) return undefined;
  const card = parseCustomerCardData(data);
  return parseBookingAction(data)?.code ?? parseStopReminders(data)?.code ?? (card?.kind === "booking" ? card.code : undefined);
}

/**
 * Says where an upgraded group went, as the tap's alert only: the old group is read-only (a message
 * there is refused), and its bookings and settings now live under the new id, so any feature reading
 * the old id would answer "unknown code" or "only admins" to the very people whose data it is.
 */
export async function answerUpgradedTap(ctx: BotContext): Promise<void> {
  const code = bookingCodeIn(ctx.callbackQuery?.data);
  const text = code ? ctx.t("upgraded-group-tap-code", { code }) : ctx.t("upgraded-group-tap");
  await ctx.answerCallbackQuery({ text, show_alert: true });
}

/**
 * A button tapped in a group that was upgraded to a supergroup (Telegram keeps showing the old group's
 * messages and delivers their taps with the old chat id): answered here, before any flow or feature
 * reads the old chat. Only basic groups are upgraded, so other chats cost no Redis read.
 */
export async function upgradedGroupTaps(ctx: BotContext, next: NextFunction): Promise<void> {
  if (!ctx.callbackQuery || ctx.chat?.type !== "group") return next();
  const upgradedTo = await ctx.deps.upgradedGroups.upgradedTo(ctx.chat.id);
  if (upgradedTo === undefined) return next();
  ctx.log.info({ upgradedTo }, "tap in an upgraded group: pointed to the supergroup");
  await answerUpgradedTap(ctx);
}
