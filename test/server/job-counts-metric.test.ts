import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Queue } from "bullmq";
import { createMetrics } from "../../src/server/metrics.js";
import { queueRedis } from "../../src/store/redis-connection.js";
import { startRedisServer, type RedisProcess } from "../support/redis-server.js";

// The `jobs` gauge asks BullMQ on the queue's own connection, which never gives up on a command
// (maxRetriesPerRequest: null): while Redis is away the question waits. A scrape must not.
let redis: RedisProcess;
let queue: Queue;
beforeAll(async () => {
  redis = await startRedisServer();
  queue = new Queue("jobs-metric", { connection: queueRedis({ kind: "single", url: redis.url }), prefix: "jobs-metric-test" });
  queue.on("error", () => undefined);
  await queue.add("reminder", {}, { delay: 60_000 });
});
afterAll(async () => {
  await redis.restart().catch(() => undefined);
  await queue.close();
  await redis.stop();
});

const jobsLines = (text: string) => text.split("\n").filter((l) => l.startsWith("jobs{"));
const errors = (text: string) => /metrics_collect_errors_total\{metric="jobs",reason="timeout"\} (\d+)/.exec(text)?.[1];

describe("the jobs gauge while Redis is away", () => {
  it("a scrape answers within its bound, without stale counts, counting the miss; counts again once Redis is back", async () => {
    const metrics = createMetrics(() => queue.getJobCounts("waiting", "active", "delayed", "failed", "completed"), { jobCountsTimeoutMs: 300 });
    const up = await metrics.registry.metrics();
    expect(jobsLines(up)).toContain('jobs{state="delayed"} 1');

    await redis.stop();
    for (let i = 1; i <= 3; i++) {
      const t0 = Date.now();
      const down = await metrics.registry.metrics();
      expect(Date.now() - t0, "scrape time during the outage").toBeLessThan(2_000);
      expect(jobsLines(down), "no count is reported while it is unknown").toEqual([]);
      expect(down).toContain("# TYPE jobs gauge");
      expect(errors(down)).toBe(String(i));
      expect(down).toContain("# TYPE bot_updates_total counter");
    }

    await redis.restart(); // data gone: the delayed job with it
    await queue.waitUntilReady();
    let back = "";
    for (let i = 0; i < 50 && !jobsLines(back).includes('jobs{state="delayed"} 0'); i++) back = await metrics.registry.metrics();
    expect(jobsLines(back)).toContain('jobs{state="delayed"} 0');
  }, 30_000);

  it("a count that fails is unknown too, not the last one seen", async () => {
    let fail = false;
    const metrics = createMetrics(async () => {
      if (fail) throw new Error("Connection is closed.");
      return { waiting: 2 };
    });
    expect(jobsLines(await metrics.registry.metrics())).toEqual(['jobs{state="waiting"} 2']);
    fail = true;
    const text = await metrics.registry.metrics();
    expect(jobsLines(text)).toEqual([]);
    expect(text).toContain('metrics_collect_errors_total{metric="jobs",reason="error"} 1');
  });
});
