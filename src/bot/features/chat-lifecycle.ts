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
