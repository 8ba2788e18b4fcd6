import { bookingToShare } from "../../../services/booking-share.js";
import { statusLabel } from "../../../presenters/booking-card.js";
import { departure, localeOf } from "../../../presenters/format.js";
import { escapeHtml } from "../../../presenters/html.js";
import { cutText } from "../../../presenters/cut-text.js";
import type { BotContext } from "../../context.js";
import { groupStanding } from "../../actor.js";
import type { AccessDenied } from "../../../services/access-policy.js";
import type { ProviderError } from "../../../domain/errors.js";
// status.ts imports pointToGroup: the cycle is safe, as neither module uses the other's exports while loading.
import { refuseNotFound } from "./status.js";

/** What the member asked to do with the code: the hint's last line says where to do it. */
export type AskedAbout = "status" | "issue" | "ticket";

/**
 * A code asked about in a private chat that belongs to a group the asker is in right now: said so, with
 * its status and where to handle it, instead of "the provider doesn't know that code" — which is untrue,
 * and would have the agency's issuer book again. Who counts as in the group, and the calls made to find
 * out, are the inline card's (services/booking-share.ts): a stranger's code, a made-up one and one of a
 * group she left all end in the unknown code's answer after the same calls. True when it answered.
 */
export async function pointToGroup(ctx: BotContext, code: string, about: AskedAbout = "status"): Promise<boolean> {
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
    flight: escapeHtml(b.flightCode), from: escapeHtml(b.from), to: escapeHtml(b.to), departs: escapeHtml(departure(b.departsAt, b.from, locale, deps.settings.timeZone)), about,
  }), { parse_mode: "HTML" });
  return true;
}

/**
 * A booking action's refusal of a code it may not see (issue, e-ticket, ask to issue): in a private chat,
 * a code of a group she is in gets the group's hint as /status does, not "unknown" (which would have her
 * book again); anyone else gets the refusal, after the same calls as for a made-up code.
 */
export async function refuseOrPointToGroup(
  ctx: BotContext, code: string, about: AskedAbout, outcome: { kind: "unknown" } | { kind: "denied"; reason: AccessDenied } | { kind: "failed"; error: ProviderError },
): Promise<void> {
  if (outcome.kind === "unknown" && (await pointToGroup(ctx, code, about))) return;
  return refuseNotFound(ctx, outcome);
}
