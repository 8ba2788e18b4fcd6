import type { MiddlewareFn } from "grammy";
import type { BotContext } from "../context.js";
import type { BotDeps } from "../deps.js";

/** Puts the dependencies and a per-update child logger on the context, and logs each update once. */
export function attachDeps(deps: BotDeps): MiddlewareFn<BotContext> {
  return async (ctx, next) => {
    ctx.deps = deps;
    // The child logger is made when something logs: most updates log nothing.
    let log: BotContext["log"] | undefined;
    Object.defineProperty(ctx, "log", {
      configurable: true, enumerable: false,
      get: () => (log ??= deps.logger.child({ update_id: ctx.update.update_id, chat_id: ctx.chat?.id, user_id: ctx.from?.id })),
      set: (value: BotContext["log"]) => void (log = value),
    });
    const started = performance.now();
    try {
      await next();
    } finally {
      const ms = performance.now() - started;
      const type = Object.keys(ctx.update).find((k) => k !== "update_id") ?? "unknown";
      deps.metrics?.updates.inc({ type });
      deps.metrics?.updateSeconds.observe(ms / 1000);
      if (deps.logger.isLevelEnabled("debug")) ctx.log.debug({ ms: Math.round(ms), type }, "update handled");
    }
  };
}
