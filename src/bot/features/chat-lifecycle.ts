import { Composer } from "grammy";
import type { BotContext } from "../context.js";

export const chatLifecycleFeature = new Composer<BotContext>();

/** Removed from a group or blocked in private: stop everything scheduled for that chat. */
chatLifecycleFeature.on("my_chat_member", async (ctx) => {
  const status = ctx.myChatMember.new_chat_member.status;
  if (status !== "kicked" && status !== "left") return;
  const dropped = (await ctx.deps.jobs?.cancelChat(ctx.chat.id)) ?? 0;
  ctx.log.info({ status, dropped }, "bot removed from chat: scheduled jobs dropped");
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
  ctx.log.info({ from, to, moved }, "group upgraded to supergroup: bookings moved");
}
