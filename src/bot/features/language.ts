import { InlineKeyboard } from "grammy";
import { LeanComposer } from "../lean-composer.js";
import type { BotContext } from "../context.js";
import { tappedCarries } from "../tapped-keyboard.js";
import { actorOf } from "../actor.js";
import { cutText } from "../../presenters/cut-text.js";

export const languageFeature = new LeanComposer<BotContext>();

const inGroup = (ctx: BotContext) => ctx.chat?.type === "group" || ctx.chat?.type === "supergroup";

languageFeature.command(["language", "bahasa"], async (ctx) => {
  // In a group the picker is the asker's: its buttons carry her id, and it replies to her command.
  const owner = inGroup(ctx) && ctx.from ? `:${ctx.from.id}` : "";
  const kb = new InlineKeyboard().text("🇮🇩 Bahasa Indonesia", `lang:id${owner}`).text("🇬🇧 English", `lang:en${owner}`);
  await ctx.reply(ctx.t("language-choose"), { reply_markup: kb, ...(owner && { reply_parameters: { message_id: ctx.msg.message_id, allow_sending_without_reply: true } }) });
});

const OWNED = /^lang:(?:id|en):(\d+)$/;

/**
 * Whose picker was tapped: the id its own buttons carry, read off the tapped keyboard first, so data sent
 * by a modified client can't name someone else. A picker from before ids were carried belongs to anyone.
 */
function pickerOwner(ctx: BotContext): number | undefined {
  const tapped = ctx.callbackQuery?.message;
  const markup = tapped && "reply_markup" in tapped ? tapped.reply_markup : undefined;
  const datas = markup ? markup.inline_keyboard.flat().flatMap((b) => ("callback_data" in b ? [b.callback_data] : [])) : [ctx.callbackQuery?.data ?? ""];
  const owned = datas.map((d) => OWNED.exec(d)?.[1]).find((id) => id !== undefined);
  return owned === undefined ? undefined : Number(owned);
}

/**
 * The choice is confirmed in the chosen language, and says where it does not apply yet: a group whose
 * admins set its language keeps speaking that one, and a flow already running keeps the language it
 * started in (conversations replay in one language).
 */
languageFeature.callbackQuery(/^lang:(id|en)(?::\d+)?$/, async (ctx) => {
  // Only the prompt's own buttons: the confirmation replaces the message tapped.
  // Someone no longer in the group changes nothing there, and the bot says nothing in it for him.
  if (!tappedCarries(ctx, "lang:") || (ctx.chat && (await ctx.deps.access.outsider(actorOf(ctx))))) return void (await ctx.answerCallbackQuery({ text: ctx.t("button-stale") }));
  // A colleague's picker: tapping it would change the tapper's language under the asker's question.
  const owner = pickerOwner(ctx);
  if (owner !== undefined && owner !== ctx.from.id) return void (await ctx.answerCallbackQuery({ text: ctx.t("language-not-yours"), show_alert: true }));
  const chosen = ctx.match[1]!;
  await ctx.i18n.setLocale(chosen);
  ctx.i18n.useLocale(chosen);
  await ctx.answerCallbackQuery();
  const lines = [ctx.t("language-changed")];
  const group = inGroup(ctx);
  const groupLocale = group && ctx.chat ? (await ctx.deps.chatSettings.get(ctx.chat.id)).locale : undefined;
  if (groupLocale && groupLocale !== chosen) lines.push(ctx.t("language-group-keeps", { language: ctx.t(`language-name-${groupLocale}`) }));
  else if (Object.keys(await ctx.conversation.active()).length > 0) lines.push(ctx.t("language-next-flow"));
  // In a group everyone reads it: it says whose language changed.
  const text = lines.join("\n");
  await ctx.editMessageText(group ? `${cutText(ctx.from.first_name, 40)}: ${text}` : text);
});
