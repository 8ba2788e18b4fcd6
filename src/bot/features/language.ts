import { InlineKeyboard } from "grammy";
import { LeanComposer } from "../lean-composer.js";
import type { BotContext } from "../context.js";

export const languageFeature = new LeanComposer<BotContext>();

languageFeature.command(["language", "bahasa"], async (ctx) => {
  const kb = new InlineKeyboard().text("🇮🇩 Bahasa Indonesia", "lang:id").text("🇬🇧 English", "lang:en");
  await ctx.reply(ctx.t("language-choose"), { reply_markup: kb });
});

languageFeature.callbackQuery(/^lang:(id|en)$/, async (ctx) => {
  await ctx.i18n.setLocale(ctx.match[1]!);
  await ctx.answerCallbackQuery();
  await ctx.editMessageText(ctx.t("language-changed"));
});
