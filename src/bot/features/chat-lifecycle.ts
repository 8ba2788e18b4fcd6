import { LeanComposer } from "../lean-composer.js";
import type { BotContext } from "../context.js";
import { isGroup } from "../../services/access-policy.js";
import { dropDigest } from "./settings/digest-settings.js";
import { upgradeGroup } from "../upgrade-group.js";
import { escapeHtml } from "../../presenters/html.js";
import { resumeChatReminders } from "../../services/chat-return.js";

export const chatLifecycleFeature = new LeanComposer<BotContext>();

const PRESENT = new Set(["member", "administrator", "creator", "restricted"]);

/**
 * Added to a group by one of the operator's issuers: the group may use the operator's account (as
 * /approve). Back in a chat it left (added again, unblocked): the unpaid bookings' reminders, dropped
 * when it left, are scheduled again, for the bookings the chat may read now (added back by a member who
 * is no issuer, a group is not approved: its bookings on the operator's account stay quiet). Removed
 * from a group or blocked in private: stop everything scheduled for that chat, and a group's approval ends.
 */
chatLifecycleFeature.on("my_chat_member", async (ctx) => {
  const { status } = ctx.myChatMember.new_chat_member;
  const was = ctx.myChatMember.old_chat_member.status;
  if (PRESENT.has(status) && !PRESENT.has(was)) {
    if (isGroup(ctx.chat) && ctx.deps.access.isIssuer(ctx.from.id)) {
      await ctx.deps.approvals.approve(ctx.chat.id, ctx.from.id, ctx.deps.now());
      ctx.log.info({ by: ctx.from.id }, "added by an issuer: group approved for the operator's account");
    }
    const resumed = await resumeChatReminders(ctx.deps, ctx.chat.id);
    if (resumed > 0) ctx.log.info({ resumed }, "back in the chat: reminders of its unpaid bookings scheduled again");
    return;
  }
  if (status !== "kicked" && status !== "left") return;
  const dropped = (await ctx.deps.jobs?.cancelChat(ctx.chat.id)) ?? 0;
  await dropDigest(ctx, ctx.chat.id);
  // The approval went with the bot: whoever adds it back (maybe no issuer) doesn't inherit the operator's account.
  const revoked = isGroup(ctx.chat) && (await ctx.deps.approvals.revoke(ctx.chat.id));
  ctx.log.info({ status, dropped, revoked }, "bot removed from chat: scheduled jobs dropped");
});

/**
 * A member left or was removed: they come off the group's /allow list. Spending is checked again at use,
 * but the settings would still name them as allowed, and adding them back later would silently give
 * them the deposit again; an admin allows them again with /izinkan instead. Telegram says so twice in
 * some groups (chat_member where the bot is an admin, and the "left" service message): the second finds
 * nobody to drop and says nothing.
 */
chatLifecycleFeature.on("chat_member", async (ctx) => {
  const member = ctx.chatMember.new_chat_member;
  const inGroup = (m: typeof member) => PRESENT.has(m.status) && !(m.status === "restricted" && !m.is_member);
  if (!isGroup(ctx.chat)) return;
  if (!inGroup(member)) {
    await forgetMember(ctx, ctx.chat.id, member.user.id);
    await dropIssuer(ctx, ctx.chat.id, member.user, "left");
  } else if (!inGroup(ctx.chatMember.old_chat_member)) await dropIssuer(ctx, ctx.chat.id, member.user, "returned");
});
chatLifecycleFeature.on("message:left_chat_member", async (ctx) => {
  if (!isGroup(ctx.chat)) return;
  await forgetMember(ctx, ctx.chat.id, ctx.message.left_chat_member.id);
  await dropIssuer(ctx, ctx.chat.id, ctx.message.left_chat_member, "left");
});

/**
 * Seen leaving: the bot's records no longer put her in the group, so sharing one of its bookings inline
 * asks Telegram nothing about her there, for its codes as for made-up ones (services/booking-share.ts).
 * She is known there again once she writes or taps there.
 */
async function forgetMember(ctx: BotContext, chatId: number, userId: number): Promise<void> {
  await ctx.deps.seenMembers.forget(chatId, userId)
    // Only the record of where to ask: Telegram still says she is gone when asked.
    .catch((e: unknown) => ctx.log.warn({ err: e }, "member's leaving not recorded"));
}
/**
 * Someone joins still on the list: her leaving went unseen (the bot was no admin then, the service message
 * never came). Coming back restores nothing, so she comes off it now, as leaving would have done.
 */
chatLifecycleFeature.on("message:new_chat_members", async (ctx) => {
  if (!isGroup(ctx.chat)) return;
  for (const user of ctx.message.new_chat_members) await dropIssuer(ctx, ctx.chat.id, user, "returned");
});

async function dropIssuer(ctx: BotContext, chatId: number, user: { id: number; first_name: string; is_bot: boolean }, why: "left" | "returned"): Promise<void> {
  if (user.is_bot || !(await ctx.deps.chatSettings.dropIssuers(chatId, [user.id]))) return;
  ctx.log.info({ userId: user.id, why }, "member left the group (or came back after an unseen leaving): off the list of who may issue");
  // The admins learn the permission is gone, so a returning member isn't assumed to still have it.
  await ctx.api.sendMessage(chatId, ctx.t(why === "left" ? "settings-issuer-left" : "settings-issuer-returned", { name: escapeHtml(user.first_name) }), { parse_mode: "HTML" })
    .catch((e: unknown) => ctx.log.warn({ err: e }, "left-member notice not sent"));
}

/** Group → supergroup: Telegram sends migrate_to_chat_id in the old chat and migrate_from_chat_id in the new. */
chatLifecycleFeature.on("message:migrate_to_chat_id", async (ctx) => {
  await migrate(ctx, ctx.chat.id, ctx.message.migrate_to_chat_id);
});
chatLifecycleFeature.on("message:migrate_from_chat_id", async (ctx) => {
  await migrate(ctx, ctx.message.migrate_from_chat_id, ctx.chat.id);
});

async function migrate(ctx: BotContext, from: number, to: number): Promise<void> {
  // The same move as when Telegram refuses a call to the old id first (bot or worker); the second learner does nothing.
  const moved = await upgradeGroup(ctx.deps, from, to);
  if (moved === undefined) return;
  ctx.log.info({ from, to, moved }, "group upgraded to supergroup: bookings moved");
  await tellFlowsLost(ctx, from, to);
}

/**
 * Members' flows open in the old group can't go on: their questions are the old chat's messages, and every
 * update now comes with the supergroup's id, which finds no flow. Each member is told once, in the supergroup
 * (by the first learner of the upgrade), instead of her next answer meeting "type /search"; her private-details
 * link goes dead, as when a flow ends. The old states expire by themselves.
 */
async function tellFlowsLost(ctx: BotContext, from: number, to: number): Promise<void> {
  const members = await ctx.deps.storage.conversationMembers(from).catch((e: unknown) => {
    ctx.log.warn({ err: e, from }, "open flows of the upgraded group not read");
    return [];
  });
  for (const userId of members) {
    await ctx.deps.personalData.closeOpen(from, userId);
    const member = await ctx.api.getChatMember(to, userId).catch(() => undefined);
    if (!member || member.status === "left" || member.status === "kicked") continue;
    await ctx.api.sendMessage(to, ctx.t("group-upgraded-flow-lost", { name: escapeHtml(member.user.first_name) }), { parse_mode: "HTML" })
      .catch((e: unknown) => ctx.log.warn({ err: e, to }, "upgraded group's lost-flow notice not sent"));
  }
}
