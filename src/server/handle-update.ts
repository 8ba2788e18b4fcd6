import { BotError, type Bot, type Context } from "grammy";
import type { Update } from "grammy/types";
import type { Logger } from "pino";

/**
 * Handles one update outside grammY's own loops (the webhook endpoint, updates taken over after a
 * crash) with the same error boundary as long polling: a failure goes to `bot.catch` and never
 * becomes an unhandled rejection.
 */
export function handleUpdateWithBoundary<C extends Context>(bot: Bot<C>, logger: Logger): (update: Update) => Promise<void> {
  return (update) =>
    bot.handleUpdate(update).catch(async (err: unknown) => {
      if (!(err instanceof BotError)) {
        logger.error({ update_id: update.update_id, error: err instanceof Error ? err.name : typeof err }, "update not handled");
        return;
      }
      await Promise.resolve(bot.errorHandler(err)).catch((e: unknown) => {
        logger.error({ update_id: update.update_id, error: e instanceof Error ? e.name : typeof e }, "error handler failed");
      });
    });
}

/** Updates being handled, so shutdown can wait for them before Redis closes. */
export class InFlight {
  private readonly running = new Set<Promise<void>>();

  get size(): number {
    return this.running.size;
  }

  track(task: Promise<void>): Promise<void> {
    const tracked = task.finally(() => this.running.delete(tracked));
    this.running.add(tracked);
    return tracked;
  }

  /** Resolves when every tracked update is done, or after `timeoutMs`; says whether they all finished. */
  async drain(timeoutMs: number): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    const give = new Promise<void>((resolve) => { timer = setTimeout(resolve, timeoutMs); });
    await Promise.race([Promise.all([...this.running]), give]);
    clearTimeout(timer);
    return this.running.size === 0;
  }
}
