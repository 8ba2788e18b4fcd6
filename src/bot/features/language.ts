import { InlineKeyboard } from "grammy";
import { LeanComposer } from "../lean-composer.js";
import type { BotContext } from "../context.js";
import { tappedCarries } from "../tapped-keyboard.js";
import { actorOf } from "../actor.js";

export const languageFeature = new LeanComposer<BotContext>();

languageFeature.command(["language", "bahasa"], async (ctx) => {
  const kb = new InlineKeyboard().text("🇮🇩 Bahasa Indonesia", "lang:id").text("🇬🇧 English", "lang:en");
  await ctx.reply(ctx.t("language-choose"), { reply_markup: kb });
});

/**
 * The choice is confirmed in the chosen language, and says where it does not apply yet: a group whose
 * admins set its language keeps speaking that one, and a flow already running keeps the language it
 * started in (conversations replay in one language).
 */
languageFeature.callbackQuery(/^lang:(id|en)$/, async (ctx) => {
  // Only the prompt's own buttons: the confirmation replaces the message tapped.
  // Someone no longer in the group changes nothing there, and the bot says nothing in it for him.
  if (!tappedCarries(ctx, "lang:") || (ctx.chat && (await ctx.deps.access.outsider(actorOf(ctx))))) return void (await ctx.answerCallbackQuery({ text: ctx.t("button-stale") }));
  const chosen = ctx.match[1]!;
  await ctx.i18n.setLocale(chosen);
  ctx.i18n.useLocale(chosen);
  await ctx.answerCallbackQuery();
  const lines = [ctx.t("language-changed")];
  const group = ctx.chat?.type === "group" || ctx.chat?.type === "supergroup";
  const groupLocale = group && ctx.chat ? (await ctx.deps.chatSettings.get(ctx.chat.id)).locale : undefined;
  if (groupLocale && groupLocale !== chosen) lines.push(ctx.t("language-group-keeps", { language: ctx.t(`language-name-${groupLocale}`) }));
  else if (Object.keys(await ctx.conversation.active()).length > 0) lines.push(ctx.t("language-next-flow"));
  await ctx.editMessageText(lines.join("\n"));
});
