import { GrammyError } from "grammy";
import type { BotContext } from "./context.js";

/** The longest flood wait the outcome of a money action sits out; auto-retry gives up far sooner (60 s). */
const PATIENCE_SECONDS = 600;
const ATTEMPTS = 3;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A reply that must arrive: the outcome of a payment. Telegram's flood limit (429) is waited out up to
 * PATIENCE_SECONDS, a few times, where every other answer gives up: an agent told nothing after paying
 * is told "something went wrong" and may pay again. A 429 refused the post, so nothing arrives twice.
 */
export async function replyPatiently(ctx: BotContext, ...args: Parameters<BotContext["reply"]>): ReturnType<BotContext["reply"]> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await ctx.reply(...args);
    } catch (e) {
      const wait = e instanceof GrammyError && e.error_code === 429 ? e.parameters.retry_after : undefined;
      if (wait === undefined || wait > PATIENCE_SECONDS || attempt >= ATTEMPTS) throw e;
      ctx.log.warn({ retry_after: wait }, "telegram flood limit on a payment's outcome: waiting it out");
      await sleep(wait * 1000);
    }
  }
}
