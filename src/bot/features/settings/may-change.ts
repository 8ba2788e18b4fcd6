import type { BotContext } from "../../context.js";
import { groupAdmins } from "../../actor.js";

export const isGroup = (ctx: BotContext) => ctx.chat?.type === "group" || ctx.chat?.type === "supergroup";

/** Group admins change a group's settings; in a private chat the user changes their own. */
export async function mayChange(ctx: BotContext): Promise<boolean> {
  if (!ctx.chat || !ctx.from) return false;
  if (!isGroup(ctx)) return true;
  return (await groupAdmins(ctx, ctx.chat.id)).includes(ctx.from.id);
}
