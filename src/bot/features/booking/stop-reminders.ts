import { LeanComposer } from "../../lean-composer.js";
import { stopReminders } from "../../../services/reminder-control.js";
import { isGroup } from "../../../services/access-policy.js";
import { parseStopReminders } from "../../../presenters/booking-keyboard.js";
import { reminderKeyboard } from "../../../presenters/reminder-text.js";
import { clip, escapeHtml } from "../../../presenters/html.js";
import { localeOf } from "../../../presenters/format.js";
import { bookingGroupLocale } from "../../../services/booking-locale.js";
import type { BotContext } from "../../context.js";
import { actorOf } from "../../actor.js";
import { tappedCarries } from "../../tapped-keyboard.js";

export const stopRemindersFeature = new LeanComposer<BotContext>();

stopRemindersFeature.callbackQuery(/^rm:/, async (ctx) => {
  const parsed = parseStopReminders(ctx.callbackQuery.data);
  const result = parsed ? await stopReminders(ctx.deps, actorOf(ctx), parsed.provider, parsed.code) : { kind: "unknown" as const };
  // Another chat's booking (forged data) reads like an unknown one.
  if (result.kind === "unknown") return void (await ctx.answerCallbackQuery({ text: ctx.t("error-booking-not-found"), show_alert: true }));
  if (result.kind === "not_allowed") {
    return void (await ctx.answerCallbackQuery({ text: ctx.t("reminders-stop-not-allowed", { name: clip(result.bookedBy.name, 40) }), show_alert: true }));
  }
  const { booking } = result.record;
  await ctx.answerCallbackQuery({ text: ctx.t(result.kind === "stopped" ? "reminders-stopped" : "reminders-already-stopped") });
  // Its keyboard is redrawn only on a message that had one of its kind (a reminder), never on one it was forged on.
  if (!tappedCarries(ctx, "rm:")) return;
  // Issue now and Status stay useful after the reminders stop; a reminder sent during an issue hold had no
  // Issue button, and stopping its reminders doesn't bring one.
  const hadIssue = (ctx.callbackQuery.message?.reply_markup?.inline_keyboard.flat() ?? []).some((b) => "callback_data" in b && b.callback_data?.startsWith("b:i:"));
  // The reminder keeps its own language (its booker's in a group of each person's own), not the tapper's; so
  // does the line under it. Only the toast above is the tapper's.
  const locale = (await bookingGroupLocale(ctx.deps.chatSettings, result.record.chatId, result.record)) ?? localeOf(ctx);
  const t = (key: string, vars?: Record<string, string | number>) => ctx.i18n.fluent.translate(locale, key, vars);
  await ctx.editMessageReplyMarkup({ reply_markup: reminderKeyboard(t, booking.provider, booking.code, false, hadIssue) }).catch(() => undefined);
  // The whole group relied on these reminders: it is told who stopped them.
  if (result.kind === "stopped" && ctx.chat && isGroup(ctx.chat)) {
    await ctx.reply(t("reminders-stopped-by", { code: escapeHtml(booking.code), name: escapeHtml(ctx.from.first_name) }), {
      parse_mode: "HTML", reply_parameters: ctx.callbackQuery.message ? { message_id: ctx.callbackQuery.message.message_id, allow_sending_without_reply: true } : undefined,
    });
  }
});
