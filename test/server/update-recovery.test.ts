import { randomBytes } from "node:crypto";
import pino from "pino";
import { describe, expect, it } from "vitest";
import { startUpdateRecovery } from "../../src/server/update-recovery.js";
import { redisKeys } from "../../src/store/keys.js";
import { DEFAULT_JOURNAL_OPTIONS, UpdateJournal } from "../../src/store/update-journal.js";
import { UpdateLog } from "../../src/store/update-log.js";
import { redisConnections } from "../support/redis-connections.js";

// A process starting up after a crash: what the dead process was handling (its claims expire unrenewed)
// is handed to the bot before this process takes new updates when it is the one poller; behind a
// webhook it does not wait for claims other live processes hold.
const connect = redisConnections();
const claimMs = 400;
const update = (id: number) => ({ update_id: id, message: { message_id: id, date: 1, chat: { id: 9, type: "private" }, text: `msg ${id}` } });

async function crashedWhileHandling(ids: number[]) {
  const k = redisKeys(`ur${randomBytes(3).toString("hex")}`);
  const dying = connect();
  const journal = new UpdateJournal(dying, k);
  const updates = new UpdateLog(dying, k, { inProgressMs: claimMs, maxWaitMs: 10_000, journal });
  // As long polling takes them: journaled as fetched, then claimed.
  await journal.writeMany(ids.map(update));
  for (const id of ids) await updates.claim(id);
  await new Promise((r) => setTimeout(r, 20));
  dying.disconnect();
  return new UpdateJournal(connect(), k, { ...DEFAULT_JOURNAL_OPTIONS, sweepLockMs: 100 });
}

describe("recovering updates cut off by a crash, at start", () => {
  it("a poller waits out the dead process's claims and hands its updates over, oldest first, before it takes new ones", async () => {
    const journal = await crashedWhileHandling([302, 301]);
    const handled: number[] = [];
    const recovery = await startUpdateRecovery({
      journal, logger: pino({ level: "silent" }), everyMs: 60_000, claimExpiryMs: claimMs, waitOutRunning: true,
      handle: async (u) => void handled.push(u.update_id),
    });
    recovery.stop();
    expect(handled).toEqual([301, 302]);
  });

  it("behind a webhook it sweeps once and does not wait for claims still held", async () => {
    const journal = await crashedWhileHandling([311]);
    const handled: number[] = [];
    const startedAt = Date.now();
    const recovery = await startUpdateRecovery({
      journal, logger: pino({ level: "silent" }), everyMs: 60_000, claimExpiryMs: claimMs, waitOutRunning: false,
      handle: async (u) => void handled.push(u.update_id),
    });
    recovery.stop();
    expect(handled).toEqual([]);
    expect(Date.now() - startedAt).toBeLessThan(claimMs);
  });
});
