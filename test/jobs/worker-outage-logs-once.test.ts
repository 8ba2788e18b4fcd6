// A Redis outage under the job worker: the first error is logged, then at most one line a minute
// (with a count), and "worker recovered" when Redis is back — not "worker error" 4 times a second.
import { connect, createServer, type Socket } from "node:net";
import { setTimeout as sleep } from "node:timers/promises";
import { Redis } from "ioredis";
import { describe, expect, inject, it } from "vitest";
import { outageLog, startWorker } from "../../src/jobs/worker.js";
import { captureLogger } from "../support/test-logger.js";

/** A TCP proxy to Redis that can be cut (sockets destroyed, new ones refused) and restored. */
async function redisProxy(target: URL) {
  const sockets = new Set<Socket>();
  let up = true;
  const server = createServer((c) => {
    if (!up) return void c.destroy();
    const r = connect(Number(target.port || 6379), target.hostname);
    sockets.add(c).add(r);
    c.pipe(r).pipe(c);
    const end = () => { c.destroy(); r.destroy(); sockets.delete(c); sockets.delete(r); };
    for (const s of [c, r]) { s.on("error", end); s.on("close", end); }
  });
  await new Promise<void>((res) => server.listen(0, "127.0.0.1", () => res()));
  const port = (server.address() as { port: number }).port;
  return {
    url: `redis://127.0.0.1:${port}`,
    cut() { up = false; for (const s of sockets) s.destroy(); sockets.clear(); },
    restore() { up = true; },
    close() { up = false; for (const s of sockets) s.destroy(); server.close(); },
  };
}

type Line = { level: number; msg: string; repeated?: number; errors?: number };

describe("outageLog", () => {
  it("first error, then one line per interval with the count, then recovered with the total", () => {
    const { logger, lines } = captureLogger("info");
    let t = 0;
    const log = outageLog(logger, "worker", { intervalMs: 60_000, now: () => t });
    for (; t < 150_000; t += 250) log.error(new Error("Connection is closed."));
    log.recovered();
    log.recovered();
    const parsed = lines.map((l) => JSON.parse(l) as Line);
    expect(parsed.map((l) => l.msg)).toEqual(["worker error", "worker error (still failing)", "worker error (still failing)", "worker recovered"]);
    expect(parsed[1]!.repeated).toBe(240);
    expect(parsed[3]!.errors).toBe(600);
    expect(parsed.slice(0, 3).every((l) => l.level === 50)).toBe(true);
  });
});

describe("the worker during a Redis outage", { timeout: 60_000 }, () => {
  it("logs one error for a few seconds of outage, and recovered afterwards", async () => {
    const proxy = await redisProxy(new URL(inject("redisUrl")));
    const { logger, lines } = captureLogger("info");
    const connection = new Redis(proxy.url, { maxRetriesPerRequest: null, retryStrategy: () => 200 });
    const worker = startWorker({ logger } as never, { connection, prefix: `outage${Date.now()}`, ratePerSecond: 25 });
    try {
      await worker.waitUntilReady();
      proxy.cut();
      await sleep(4_000);
      proxy.restore();
      for (let i = 0; i < 100 && !lines.some((l) => l.includes("worker recovered")); i++) await sleep(100);
      const parsed = lines.map((l) => JSON.parse(l) as Line);
      expect(parsed.filter((l) => l.msg.startsWith("worker error"))).toHaveLength(1);
      expect(parsed.some((l) => l.msg === "worker recovered" && (l.errors ?? 0) >= 1)).toBe(true);
    } finally {
      await Promise.race([worker.close(true), sleep(3_000)]);
      connection.disconnect();
      proxy.close();
    }
  });
});
