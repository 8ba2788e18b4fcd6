import { randomBytes } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
import type { Redis } from "ioredis";
import { describe, expect, it } from "vitest";
import { redisKeys } from "../../src/store/keys.js";
import { DEFAULT_JOURNAL_OPTIONS, UpdateJournal } from "../../src/store/update-journal.js";
import { UpdateLog } from "../../src/store/update-log.js";
import { redisConnections } from "../support/redis-connections.js";

// Updates Telegram will not deliver again (answered 200, or their offset confirmed by a poller), kept
// until handled. Each connection stands for one process; a process that dies is a connection cut
// (its claim's renewals stop). Short expiries keep it quick; the bot uses 15 s.
const connect = redisConnections();
const keys = () => redisKeys(`uj${randomBytes(3).toString("hex")}`);
const claimMs = 300;
const journalOptions = { ...DEFAULT_JOURNAL_OPTIONS, sweepLockMs: 200 };

/** One process: its connection, its journal, its update log; `take` is long polling's way with an update (journaled as fetched, then claimed). */
function processOf(k: ReturnType<typeof keys>, options = journalOptions) {
  const redis = connect();
  const journal = new UpdateJournal(redis, k, options);
  const updates = new UpdateLog(redis, k, { inProgressMs: claimMs, maxWaitMs: 10_000, journal });
  const take = async (u: { update_id: number }) => {
    await journal.writeMany([u]);
    return updates.claim(u.update_id);
  };
  return { redis, journal, updates, take };
}

const update = (id: number) => ({ update_id: id, message: { message_id: 1, date: 1, chat: { id: 7, type: "private" }, text: `/cari ${id}` } });
const entries = (redis: Redis, k: ReturnType<typeof keys>) => redis.hkeys(k.acceptedUpdates);

describe("the update journal", () => {
  it("an update is kept while it is handled and cleared with its handled mark; a sweep leaves a live one alone", async () => {
    const k = keys();
    const a = processOf(k);
    const claim = await a.take(update(1));
    await sleep(20);
    expect(await entries(a.redis, k)).toEqual(["1"]);
    // Past the claim's expiry, renewed by its live holder: not taken over.
    await sleep(claimMs * 2);
    const sweep = await processOf(k).journal.sweep();
    expect(sweep).toMatchObject({ takeOver: [], running: 1, givenUp: [] });
    await claim.handled();
    expect(await entries(a.redis, k)).toEqual([]);
  });

  it("an update whose process died is handed to a live one, oldest first, exactly as it arrived", async () => {
    const k = keys();
    const dying = processOf(k);
    await dying.take(update(12));
    await dying.take(update(11));
    await sleep(20);
    dying.redis.disconnect();
    const live = processOf(k);
    expect((await live.journal.sweep())?.running).toBe(2);
    await sleep(claimMs + 100);
    const sweep = await live.journal.sweep();
    expect(sweep?.takeOver).toEqual([update(11), update(12)]);
    // The live process handles them as redeliveries: its claims are "mine", and handling clears the entries.
    for (const u of sweep!.takeOver) {
      live.journal.adopt(u.update_id);
      const claim = await live.updates.claim(u.update_id);
      expect(claim.state).toBe("mine");
      await claim.handled();
    }
    expect(await entries(live.redis, k)).toEqual([]);
  });

  it("an entry left behind by an update that was handled (its clearing lost) is dropped, not handled again", async () => {
    const k = keys();
    const a = processOf(k);
    await a.redis.set(k.update(21), "1", "EX", 60);
    await a.journal.write(update(21));
    const sweep = await processOf(k).journal.sweep();
    expect(sweep).toMatchObject({ takeOver: [], running: 0, givenUp: [] });
    expect(await entries(a.redis, k)).toEqual([]);
  });

  it("an update that kills every process taking it over is given up after a few takeovers", async () => {
    const k = keys();
    const first = processOf(k);
    await first.journal.write(update(31));
    const taken: number[] = [];
    for (let i = 0; i < DEFAULT_JOURNAL_OPTIONS.maxTakeovers + 1; i++) {
      await sleep(journalOptions.sweepLockMs + 20);
      // A new process each time: the previous one died while handling it (no claim left behind).
      const sweep = await processOf(k).journal.sweep();
      taken.push(sweep!.takeOver.length);
      if (i === DEFAULT_JOURNAL_OPTIONS.maxTakeovers) expect(sweep!.givenUp).toEqual([{ updateId: 31, reason: "taken over too often" }]);
    }
    expect(taken).toEqual([...Array(DEFAULT_JOURNAL_OPTIONS.maxTakeovers).fill(1), 0]);
    expect(await entries(first.redis, k)).toEqual([]);
  });

  it("an update cut off longer ago than Telegram keeps updates is given up", async () => {
    const k = keys();
    const a = processOf(k);
    await a.journal.write(update(41));
    const sweep = await processOf(k).journal.sweep(Date.now() + DEFAULT_JOURNAL_OPTIONS.maxAgeMs + 1);
    expect(sweep).toMatchObject({ takeOver: [], givenUp: [{ updateId: 41, reason: "too old" }] });
  });

  it("one process sweeps at a time: another's sweep meanwhile finds nothing to do, so a takeover is counted once", async () => {
    const k = keys();
    const [a, b] = [processOf(k), processOf(k)];
    await processOf(k).journal.write(update(51));
    expect((await a.journal.sweep())?.takeOver).toHaveLength(1);
    expect(await b.journal.sweep()).toBeUndefined();
    // The holder may sweep again before its lock lapses.
    expect(await a.journal.sweep()).toBeDefined();
  });

  it("an update given up before anything was done leaves no entry: it is answered \"try again\", not handled later", async () => {
    const k = keys();
    const a = processOf(k);
    const claim = await a.take(update(61));
    await sleep(20);
    await claim.giveUp();
    expect(await entries(a.redis, k)).toEqual([]);
  });

  it("a fetched update waiting behind its chat's previous one (not claimed yet) is not taken over by its own process's sweep", async () => {
    const k = keys();
    const a = processOf(k);
    await a.journal.writeMany([update(81)]);
    expect(await a.journal.sweep()).toMatchObject({ takeOver: [], running: 1 });
  });

  it("a process killed between fetching an update and claiming it: the update is taken over", async () => {
    const k = keys();
    const dying = processOf(k);
    await dying.journal.writeMany([update(91), update(92)]);
    dying.redis.disconnect();
    expect((await processOf(k).journal.sweep())?.takeOver).toEqual([update(91), update(92)]);
  });

  it("webhook mode: an update has no entry unless the endpoint wrote one (at its early 200)", async () => {
    const k = keys();
    const redis = connect();
    const journal = new UpdateJournal(redis, k, journalOptions);
    const updates = new UpdateLog(redis, k, { inProgressMs: claimMs, maxWaitMs: 10_000, journal });
    const quick = await updates.claim(71);
    await sleep(20);
    expect(await entries(redis, k)).toEqual([]);
    await quick.handled();
    const slow = await updates.claim(72);
    await journal.write(update(72));
    expect(await entries(redis, k)).toEqual(["72"]);
    await slow.handled();
    expect(await entries(redis, k)).toEqual([]);
  });
});
