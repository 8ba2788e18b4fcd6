import { LeanComposer } from "../../lean-composer.js";
import type { BotContext } from "../../context.js";
import { endLinkOfLeaver } from "../../../services/linked-owner-left.js";
import { announceLinkEnded } from "../../link-ended-notice.js";

/**
 * A member whose own MMBC account the group uses (/settings account) leaves or is removed: the group no
 * longer spends her deposit, as leaving already takes a member off the /allow list (chat-lifecycle.ts,
 * which these pass the same updates on to). Coming back after a leaving the bot never saw restores nothing
 * either: she links it again herself. Telegram may say it twice (chat_member and the "left" message): the
 * link ends once, and is announced once.
 */
export const ownerLeavesFeature = new LeanComposer<BotContext>();

const PRESENT = new Set(["member", "administrator", "creator", "restricted"]);

ownerLeavesFeature.on("chat_member", async (ctx, next) => {
  const inGroup = (m: typeof ctx.chatMember.new_chat_member) => PRESENT.has(m.status) && !(m.status === "restricted" && !m.is_member);
  const { new_chat_member: now, old_chat_member: was } = ctx.chatMember;
  // Gone now, or back after a leaving: either way her link to this group ends.
  if (!inGroup(now) || !inGroup(was)) await endOwnLink(ctx, now.user.id);
  await next();
});
ownerLeavesFeature.on("message:left_chat_member", async (ctx, next) => {
  await endOwnLink(ctx, ctx.message.left_chat_member.id);
  await next();
});
ownerLeavesFeature.on("message:new_chat_members", async (ctx, next) => {
  for (const user of ctx.message.new_chat_members) if (!user.is_bot) await endOwnLink(ctx, user.id);
  await next();
});

async function endOwnLink(ctx: BotContext, userId: number): Promise<void> {
  const chat = ctx.chat!;
  const ended = await endLinkOfLeaver(ctx.deps.accounts, chat, userId);
  if (ended) await announceLinkEnded(ctx.api, ctx.t.bind(ctx), ctx.log, { id: chat.id, ...("title" in chat && { title: chat.title }) }, ended);
}
