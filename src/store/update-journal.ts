import type { Redis } from "ioredis";
import { TTL, type RedisKeys } from "./keys.js";
import { holderToken, RENEW } from "./update-locks.js";

/** What the claim key of an update says (store/update-log.ts): "1" handled; any other value, in progress. */
const HANDLED = "1";

export interface JournalOptions {
  /** How many times an update whose process died is taken over before it is given up (one that kills every process that takes it). */
  maxTakeovers: number;
  /** Older than this, an update cut off is let go: Telegram too forgets undelivered updates after a day. */
  maxAgeMs: number;
  /** One process sweeps at a time (it may sweep again meanwhile), so takeovers are counted once. */
  sweepLockMs: number;
}

// Three: two sweeps can both take over an update that waits behind its chat's previous one, before either claims it.
export const DEFAULT_JOURNAL_OPTIONS: JournalOptions = { maxTakeovers: 3, maxAgeMs: TTL.update * 1000, sweepLockMs: 5_000 };

/** What one sweep found: updates to handle again (oldest first), ones still being handled, ones given up. */
export interface Sweep {
  takeOver: { update_id: number }[];
  running: number;
  givenUp: { updateId: number; reason: "too old" | "taken over too often" | "unreadable" }[];
}

interface Entry {
  at: number;
  takeovers: number;
  body: string;
}

const entry = (e: Entry) => `${e.at} ${e.takeovers} ${e.body}`;

function parseEntry(raw: string): Entry | undefined {
  const m = /^(\d+) (\d+) ([\s\S]+)$/.exec(raw);
  return m ? { at: Number(m[1]), takeovers: Number(m[2]), body: m[3]! } : undefined;
}

/**
 * Updates Telegram will not deliver again, kept until they are handled. Telegram considers an update
 * delivered once a webhook answered 200 (the bot answers after 3 s at the latest, long before a 45 s
 * provider call ends: server/webhook.ts) or once a poller asked for the next offset (the runner does so
 * while the batch is still being handled). A process killed after that point took the update with it.
 * So such an update is written here first (the webhook: at its early 200; polling: each batch as it is
 * fetched, before the runner may ask for the next one), and its entry goes with the "handled" mark, in
 * the same round trip. An entry whose claim
 * expired unrenewed belongs to a process that died: a sweep (server/update-recovery.ts) hands it to
 * the bot again, which claims it as it would a redelivery. Safe to handle again for the same reasons
 * (store/update-log.ts): booking and paying are guarded by the booking intent and the issue ledger.
 *
 * One hash per deployment: it holds only updates in flight, a few at a time. Its entries carry what
 * agents typed (names, document numbers) for the seconds an update runs, and for at most a day after
 * a crash. Each command touches one key (Cluster: store/keys.ts).
 */
export class UpdateJournal {
  /** Updates whose entry this process wrote or took over and has not finished. */
  private readonly mine = new Set<number>();
  private readonly redis: Redis & { renewSweepLock(key: string, token: string, ttlMs: number): Promise<number> };
  private readonly token = holderToken();

  constructor(redis: Redis, private readonly keys: RedisKeys, private readonly options: JournalOptions = DEFAULT_JOURNAL_OPTIONS) {
    redis.defineCommand("renewSweepLock", { numberOfKeys: 1, lua: RENEW });
    this.redis = redis as typeof this.redis;
  }

  /** Writes the update's entry, unless one is there (a takeover keeps its count). Resolves once Redis has it. */
  async write(update: { update_id: number }): Promise<void> {
    await this.writeMany([update]);
  }

  /** `write` for a batch (what one getUpdates returned), in one round trip. */
  async writeMany(updates: readonly { update_id: number }[]): Promise<void> {
    const at = Date.now();
    for (const u of updates) this.mine.add(u.update_id);
    await Promise.all(updates.map((u) => this.redis.hsetnx(this.keys.acceptedUpdates, String(u.update_id), entry({ at, takeovers: 0, body: JSON.stringify(u) }))));
  }

  /** This process now handles an update another one was cut off in: its entry is cleared with the handled mark. */
  adopt(updateId: number): void {
    this.mine.add(updateId);
  }

  /**
   * Clears the entry of an update this process wrote or adopted (nothing otherwise: most updates have
   * none). Issued before it returns to the event loop, to join the update's closing round trip.
   */
  clear(updateId: number): Promise<unknown> {
    if (!this.mine.delete(updateId)) return Promise.resolve();
    return this.redis.hdel(this.keys.acceptedUpdates, String(updateId));
  }

  /**
   * Reads every entry with its claim, clears the handled ones, and picks those whose process died
   * (their claim expired) to be handled again, counting the takeover; `undefined` while another process sweeps.
   */
  async sweep(now = Date.now()): Promise<Sweep | undefined> {
    const lock = this.keys.updateSweepLock;
    const locked = (await this.redis.set(lock, this.token, "PX", this.options.sweepLockMs, "NX")) === "OK"
      || (await this.redis.renewSweepLock(lock, this.token, this.options.sweepLockMs)) === 1;
    if (!locked) return undefined;
    const raw = await this.redis.hgetall(this.keys.acceptedUpdates);
    const ids = Object.keys(raw).map(Number).sort((a, b) => a - b);
    // Sent in one tick: one round trip (auto-pipelining), each command on one key.
    const claims = await Promise.all(ids.map((id) => this.redis.get(this.keys.update(id))));
    const result: Sweep = { takeOver: [], running: 0, givenUp: [] };
    const drop: string[] = [];
    const rewrite: [string, string][] = [];
    ids.forEach((id, i) => {
      const claim = claims[i];
      if (claim === HANDLED) return void drop.push(String(id));
      // This process's own, not claimed yet (waiting behind its chat's previous update): alive, not cut off.
      if ((claim !== null && claim !== undefined) || this.mine.has(id)) return void result.running++;
      const e = parseEntry(raw[String(id)]!);
      const reason = !e ? "unreadable" : now - e.at > this.options.maxAgeMs ? "too old" : e.takeovers >= this.options.maxTakeovers ? "taken over too often" : undefined;
      if (reason || !e) {
        drop.push(String(id));
        result.givenUp.push({ updateId: id, reason: reason ?? "unreadable" });
        return;
      }
      let update: { update_id: number };
      try {
        update = JSON.parse(e.body) as { update_id: number };
      } catch {
        drop.push(String(id));
        result.givenUp.push({ updateId: id, reason: "unreadable" });
        return;
      }
      rewrite.push([String(id), entry({ ...e, takeovers: e.takeovers + 1 })]);
      result.takeOver.push(update);
    });
    await Promise.all([
      drop.length > 0 ? this.redis.hdel(this.keys.acceptedUpdates, ...drop) : undefined,
      ...rewrite.map(([field, value]) => this.redis.hset(this.keys.acceptedUpdates, field, value)),
    ]);
    return result;
  }
}
