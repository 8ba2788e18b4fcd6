import type { MiddlewareFn } from "grammy";
import type { BotContext } from "../context.js";
import type { BotDeps } from "../deps.js";

/** Puts the dependencies and a per-update child logger on the context, and logs each update once. */
export function attachDeps(deps: BotDeps): MiddlewareFn<BotContext> {
  return async (ctx, next) => {
    ctx.deps = deps;
    ctx.log = deps.logger.child({ update_id: ctx.update.update_id, chat_id: ctx.chat?.id, user_id: ctx.from?.id });
    const started = performance.now();
    try {
      await next();
    } finally {
      const ms = performance.now() - started;
      const type = Object.keys(ctx.update).find((k) => k !== "update_id") ?? "unknown";
      deps.metrics?.updates.inc({ type });
      deps.metrics?.updateSeconds.observe(ms / 1000);
      ctx.log.debug({ ms: Math.round(ms), type }, "update handled");
    }
  };
}
