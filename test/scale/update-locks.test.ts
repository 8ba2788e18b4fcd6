import { setTimeout as sleep } from "node:timers/promises";
import { randomBytes } from "node:crypto";
import { Redis } from "ioredis";
import { afterAll, describe, expect, inject, it } from "vitest";
import { LockWaitTimeout, UpdateLocks } from "../../src/store/update-locks.js";

// Three connections stand for three processes.
const conns = [0, 1, 2].map(() => new Redis(inject("redisUrl")));
afterAll(() => conns.forEach((c) => c.disconnect()));
const prefix = () => `lk${randomBytes(3).toString("hex")}:lock:`;

describe("one update per person at a time, across processes", () => {
  it("read-modify-write under the lock from three processes loses nothing", async () => {
    const p = prefix();
    const locks = conns.map((c) => new UpdateLocks(c, p, { ttlMs: 5_000, maxWaitMs: 30_000 }));
    const counter = `${p}counter`;
    await Promise.all(Array.from({ length: 30 }, (_, i) => locks[i % 3]!.with("user:1", async () => {
      const n = Number(await conns[i % 3]!.get(counter) ?? 0);
      await sleep(2);
      await conns[i % 3]!.set(counter, String(n + 1));
    })));
    expect(await conns[0]!.get(counter)).toBe("30");
    expect(locks.reduce((n, l) => n + l.stats.contended, 0)).toBeGreaterThan(0);
  });

  it("a holder working longer than the lock's TTL keeps it (renewed); a dead holder's lock expires", async () => {
    const p = prefix();
    const [a, b] = [new UpdateLocks(conns[0]!, p, { ttlMs: 150, maxWaitMs: 5_000 }), new UpdateLocks(conns[1]!, p, { ttlMs: 150, maxWaitMs: 5_000 })];
    const order: string[] = [];
    let started!: () => void;
    const holding = new Promise<void>((r) => (started = r));
    const first = a.with("user:2", async () => {
      started();
      order.push("a-start");
      await sleep(600);
      order.push("a-end");
    });
    await holding;
    await b.with("user:2", async () => void order.push("b"));
    await first;
    expect(order).toEqual(["a-start", "a-end", "b"]);
    // A process that died holding the lock: nobody renews or releases it.
    await conns[2]!.set(`${p}user:3`, "dead-process-token", "PX", 200);
    await b.with("user:3", async () => void order.push("after-expiry"));
    expect(order.at(-1)).toBe("after-expiry");
  });

  it("waiting is bounded: the update is refused (answered 'try again') rather than run concurrently", async () => {
    const p = prefix();
    await conns[0]!.set(`${p}user:4`, "someone-else", "PX", 10_000);
    const locks = new UpdateLocks(conns[1]!, p, { ttlMs: 10_000, maxWaitMs: 100 });
    let ran = false;
    await expect(locks.with("user:4", async () => void (ran = true))).rejects.toBeInstanceOf(LockWaitTimeout);
    expect(ran).toBe(false);
  });

  it("costs two round trips per update when uncontended (measured)", async () => {
    const locks = new UpdateLocks(conns[0]!, prefix());
    const n = 300;
    const t0 = performance.now();
    for (let i = 0; i < n; i++) await locks.with(`user:${i % 7}`, async () => undefined);
    const msPer = (performance.now() - t0) / n;
    const ping0 = performance.now();
    for (let i = 0; i < n; i++) await conns[0]!.ping();
    const pingMs = (performance.now() - ping0) / n;
    console.log(`lock cost: ${locks.stats.roundTrips / n} round trips, ${msPer.toFixed(3)} ms per update (one PING: ${pingMs.toFixed(3)} ms)`);
    expect(locks.stats.roundTrips).toBe(2 * n);
  });
});
