import type { BotContext } from "../../context.js";
import { groupStanding, isGroupAdmin } from "../../actor.js";
import { answerUnknownTap } from "../unhandled.js";

export const isGroup = (ctx: BotContext) => ctx.chat?.type === "group" || ctx.chat?.type === "supergroup";

/**
 * A message an admin sends "anonymously" comes from Telegram's GroupAnonymousBot with the group itself as
 * its sender_chat: only the group's admins can post that way, so it is an admin's, whoever they are.
 */
export const fromAnonymousAdmin = (ctx: BotContext) => isGroup(ctx) && ctx.senderChat !== undefined && ctx.senderChat.id === ctx.chat?.id;

/** Group admins change a group's settings; in a private chat the user changes their own. */
export async function mayChange(ctx: BotContext): Promise<boolean> {
  if (!ctx.chat || !ctx.from) return false;
  if (!isGroup(ctx)) return true;
  if (fromAnonymousAdmin(ctx)) return true;
  return isGroupAdmin(ctx.api, ctx.chat.id, ctx.from.id);
}

/**
 * A settings button tapped by someone who may not change the settings, answered; false when they may.
 * A member still in the group is told only admins may; someone removed from it (or never in it) gets what
 * a made-up button gets, so a real panel's buttons tell a stranger nothing about the group.
 */
export async function refusedSettingsTap(ctx: BotContext): Promise<boolean> {
  if (!ctx.chat || !ctx.from) {
    await answerUnknownTap(ctx);
    return true;
  }
  if (!isGroup(ctx) || fromAnonymousAdmin(ctx)) return false;
  const standing = await groupStanding(ctx.api, ctx.chat.id, ctx.from.id);
  if (standing === "admin") return false;
  if (standing === "outside") await answerUnknownTap(ctx);
  else await ctx.answerCallbackQuery({ text: ctx.t("settings-admins-only-toast"), show_alert: true });
  return true;
}
