import type { MiddlewareFn } from "grammy";
import type { BotContext } from "../context.js";

/**
 * Several bot processes behind a load balancer may get one person's consecutive updates at the same
 * time; grammY would then read the same session and conversation state twice and the last write would
 * win. This runs a person's updates one at a time across every process with a Redis lock (store/
 * update-locks.ts), as `sequentialize` does within one process. The lock is per user: it covers both
 * keys grammY writes (the session is per user, a conversation per chat and user). Updates without a
 * chat (inline queries) touch no such state and are not held up.
 */
export function oneUpdatePerUser(): MiddlewareFn<BotContext> {
  return async (ctx, next) => {
    const locks = ctx.deps.updateLocks;
    if (!locks || !ctx.chat || !ctx.from) return next();
    await locks.with(`user:${ctx.from.id}`, () => next());
  };
}
