import { LeanComposer } from "../../lean-composer.js";
import { stopReminders } from "../../../services/reminder-control.js";
import { parseStopReminders } from "../../../presenters/booking-keyboard.js";
import type { BotContext } from "../../context.js";
import { actorOf } from "../../actor.js";

export const stopRemindersFeature = new LeanComposer<BotContext>();

stopRemindersFeature.callbackQuery(/^rm:/, async (ctx) => {
  const parsed = parseStopReminders(ctx.callbackQuery.data);
  const result = parsed ? await stopReminders(ctx.deps, actorOf(ctx), parsed.provider, parsed.code) : "unknown";
  // Another chat's booking (forged data) reads like an unknown one.
  if (result === "unknown") return void (await ctx.answerCallbackQuery({ text: ctx.t("error-booking-not-found"), show_alert: true }));
  await ctx.answerCallbackQuery({ text: ctx.t("reminders-stopped") });
  await ctx.editMessageReplyMarkup().catch(() => undefined);
});
