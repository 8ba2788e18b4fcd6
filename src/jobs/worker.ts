import { Worker, type Queue } from "bullmq";
import type { Redis } from "ioredis";
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
  worker.on("error", (err) => deps.logger.error({ err: err.message }, "worker error"));
  return worker;
}
