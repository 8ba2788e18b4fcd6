import { Queue } from "bullmq";
import { Redis } from "ioredis";
import { performance } from "node:perf_hooks";
import { startRedisServer } from "../../test/support/redis-server.js";
import { JobScheduler } from "../../src/jobs/job-scheduler.js";
import { inBatches } from "./batches.js";
const redis = await startRedisServer();
const conn = new Redis(redis.url, { maxRetriesPerRequest: null });
const plain = new Redis(redis.url);
const queue = new Queue("jobs", { connection: conn, prefix: "p:bull" });
const sched = new JobScheduler(queue, plain, (c) => `p:chat:${c}:jobs`, [900_000]);
let k = 0;
for (const mode of ["scheduleReminders", "addBulk2", "add1", "index", "scheduleReminders"]) {
  const n = 3000;
  const items = Array.from({ length: n }, () => k++);
  const t = performance.now();
  await inBatches(items, 32, async (i) => {
    const code = `R${String(i).padStart(7, "0")}`;
    const tl = new Date(Date.now() + 1_800_000 + i).toISOString();
    if (mode === "scheduleReminders") await sched.scheduleReminders({ provider: "mmbc", code, timelimit: tl }, 5_000_000 + i);
    if (mode === "addBulk2") await queue.addBulk([{ name: "a", data: { i }, opts: { jobId: `a${i}`, delay: 900_000 } }, { name: "b", data: { i }, opts: { jobId: `b${i}`, delay: 1_800_000 } }]);
    if (mode === "add1") await queue.add("a", { i }, { jobId: `c${i}`, delay: 900_000 });
    if (mode === "index") await plain.multi().sadd(`p:chat:${i}:jobs`, "x", "y").expire(`p:chat:${i}:jobs`, 100).exec();
  });
  console.log(`${mode}: ${(n / ((performance.now() - t) / 1000)).toFixed(0)}/s`);
}
await queue.close(); conn.disconnect(); plain.disconnect(); await redis.stop();
