import { Queue } from "bullmq";
import { Redis } from "ioredis";
import { QUEUE_NAME } from "../../src/jobs/worker.js";
import { describeJob, pendingJobs, type Side, type SideContext } from "./side.js";

/** Same retention and retry options as src/jobs/job-scheduler.ts, so Redis does comparable housekeeping. */
const JOB_OPTS = { removeOnComplete: { age: 24 * 3600, count: 10_000 }, removeOnFail: { age: 7 * 24 * 3600 }, attempts: 5, backoff: { type: "exponential", delay: 2_000 } };

/** The baseline: one delayed job per reminder on a plain BullMQ queue, sent by bench/reminders/baseline-worker.ts. */
export function baselineSide(ctx: SideContext): Side {
  const prefix = `${ctx.namespace}:bull`;
  const connection = new Redis(ctx.redisUrl, { maxRetriesPerRequest: null });
  const queue = new Queue(QUEUE_NAME, { connection, prefix });
  const env = {
    BENCH_REDIS_URL: ctx.redisUrl, BENCH_PREFIX: prefix, BENCH_API_ROOT: ctx.emulator.apiRoot, BENCH_TOKEN: ctx.emulator.token,
    BENCH_RATE: String(ctx.options.rate),
  };
  return {
    name: "baseline",
    queue,
    workerSpec: (i) => ({ label: `baseline-worker-${i}`, script: "bench/reminders/baseline-worker.ts", env, readyLine: /baseline worker ready/ }),
    prepare: async () => undefined,
    async schedule(r, t0) {
      const delay = t0 + r.dueOffsetMs - Date.now();
      if (delay <= 0) return false; // as the app's scheduler does: a past reminder is skipped, not sent late
      await queue.add("reminder", { code: r.code, chatId: r.chatId }, { jobId: `rem-${r.code}`, delay, ...JOB_OPTS });
      return true;
    },
    pending: (backlog) => pendingJobs(queue, backlog),
    keysOf: (code) => [queue.toKey(`rem-${code}`)],
    explain: async (code) => describeJob(await queue.getJob(`rem-${code}`)),
    close: async () => {
      await queue.close();
      connection.disconnect();
    },
  };
}
