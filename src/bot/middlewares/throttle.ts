import type { MiddlewareFn } from "grammy";
import type { LimitKind } from "../../store/rate-limits.js";
import type { BotContext } from "../context.js";

/**
 * Per-user limit before a handler that calls the provider: over it, a polite answer saying when to try
 * again (a toast for buttons), and the provider is not asked.
 */
export function throttle(kind: LimitKind): MiddlewareFn<BotContext> {
  return async (ctx, next) => {
    if (!ctx.from) return next();
    const wait = await ctx.deps.limits.take(kind, ctx.from.id);
    if (wait === 0) return next();
    ctx.log.info({ kind, wait }, "rate limited");
    const text = ctx.t("rate-limited", { seconds: wait });
    if (ctx.callbackQuery) return void (await ctx.answerCallbackQuery({ text, show_alert: true }));
    await ctx.reply(text, { parse_mode: "HTML" });
  };
}
