import type { Job, Queue } from "bullmq";
import type { TelegramEmulator } from "../../test/support/telegram/index.js";
import type { BenchOptions } from "./options.js";
import type { PlannedReminder } from "./plan.js";
import type { WorkerSpec } from "./workers.js";

export interface SideContext {
  redisUrl: string;
  /** REDIS_NAMESPACE of this side; its BullMQ prefix is `${namespace}:bull` as in src/jobs/build-jobs.ts. */
  namespace: string;
  emulator: TelegramEmulator;
  options: BenchOptions;
}

/** One way of getting reminders out: ours (the app's scheduler and worker) or the minimal baseline. */
export interface Side {
  readonly name: string;
  readonly queue: Queue;
  workerSpec(index: number): WorkerSpec;
  /** What must exist before a reminder is scheduled (booking records, the provider's bookings). */
  prepare(reminders: readonly PlannedReminder[], t0: number): Promise<void>;
  /** Schedules one reminder; false when its due time had passed before it could be. */
  schedule(reminder: PlannedReminder, t0: number): Promise<boolean>;
  /** Jobs waiting, active or delayed beyond those meant to stay delayed (`backlog` reminders, expiry notices). */
  pending(backlog: number): Promise<number>;
  /** Redis keys that exist because one booking's reminder was scheduled (job hashes, indexes), to size them. */
  keysOf(code: string): string[];
  /** One line on what became of a reminder's job, for the lost and duplicated ones. */
  explain(code: string): Promise<string>;
  close(): Promise<void>;
}

export async function describeJob(job: Job | undefined, extra = ""): Promise<string> {
  if (!job) return `job gone${extra}`;
  const state = await job.getState();
  const failed = job.failedReason ? ` failed="${job.failedReason}"` : "";
  return `job ${job.id} ${state} returned=${JSON.stringify(job.returnvalue)} attempts=${job.attemptsMade} stalled=${job.stalledCounter}${failed}${extra}`;
}

/** Counts in one round trip; `expectedDelayed` are jobs that stay delayed past the run on purpose. */
export async function pendingJobs(queue: Queue, expectedDelayed: number): Promise<number> {
  const c = await queue.getJobCounts("active", "wait", "prioritized", "delayed");
  return (c.active ?? 0) + (c.wait ?? 0) + (c.prioritized ?? 0) + Math.max(0, (c.delayed ?? 0) - expectedDelayed);
}
