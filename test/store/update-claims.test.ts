import { randomBytes } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
import { describe, expect, it } from "vitest";
import { redisKeys } from "../../src/store/keys.js";
import { UpdateLog } from "../../src/store/update-log.js";
import { redisConnections } from "../support/redis-connections.js";

// An update's claim across processes: each connection stands for one process, and a process that dies
// is a connection cut (its renewals stop). Short expiries keep it quick; the bot uses 15 s.
const connect = redisConnections();
const options = { inProgressMs: 300, maxWaitMs: 10_000 };
const keys = () => redisKeys(`uc${randomBytes(3).toString("hex")}`);

describe("an update's claim", () => {
  it("a copy of an update fully handled is dropped, from any process, for as long as it is remembered", async () => {
    const k = keys();
    const redis = connect();
    const [a, b] = [new UpdateLog(redis, k, options), new UpdateLog(connect(), k, options)];
    const first = await a.claim(1);
    expect(first.state).toBe("mine");
    await first.handled();
    expect((await b.claim(1)).state).toBe("handled");
    // Long past the in-progress expiry: a handled update stays handled (TTL.update).
    await sleep(options.inProgressMs * 2);
    expect((await a.claim(1)).state).toBe("handled");
    expect(await redis.ttl(k.update(1))).toBeGreaterThan(3600);
  });

  it("a copy waits while a live holder works past the expiry (renewed), then is dropped when it is done", async () => {
    const k = keys();
    const [a, b] = [new UpdateLog(connect(), k, options), new UpdateLog(connect(), k, options)];
    const first = await a.claim(2);
    const copy = await b.claim(2);
    expect(copy.state).toBe("running");
    let turn: string | undefined;
    const waiting = copy.waitTurn().then((t) => (turn = t));
    await sleep(options.inProgressMs * 4);
    expect(turn).toBeUndefined();
    await first.handled();
    await waiting;
    expect(turn).toBe("handled");
  });

  it("a copy takes over an update whose holder died mid-way, and only one of several copies does", async () => {
    const k = keys();
    const dying = connect();
    const holder = await new UpdateLog(dying, k, options).claim(3);
    expect(holder.state).toBe("mine");
    const copies = await Promise.all([0, 1, 2].map(() => new UpdateLog(connect(), k, options).claim(3)));
    expect(copies.map((c) => c.state)).toEqual(["running", "running", "running"]);
    dying.disconnect();
    const diedAt = Date.now();
    const turns = await Promise.all(copies.map(async (c) => {
      const t = await c.waitTurn();
      // The one that took it over finishes it; the others were waiting for that.
      if (t === "mine") await c.handled();
      return t;
    }));
    expect(turns.sort()).toEqual(["handled", "handled", "mine"]);
    expect(Date.now() - diedAt).toBeLessThan(options.inProgressMs * 10);
  });

  it("given up before anything was done, it is handled by the next copy at once", async () => {
    const k = keys();
    const [a, b] = [new UpdateLog(connect(), k, options), new UpdateLog(connect(), k, options)];
    const first = await a.claim(4);
    await first.giveUp();
    expect((await b.claim(4)).state).toBe("mine");
  });

  it("a claim written before claims could be in progress (\"1\") reads as handled", async () => {
    const k = keys();
    const c = connect();
    await c.set(k.update(5), "1", "EX", 60);
    expect((await new UpdateLog(c, k, options).claim(5)).state).toBe("handled");
  });

  it("a copy that waited its longest for a live holder is dropped, the holder still at it", async () => {
    const k = keys();
    const [a, b] = [new UpdateLog(connect(), k, options), new UpdateLog(connect(), k, { ...options, maxWaitMs: 500 })];
    const first = await a.claim(6);
    const copy = await b.claim(6);
    expect(await copy.waitTurn()).toBe("running");
    await first.handled();
  });
});
