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
 * Opening: the update_id claim (store/update-log: an update fully handled is never handled again, one
 * being handled by a live process is not handled alongside it, and one whose process died mid-way is
 * handled when Telegram delivers it again), the person's lock (webhook mode: several processes may get
 * one person's updates at once, and grammY would read the same state twice with the last write winning:
 * store/update-locks), and the reads of the session and conversation state (`stateKeys`) and, in
 * groups, of the group's settings, all sent in the same tick. Should the lock be taken, what was read is
 * dropped and read again once it is ours.
 *
 * A copy of an update another delivery is handling right now waits for it, holding nothing (the
 * holder may itself be waiting for this person's lock): dropped once that one is done, handled here if
 * its process died (its claim expired unrenewed).
 *
 * Closing: what the update wrote to that state, then the claim marked handled and the lock's release
 * (store/grammy-storage `finish`), in one round trip. A failed update is marked handled too: the error
 * boundary answers it. Updates without a chat (inline queries) touch no such state: no lock, nothing
 * held. A closing that fails is one failure of the update, never a second one: after an update that
 * failed, it is only logged (the boundary answers the first); after one that was handled, the state's
 * write is `StateNotSaved`, and a claim not marked or a lock not released is only logged (the claim
 * expires in seconds, and a redelivery would then be handled again; the lock expires by itself).
 */
export function claimUpdate(stateKeys: (ctx: BotContext) => string[]): MiddlewareFn<BotContext> {
  return async (ctx, next) => {
    const { storage, updates, updateLocks, chatSettings } = ctx.deps;
    const keys = stateKeys(ctx);
    // A group's settings are read by nearly every update of it (its language, who may spend).
    const group = ctx.chat?.type === "group" || ctx.chat?.type === "supergroup" ? ctx.chat.id : undefined;
    const lockName = updateLocks && keys.length > 0 && ctx.from ? `user:${ctx.from.id}` : undefined;
    const [claimed, attempt] = await Promise.allSettled([
      updates.claim(ctx.update.update_id),
      lockName ? updateLocks!.attempt(lockName) : undefined,
      storage.prefetch(keys),
      group !== undefined ? chatSettings.prefetch(group) : undefined,
    ]);
    let lock = attempt.status === "fulfilled" ? attempt.value : undefined;
    const claim = claimed.status === "fulfilled" ? claimed.value : undefined;
    const dropReads = async () => {
      storage.forget(keys);
      if (group !== undefined) chatSettings.forget(group);
      await lock?.release();
      lock = undefined;
    };
    if (!claim || attempt.status === "rejected") {
      await dropReads();
      // Answered "try again" by the error boundary: as before, a copy of it is not handled again.
      await claim?.handled().catch(() => undefined);
      throw claimed.status === "rejected" ? claimed.reason : (attempt as PromiseRejectedResult).reason;
    }
    if (claim.state !== "mine") {
      await dropReads();
      const turn = await claim.waitTurn();
      if (turn === "handled") return void ctx.log.info("duplicate update dropped");
      if (turn === "running") return void ctx.log.warn("duplicate update dropped: still being handled elsewhere");
      ctx.log.warn("update taken over: the delivery handling it stopped (its process died)");
      lock = lockName ? await updateLocks!.attempt(lockName).catch(async (e: unknown) => {
        await claim.handled().catch(() => undefined);
        throw e;
      }) : undefined;
    }
    if (lock && !lock.held) {
      // Another process is handling this person's previous update: its writes are not in what we read.
      storage.forget(keys);
      if (group !== undefined) chatSettings.forget(group);
      // Given up after a long wait, the update is let go unhandled, and so is its claim: a redelivery is handled.
      await lock.acquire().catch(async (e: unknown) => {
        await claim.giveUp().catch(() => undefined);
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
      const held = lock;
      // Both issued in the tick of the state's writes, after them: one round trip closes the update.
      const close = async () => void (await Promise.all([
        claim.handled().catch((e: unknown) => ctx.log.warn({ err: e }, "update not marked handled: its claim expires by itself")),
        held?.release().catch((e: unknown) => ctx.log.warn({ err: e }, "person's lock not released: it expires by itself")),
      ]));
      await storage.finish(keys, close).catch((e: unknown) => {
        // Thrown from here it would replace the update's own error, and be answered a second time.
        if (!handled) return ctx.log.warn({ err: e }, "state not saved after a failed update");
        throw new StateNotSaved(e);
      });
    }
  };
}
