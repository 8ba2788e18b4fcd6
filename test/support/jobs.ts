import type { ProviderId } from "../../src/domain/flight.js";
import { jobIds } from "../../src/jobs/job-data.js";
import type { Harness } from "./bot-harness.js";
import { until } from "./telegram/wait-for.js";

/**
 * The reminder queue without the wall clock. Reminders are BullMQ delayed jobs: instead of booking
 * with deadlines seconds away and hoping each job runs within its second (on a busy machine a late one
 * was skipped as expired), tests book with deadlines far off and make a job due with `fire` — what
 * BullMQ itself does when the delay is over. They then wait for what the job did (a message in the
 * emulator, or `settled`), never for a fixed time.
 */

/** The ids the scheduler gives one booking's jobs: a reminder per offset, then the expiry notice. */
export function bookingJobIds(code: string, offsetsMs: readonly number[], provider: ProviderId = "mmbc"): { reminders: string[]; expiry: string } {
  return { reminders: offsetsMs.map((ms) => jobIds.reminder(provider, code, ms)), expiry: jobIds.expiry(provider, code) };
}

/** Makes a delayed job due now. Throws when the job is not waiting for its time (gone, or already run). */
export async function fire(h: Harness, id: string): Promise<void> {
  const job = await h.app.jobs.queue.getJob(id);
  if (!job) throw new Error(`no job ${id} in the queue`);
  const state = await job.getState();
  if (state !== "delayed") throw new Error(`job ${id} is ${state}, not delayed`);
  await job.promote();
}

/** Makes every one of these jobs that is still delayed due now (the others are left alone). */
export async function fireAll(h: Harness, ids: readonly string[]): Promise<void> {
  for (const id of ids) {
    const job = await h.app.jobs.queue.getJob(id);
    // A job running meanwhile may remove its siblings (issued, stop reminders): gone is fine.
    if (job && (await job.getState()) === "delayed") await job.promote().catch(() => undefined);
  }
}

export type Settled = { state: "gone" } | { state: "completed"; returnvalue: unknown } | { state: "failed"; failedReason: string };

/** One job's end: removed from the queue, completed (with what the processor returned) or failed for good. */
export async function settledState(h: Harness, id: string): Promise<Settled | undefined> {
  const job = await h.app.jobs.queue.getJob(id);
  if (!job) return { state: "gone" };
  const state = await job.getState();
  if (state === "unknown") return { state: "gone" };
  if (state !== "completed" && state !== "failed") return undefined;
  // The job read above may be from before it ended (it ended between the two reads): read what it ended with.
  const ended = await h.app.jobs.queue.getJob(id);
  if (!ended) return { state: "gone" };
  return state === "completed" ? { state, returnvalue: ended.returnvalue } : { state, failedReason: ended.failedReason };
}

/**
 * Waits until none of these jobs can run any more, and returns how each ended. After this, nothing
 * more can be sent for them: "nothing else arrived" is then a fact, not a guess after a sleep.
 */
export async function settled(h: Harness, ids: readonly string[], timeoutMs?: number): Promise<Record<string, Settled>> {
  return until(async () => {
    const states = await Promise.all(ids.map((id) => settledState(h, id)));
    if (states.some((s) => s === undefined)) return undefined;
    return Object.fromEntries(ids.map((id, i) => [id, states[i]!]));
  }, timeoutMs);
}
