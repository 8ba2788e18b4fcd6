import { Composer } from "grammy";
import type { ProviderId } from "../../../domain/flight.js";
import type { BotContext } from "../../context.js";
import { parseBookingAction } from "./booking-keyboard.js";
import { parseBookingCode } from "./booking-code.js";
import { deliverTicket } from "./issue.js";

export const ticketFeature = new Composer<BotContext>();

ticketFeature.command(["ticket", "etiket"], async (ctx) => {
  const code = parseBookingCode(ctx.match);
  if (!code) return void (await ctx.reply(ctx.t("ticket-usage"), { parse_mode: "HTML" }));
  const record = await ctx.deps.bookings.find(code, Object.keys(ctx.deps.providers) as ProviderId[]);
  await deliverTicket(ctx, record?.booking.provider ?? ctx.deps.provider.id, code);
});

ticketFeature.callbackQuery(/^b:t:/, async (ctx) => {
  const parsed = parseBookingAction(ctx.callbackQuery.data);
  await ctx.answerCallbackQuery();
  if (parsed) await deliverTicket(ctx, parsed.provider, parsed.code);
});
