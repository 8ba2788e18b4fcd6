import { Worker, type Queue } from "bullmq";
import type { Redis } from "ioredis";
import type { Logger } from "pino";
import { processJob, type ProcessorDeps } from "./job-processor.js";
import { QUEUE_NAME } from "./queue-name.js";

export { QUEUE_NAME };

export interface WorkerOptions {
  connection: Redis;
  prefix: string;
  /** Messages per second across all workers (Telegram allows about 30; we stay under). */
  ratePerSecond: number;
  concurrency?: number;
}

/**
 * The BullMQ worker: delayed jobs survive restarts, stalled jobs of a dead worker are taken over,
 * and the limiter is global across processes because it lives in Redis.
 */
export function startWorker(deps: Omit<ProcessorDeps, "queue"> & { queue: Queue }, options: WorkerOptions): Worker {
  const worker = new Worker(QUEUE_NAME, (job, token) => processJob(deps, job, token), {
    connection: options.connection,
    prefix: options.prefix,
    concurrency: options.concurrency ?? 8,
    limiter: { max: options.ratePerSecond, duration: 1000 },
    // A dead worker's jobs are taken over after the lock expires: short, so a crash delays reminders by seconds.
    lockDuration: 10_000,
    stalledInterval: 5_000,
    maxStalledCount: 2,
  });
  worker.on("failed", (job, err) => deps.logger.warn({ job: job?.id, attempts: job?.attemptsMade, err: err.message }, "job failed"));
  // While Redis is down BullMQ reports an error several times a second: the first is logged, then at
  // most one a minute with a count, and "worker recovered" once the connection is back.
  const errors = outageLog(deps.logger, "worker");
  worker.on("error", (err) => errors.error(err));
  options.connection.on("ready", () => errors.recovered());
  return worker;
}

export interface OutageLog {
  error(err: Error): void;
  /** The outage (if any) is over: says so once, with how many errors it had. */
  recovered(): void;
}

/**
 * Logs a burst of the same failure as: the first error, then at most one line per `intervalMs` while
 * it lasts (`repeated`: errors since the last line), then "<what> recovered" with the total.
 */
export function outageLog(logger: Pick<Logger, "error" | "info">, what: string, options: { intervalMs?: number; now?: () => number } = {}): OutageLog {
  const intervalMs = options.intervalMs ?? 60_000;
  const now = options.now ?? Date.now;
  let since: number | undefined;
  let lastLine = 0;
  let unlogged = 0;
  let total = 0;
  return {
    error(err) {
      const t = now();
      total++;
      if (since === undefined) {
        since = lastLine = t;
        logger.error({ err: err.message }, `${what} error`);
      } else if (t - lastLine >= intervalMs) {
        logger.error({ err: err.message, repeated: unlogged + 1, failingForSeconds: Math.round((t - since) / 1000) }, `${what} error (still failing)`);
        lastLine = t;
        unlogged = 0;
      } else {
        unlogged++;
      }
    },
    recovered() {
      if (since === undefined) return;
      logger.info({ errors: total, failedForSeconds: Math.round((now() - since) / 1000) }, `${what} recovered`);
      since = undefined;
      unlogged = total = 0;
    },
  };
}
