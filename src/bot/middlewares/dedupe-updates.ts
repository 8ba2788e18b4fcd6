import type { MiddlewareFn } from "grammy";
import type { BotContext } from "../context.js";

/** Each update is handled once, whatever the number of deliveries or processes (store/update-log). */
export function dedupeUpdates(): MiddlewareFn<BotContext> {
  return async (ctx, next) => {
    if (!(await ctx.deps.updates.claim(ctx.update.update_id))) {
      ctx.log.info("duplicate update dropped");
      return;
    }
    await next();
  };
}
