/**
 * The baseline worker process: what a minimal BullMQ reminder sender looks like — delayed jobs and
 * the same global limiter, concurrency and stall settings as src/jobs/worker.ts, but no booking
 * lookup, no provider status check, no per-chat pacing and no at-most-once marker. The difference
 * between the two sides of the report is what our safety costs.
 *
 * Env: BENCH_REDIS_URL, BENCH_PREFIX, BENCH_API_ROOT, BENCH_TOKEN, BENCH_RATE.
 */
import { Worker } from "bullmq";
import { Api } from "grammy";
import { Redis } from "ioredis";
import { QUEUE_NAME } from "../../src/jobs/worker.js";

const need = (name: string): string => {
  const v = process.env[name];
  if (!v) throw new Error(`${name} is not set`);
  return v;
};

const api = new Api(need("BENCH_TOKEN"), { apiRoot: need("BENCH_API_ROOT") });
const connection = new Redis(need("BENCH_REDIS_URL"), { maxRetriesPerRequest: null });
const worker = new Worker<{ code: string; chatId: number }>(
  QUEUE_NAME,
  async (job) => {
    await api.sendMessage(job.data.chatId, `Reminder: booking ${job.data.code} is not issued yet.`);
  },
  {
    connection, prefix: need("BENCH_PREFIX"), concurrency: 8,
    limiter: { max: Number(need("BENCH_RATE")), duration: 1000 }, stalledInterval: 5_000, maxStalledCount: 2,
  },
);
worker.on("failed", (job, err) => console.error(`job ${job?.id} failed: ${err.message}`));
worker.on("error", (err) => console.error(`worker error: ${err.message}`));

await worker.waitUntilReady();
console.log("baseline worker ready");

process.once("SIGTERM", () => {
  void worker.close().finally(() => {
    connection.disconnect();
    process.exit(0);
  });
});
