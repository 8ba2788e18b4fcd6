import { Composer } from "grammy";
import type { BotContext } from "../../context.js";

export const stopRemindersFeature = new Composer<BotContext>();

stopRemindersFeature.callbackQuery(/^rm:(mmbc|tiket):([A-Z0-9]{4,12})$/, async (ctx) => {
  await ctx.deps.jobs?.cancelReminders(ctx.match[1] as "mmbc" | "tiket", ctx.match[2]!);
  await ctx.answerCallbackQuery({ text: ctx.t("reminders-stopped") });
  await ctx.editMessageReplyMarkup().catch(() => undefined);
});
