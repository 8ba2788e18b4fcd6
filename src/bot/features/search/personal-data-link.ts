import type { BotContext } from "../../context.js";
import { escapeHtml } from "../../../presenters/html.js";
import { groupStanding } from "../../actor.js";
import type { Actor } from "../../../services/access-policy.js";

/**
 * The 🔒 link is a URL button the whole group sees, and may be passed on beyond it. Whoever opens it is
 * asked about in the link's group first (through the access policy, as anything of the group is):
 * - not in the group (never was, or removed since): a stranger to it, who gets exactly what a made-up link
 *   gets (false: the details conversation says it expired, as for an unknown token), never whose it is;
 * - the member booking, removed from the group since: the link asks and stores nothing, with the words of a
 *   stopped booking (as the details conversation says them);
 * - a colleague in the group: told whose link it is, before anything of theirs is left (their own flow in
 *   this chat goes on), and nothing is stored.
 * True when it was answered here.
 */
export async function answeredAsOthersLink(ctx: BotContext, token: string): Promise<boolean> {
  const request = await ctx.deps.personalData.get(token);
  const from = ctx.from;
  if (!request || !from) return false;
  const opener: Actor = { userId: from.id, chat: { id: request.groupChatId, type: "supergroup" }, standing: () => groupStanding(ctx.api, request.groupChatId, from.id) };
  if (await ctx.deps.access.outsider(opener)) {
    if (request.userId !== from.id) return false;
    await ctx.reply(ctx.t("pd-stopped"), { parse_mode: "HTML", link_preview_options: { is_disabled: true } });
    return true;
  }
  if (request.userId === from.id) return false;
  // Named as the group knows them; a member who left since (or a failed lookup) is "the member booking".
  const name = await ctx.api.getChatMember(request.groupChatId, request.userId).then((m) => m.user.first_name, () => undefined);
  await ctx.reply(name ? ctx.t("pd-for-member", { name: escapeHtml(name) }) : ctx.t("pd-for-member-unnamed"), { parse_mode: "HTML" });
  return true;
}
