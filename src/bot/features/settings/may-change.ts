import type { BotContext } from "../../context.js";
import { isGroupAdmin } from "../../actor.js";

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
