import { LeanComposer } from "../lean-composer.js";
import type { BotContext } from "../context.js";
import { isGroup } from "../../services/access-policy.js";
import { linkedAccounts } from "./account/linked.js";
import { moveDigest } from "./settings/digest-settings.js";

export const chatLifecycleFeature = new LeanComposer<BotContext>();

const PRESENT = new Set(["member", "administrator", "creator", "restricted"]);

/**
 * Added to a group by one of the operator's issuers: the group may use the operator's account (as
 * /approve). Removed from a group or blocked in private: stop everything scheduled for that chat, and
 * a group's approval ends.
 */
chatLifecycleFeature.on("my_chat_member", async (ctx) => {
  const { status } = ctx.myChatMember.new_chat_member;
  const was = ctx.myChatMember.old_chat_member.status;
  if (PRESENT.has(status) && !PRESENT.has(was) && isGroup(ctx.chat) && ctx.deps.access.isIssuer(ctx.from.id)) {
    await ctx.deps.approvals.approve(ctx.chat.id, ctx.from.id, ctx.deps.now());
    ctx.log.info({ by: ctx.from.id }, "added by an issuer: group approved for the operator's account");
    return;
  }
  if (status !== "kicked" && status !== "left") return;
  const dropped = (await ctx.deps.jobs?.cancelChat(ctx.chat.id)) ?? 0;
  await moveDigest(ctx, ctx.chat.id);
  // The approval went with the bot: whoever adds it back (maybe no issuer) doesn't inherit the operator's account.
  const revoked = isGroup(ctx.chat) && (await ctx.deps.approvals.revoke(ctx.chat.id));
  ctx.log.info({ status, dropped, revoked }, "bot removed from chat: scheduled jobs dropped");
});

/** Group → supergroup: Telegram sends migrate_to_chat_id in the old chat and migrate_from_chat_id in the new. */
chatLifecycleFeature.on("message:migrate_to_chat_id", async (ctx) => {
  await migrate(ctx, ctx.chat.id, ctx.message.migrate_to_chat_id);
});
chatLifecycleFeature.on("message:migrate_from_chat_id", async (ctx) => {
  await migrate(ctx, ctx.message.migrate_from_chat_id, ctx.chat.id);
});

async function migrate(ctx: BotContext, from: number, to: number): Promise<void> {
  const moved = await ctx.deps.bookings.migrateChat(from, to);
  await ctx.deps.contacts.migrateChat(from, to);
  await ctx.deps.chatSettings.migrateChat(from, to);
  await ctx.deps.approvals.migrateChat(from, to);
  await moveDigest(ctx, from, to);
  // A group linked to an agent's own login keeps using it (and its issuers keep spending it).
  await linkedAccounts(ctx)?.store?.migrateChat(from, to);
  ctx.log.info({ from, to, moved }, "group upgraded to supergroup: bookings moved");
}
