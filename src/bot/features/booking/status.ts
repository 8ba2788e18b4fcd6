import { Composer } from "grammy";
import type { ProviderId } from "../../../domain/flight.js";
import { isProviderError } from "../../../domain/errors.js";
import type { BotContext } from "../../context.js";
import { localeOf } from "../../format.js";
import { providerErrorText } from "../provider-error-text.js";
import { bookingKeyboard, parseBookingAction } from "./booking-keyboard.js";
import { parseBookingCode } from "./booking-code.js";
import { statusCard, statusLabel } from "./booking-card.js";
import { bookingSource } from "./booking-source.js";

/** Live status from the provider, with the saved details of bookings made through the bot. */
export async function replyStatus(ctx: BotContext, code: string, provider?: ProviderId): Promise<void> {
  const { deps } = ctx;
  const { record, source } = await bookingSource(ctx, code, provider);
  if (!source) return void (await ctx.reply(ctx.t("error-unavailable"), { parse_mode: "HTML" }));
  try {
    const { status } = await source.status(code);
    if (!record) {
      await ctx.reply(ctx.t("status-bare", { code, status: statusLabel(ctx.t.bind(ctx), status) }), { parse_mode: "HTML" });
      return;
    }
    await deps.bookings.setStatus(source.id, code, status);
    const actions = status === "issued" ? (["t"] as const) : status === "waiting" || status === "pending" ? (["i", "s"] as const) : ([] as const);
    await ctx.reply(statusCard(ctx.t.bind(ctx), localeOf(ctx), deps.settings.timeZone, record.booking, status, deps.now(), record), {
      parse_mode: "HTML",
      reply_markup: actions.length ? bookingKeyboard(ctx.t.bind(ctx), source.id, code, actions) : undefined,
    });
  } catch (e) {
    if (!isProviderError(e)) throw e;
    await ctx.reply(providerErrorText(ctx, e), { parse_mode: "HTML" });
  }
}

export const statusFeature = new Composer<BotContext>();

statusFeature.command(["status", "cek"], async (ctx) => {
  const code = parseBookingCode(ctx.match);
  if (!code) return void (await ctx.reply(ctx.t("status-usage"), { parse_mode: "HTML" }));
  await ctx.replyWithChatAction("typing");
  await replyStatus(ctx, code);
});

statusFeature.callbackQuery(/^b:s:/, async (ctx) => {
  const parsed = parseBookingAction(ctx.callbackQuery.data);
  await ctx.answerCallbackQuery();
  if (parsed) await replyStatus(ctx, parsed.code, parsed.provider);
});
