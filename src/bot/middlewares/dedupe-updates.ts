import type { MiddlewareFn } from "grammy";
import type { BotContext } from "../context.js";
import { TTL } from "../../store/keys.js";

/**
 * Telegram delivers updates at least once (a webhook retried after a timeout, a poller restarted
 * before confirming). The first process to claim an update_id handles it; the rest drop it.
 */
export function dedupeUpdates(): MiddlewareFn<BotContext> {
  return async (ctx, next) => {
    const claimed = await ctx.deps.redis.set(ctx.deps.keys.update(ctx.update.update_id), "1", "EX", TTL.update, "NX");
    if (claimed !== "OK") {
      ctx.log.info("duplicate update dropped");
      return;
    }
    await next();
  };
}
