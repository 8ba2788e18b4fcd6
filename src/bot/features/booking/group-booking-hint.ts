import { bookingToShare } from "../../../services/booking-share.js";
import { statusLabel } from "../../../presenters/booking-card.js";
import { departure, localeOf } from "../../../presenters/format.js";
import { escapeHtml } from "../../../presenters/html.js";
import { cutText } from "../../../presenters/cut-text.js";
import type { BotContext } from "../../context.js";
import { groupStanding } from "../../actor.js";

/**
 * A code asked about in a private chat that belongs to a group the asker is in right now: said so, with
 * its status and where to handle it, instead of "the provider doesn't know that code" — which is untrue,
 * and would have the agency's issuer book again. Who counts as in the group, and the calls made to find
 * out, are the inline card's (services/booking-share.ts): a stranger's code, a made-up one and one of a
 * group she left all end in the unknown code's answer after the same calls. True when it answered.
 */
export async function pointToGroup(ctx: BotContext, code: string): Promise<boolean> {
  if (ctx.chat?.type !== "private" || !ctx.from) return false;
  const { deps } = ctx;
  const userId = ctx.from.id;
  const shared = await bookingToShare(deps, userId, code, {
    knownIn: () => deps.seenMembers.groupsOf(userId),
    inGroup: async (chatId) => (await groupStanding(ctx.api, chatId, userId)) !== "outside",
  });
  if (!shared || shared.record.chatId > 0) return false;
  const b = shared.record.booking;
  // Asked only once she is known to be in it: the title tells her which of her groups.
  const chat = await ctx.api.getChat(shared.record.chatId).catch(() => undefined);
  const group = chat && "title" in chat && chat.title ? cutText(chat.title, 64) : ctx.t("status-group-booking-untitled");
  const locale = localeOf(ctx);
  await ctx.reply(ctx.t("status-group-booking", {
    code: escapeHtml(b.code), group: escapeHtml(group), status: statusLabel(ctx.t.bind(ctx), shared.status),
    flight: escapeHtml(b.flightCode), from: escapeHtml(b.from), to: escapeHtml(b.to), departs: escapeHtml(departure(b.departsAt, b.from, locale, deps.settings.timeZone)),
  }), { parse_mode: "HTML" });
  return true;
}
