import { setTimeout as sleep } from "node:timers/promises";
import type { Transformer } from "grammy";
import type { Update } from "grammy/types";
import type { Logger } from "pino";
import type { Sweep, UpdateJournal } from "../store/update-journal.js";

/**
 * Long polling: the runner asks for the next offset (which confirms a batch to Telegram) while the batch
 * is still being handled. So each batch getUpdates returns is journaled before the runner gets it. A
 * write that fails (Redis down) lets the batch through all the same: its updates then fail to claim and
 * are answered "try again" at once, as before, rather than waiting unanswered at Telegram for Redis.
 */
export function journalFetchedUpdates(journal: Pick<UpdateJournal, "writeMany">, logger: Logger): Transformer {
  return async (prev, method, payload, signal) => {
    const res = await prev(method, payload, signal);
    const batch = method === "getUpdates" && res.ok && Array.isArray(res.result) ? (res.result as Update[]) : [];
    if (batch.length > 0) {
      await journal.writeMany(batch).catch((e: unknown) => {
        logger.warn({ updates: batch.length, err: e instanceof Error ? e.message : String(e) }, "polled updates not journaled");
      });
    }
    return res;
  };
}

export interface RecoveryOptions {
  journal: Pick<UpdateJournal, "sweep" | "adopt">;
  /** Handles an update as if Telegram had delivered it again (its claim decides who handles it). */
  handle: (update: Update) => Promise<void>;
  logger: Logger;
  /** Between sweeps. A dead process's claims expire `claimExpiryMs` after its last renewal. */
  everyMs: number;
  claimExpiryMs: number;
  /**
   * At start, wait out claims still in progress before this process takes updates (long polling: one
   * poller at a time, so they are a predecessor's). Behind a webhook other live processes hold claims
   * all the time: waiting would only delay this one.
   */
  waitOutRunning: boolean;
}

export interface UpdateRecovery {
  stop(): void;
}

/**
 * Takes over the updates a dead process was handling after Telegram stopped delivering them
 * (store/update-journal.ts). At start, before this process takes new updates, it sweeps once and, as a
 * poller, waits out the claims still in progress (a crashed predecessor's expire within `claimExpiryMs`;
 * a draining one's finish), handing over the cut-off ones first, so an agent's earlier message is handled
 * before the ones behind it (grammY's sequentialize keeps their order per chat). Then it sweeps every
 * `everyMs`, for the other processes behind the same webhook.
 */
export async function startUpdateRecovery(options: RecoveryOptions): Promise<UpdateRecovery> {
  const { journal, logger } = options;
  let stopped = false;

  const takeOver = (sweep: Sweep) => {
    for (const gone of sweep.givenUp) logger.error({ update_id: gone.updateId, reason: gone.reason }, "update cut off by a crash was given up");
    for (const update of sweep.takeOver) {
      journal.adopt(update.update_id);
      logger.warn({ update_id: update.update_id }, "update cut off by a crash: handling it again");
      void options.handle(update as Update);
    }
  };
  const sweepOnce = async (): Promise<Sweep | undefined> => {
    try {
      const sweep = await journal.sweep();
      if (sweep) takeOver(sweep);
      return sweep;
    } catch (e) {
      logger.warn({ err: e instanceof Error ? e.message : String(e) }, "update journal not swept");
      return undefined;
    }
  };

  const deadline = Date.now() + options.claimExpiryMs + options.everyMs;
  for (;;) {
    const sweep = await sweepOnce();
    if (!options.waitOutRunning || !sweep || sweep.running === 0 || Date.now() >= deadline) break;
    await sleep(1_000);
  }
  const timer = setInterval(() => {
    if (!stopped) void sweepOnce();
  }, options.everyMs);
  timer.unref();
  return {
    stop() {
      stopped = true;
      clearInterval(timer);
    },
  };
}
