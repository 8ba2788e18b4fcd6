import type { MiddlewareFn } from "grammy";
import { isGroup } from "../../services/access-policy.js";
import { actorOf } from "../actor.js";
import type { BotContext } from "../context.js";

/**
 * A flow's buttons ("c:", a conversation's questions: ✅ Continue at the quote, the summary's ✅ Book…)
 * tapped in a group by someone no longer in it, removed with a booking half done: what a made-up button
 * gets (the toast of unhandled.ts), before the conversation could take the tap and post its next
 * question in the group. Answered ahead of the conversations, so nothing of a paused flow's replay changes.
 */
export const outsiderFlowTaps: MiddlewareFn<BotContext> = async (ctx, next) => {
  const data = ctx.callbackQuery?.data;
  const flowTap = data !== undefined && data.startsWith("c:") && data !== "c:noop";
  if (flowTap && ctx.chat && ctx.from && isGroup(ctx.chat) && (await ctx.deps.access.outsider(actorOf(ctx)))) {
    return void (await ctx.answerCallbackQuery({ text: ctx.t("button-stale") }));
  }
  return next();
};
