import type { MiddlewareFn } from "grammy";
import type { BotContext } from "../context.js";

/**
 * Each update is handled once, whatever the number of deliveries or processes (store/update-log).
 * The claim goes to Redis together with the reads of the update's session and conversation state
 * (`stateKeys`): one round trip instead of three.
 */
export function dedupeUpdates(stateKeys: (ctx: BotContext) => string[] = () => []): MiddlewareFn<BotContext> {
  return async (ctx, next) => {
    const keys = stateKeys(ctx);
    const [claimed] = await Promise.all([ctx.deps.updates.claim(ctx.update.update_id), ctx.deps.storage.prefetch(keys)]);
    try {
      if (!claimed) {
        ctx.log.info("duplicate update dropped");
        return;
      }
      await next();
    } finally {
      ctx.deps.storage.forget(keys);
    }
  };
}
