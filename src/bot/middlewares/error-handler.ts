import { GrammyError, HttpError, type ErrorHandler } from "grammy";
import type { BotContext } from "../context.js";

/**
 * The last line: log with the update's context and tell the user something went wrong (once, and
 * without details). Provider errors are handled where they happen; what reaches here is a bug or Telegram.
 */
export const errorHandler: ErrorHandler<BotContext> = async (err) => {
  const ctx = err.ctx;
  const e = err.error;
  const log = ctx.log ?? ctx.deps?.logger;
  if (e instanceof GrammyError) log?.error({ method: e.method, code: e.error_code, description: e.description }, "telegram refused a call");
  else if (e instanceof HttpError) log?.error({ err: e.error }, "telegram unreachable");
  else log?.error({ err: e }, "handler failed");
  if (ctx.chat && !(e instanceof HttpError)) {
    await ctx.reply(ctx.t?.("error-internal") ?? "⚠️").catch(() => undefined);
  }
};
