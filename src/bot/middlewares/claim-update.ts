import type { MiddlewareFn } from "grammy";
import type { BotContext } from "../context.js";

/**
 * The update was handled (the person got its answer) but what it changed in their session or
 * conversation state was not written: the flow may not go on from this step. The error boundary tells
 * them so, once, unless it already answered this update.
 */
export class StateNotSaved extends Error {
  override name = "StateNotSaved";
  constructor(cause: unknown) {
    super("the update's state was not saved", { cause });
  }
}

/**
 * Opens and closes every update with one Redis round trip each.
 *
 * Opening: the update_id claim (each update is handled once, whatever the deliveries or processes:
 * store/update-log), the person's lock (webhook mode: several processes may get one person's updates at
 * once, and grammY would read the same state twice with the last write winning: store/update-locks), and
 * the reads of the session and conversation state (`stateKeys`) and, in groups, of the group's settings,
 * all sent in the same tick. Should the
 * lock be taken, what was read is dropped and read again once it is ours.
 *
 * Closing: what the update wrote to that state, then the lock's release (store/grammy-storage `finish`).
 * Updates without a chat (inline queries) touch no such state: no lock, nothing held. A closing that
 * fails is one failure of the update, never a second one: after an update that failed, it is only
 * logged (the boundary answers the first); after one that was handled, the state's write is
 * `StateNotSaved` and a lock not released is only logged (it expires by itself).
 */
export function claimUpdate(stateKeys: (ctx: BotContext) => string[]): MiddlewareFn<BotContext> {
  return async (ctx, next) => {
    const { storage, updates, updateLocks, chatSettings } = ctx.deps;
    const keys = stateKeys(ctx);
    // A group's settings are read by nearly every update of it (its language, who may spend).
    const group = ctx.chat?.type === "group" || ctx.chat?.type === "supergroup" ? ctx.chat.id : undefined;
    const lockName = updateLocks && keys.length > 0 && ctx.from ? `user:${ctx.from.id}` : undefined;
    const [claim, attempt] = await Promise.allSettled([
      updates.claim(ctx.update.update_id),
      lockName ? updateLocks!.attempt(lockName) : undefined,
      storage.prefetch(keys),
      group !== undefined ? chatSettings.prefetch(group) : undefined,
    ]);
    const lock = attempt.status === "fulfilled" ? attempt.value : undefined;
    if (claim.status === "rejected" || attempt.status === "rejected" || !claim.value) {
      storage.forget(keys);
      if (group !== undefined) chatSettings.forget(group);
      await lock?.release();
      if (claim.status === "rejected") throw claim.reason;
      if (attempt.status === "rejected") throw attempt.reason;
      ctx.log.info("duplicate update dropped");
      return;
    }
    if (lock && !lock.held) {
      // Another process is handling this person's previous update: its writes are not in what we read.
      storage.forget(keys);
      if (group !== undefined) chatSettings.forget(group);
      // Given up after a long wait, the update is let go unhandled, and so is its claim: a redelivery is handled.
      await lock.acquire().catch(async (e: unknown) => {
        await updates.unclaim(ctx.update.update_id).catch(() => undefined);
        throw e;
      });
    }
    storage.hold(keys);
    let handled = false;
    try {
      await next();
      handled = true;
    } finally {
      storage.forget(keys);
      if (group !== undefined) chatSettings.forget(group);
      const release = lock ? () => lock.release().catch((e: unknown) => ctx.log.warn({ err: e }, "person's lock not released: it expires by itself")) : undefined;
      await storage.finish(keys, release).catch((e: unknown) => {
        // Thrown from here it would replace the update's own error, and be answered a second time.
        if (!handled) return ctx.log.warn({ err: e }, "state not saved after a failed update");
        throw new StateNotSaved(e);
      });
    }
  };
}
