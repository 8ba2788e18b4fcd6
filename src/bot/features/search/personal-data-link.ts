import type { BotContext } from "../../context.js";
import { escapeHtml } from "../../../presenters/html.js";

/**
 * The 🔒 link is a URL button the whole group sees: opened by someone other than the member booking,
 * it is not theirs (and not expired). They are told whose it is, before anything of theirs is left
 * (their own flow in this chat goes on) and nothing is stored. True when it was answered so.
 */
export async function answeredAsOthersLink(ctx: BotContext, token: string): Promise<boolean> {
  const request = await ctx.deps.personalData.get(token);
  if (!request || request.userId === ctx.from?.id) return false;
  // Named as the group knows them; a member who left since (or a failed lookup) is "the member booking".
  const name = await ctx.api.getChatMember(request.groupChatId, request.userId).then((m) => m.user.first_name, () => undefined);
  await ctx.reply(name ? ctx.t("pd-for-member", { name: escapeHtml(name) }) : ctx.t("pd-for-member-unnamed"), { parse_mode: "HTML" });
  return true;
}
