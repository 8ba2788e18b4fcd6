import { setTimeout as sleep } from "node:timers/promises";
import type { Redis } from "ioredis";
import { TTL, type RedisKeys } from "./keys.js";
import { holderToken, KeepAlive, RELEASE, RENEW } from "./update-locks.js";
import type { UpdateJournal } from "./update-journal.js";

/**
 * What an update's key holds: "1" once it was handled (kept `TTL.update`; what every claim held before
 * claims could be in progress, so those read as handled too), or the token of the delivery handling it
 * now, with a short expiry its process keeps extending while it works.
 */
const HANDLED = "1";

export interface UpdateLogOptions {
  /** How long an update being handled stays claimed after its process died (renewed every third of it). */
  inProgressMs: number;
  /** How long a copy waits for the delivery handling it elsewhere to finish before it is dropped. */
  maxWaitMs: number;
  /**
   * Where updates Telegram will not deliver again are kept until handled (what long polling fetched,
   * what the webhook answered early): their entries go with the "handled" mark.
   */
  journal?: UpdateJournal;
}

/**
 * As long as a person's lock (store/update-locks.ts): a process that dies in the middle of an update
 * leaves both behind for the same time, and the redelivery waits for both.
 */
export const DEFAULT_UPDATE_LOG_OPTIONS: UpdateLogOptions = { inProgressMs: 15_000, maxWaitMs: 5 * 60_000 };

/**
 * One delivery's claim on an update:
 * - "mine": this delivery handles it (then `handled()`, or `giveUp()` if it lets it go undone);
 * - "handled": it was handled already: drop this copy;
 * - "running": another delivery is handling it now, here or in another process: `waitTurn()`.
 */
export interface UpdateClaim {
  readonly state: "mine" | "handled" | "running";
  /**
   * Waits until the delivery handling it finishes ("handled": drop this copy) or stops renewing its claim
   * because its process died ("mine": this one takes it over and handles it). After `maxWaitMs` of a
   * holder that is alive and still at it, "running": drop this copy, the holder answers.
   */
  waitTurn(): Promise<"mine" | "handled" | "running">;
  /**
   * Marks a claimed update handled, for `TTL.update`. The command is issued before this returns to the
   * event loop, so it leaves in the same round trip as whatever else is sent in this tick (the state's
   * writes and the person's lock release: store/grammy-storage `finish`).
   */
  handled(): Promise<void>;
  /** Lets a claimed update go unhandled (given up before anything was done): a redelivery is handled. */
  giveUp(): Promise<void>;
}

/**
 * Claims the key for this delivery unless it holds something, and says what it held (nil: claimed). A
 * script rather than `SET NX GET`, which needs Redis 7: the claim must work on every Redis the bot meets.
 */
const CLAIM = `local v = redis.call("GET", KEYS[1])
if v then return v end
redis.call("SET", KEYS[1], ARGV[1], "PX", ARGV[2])
return false`;

type ScriptClient = Redis & {
  claimUpdate(key: string, token: string, ttlMs: number): Promise<string | null>;
  releaseUpdateClaim(key: string, token: string): Promise<number>;
  renewUpdateClaim(key: string, token: string, ttlMs: number): Promise<number>;
};

/**
 * Telegram delivers updates at least once (a webhook retried after an error or no answer, a poller
 * restarted before confirming), and a delivery can die with its process in the middle of the update.
 * So an update's claim is "in progress" while a live process handles it (short expiry, renewed) and
 * "handled" once it finished (long expiry): a copy of a handled update is dropped; a copy of one being
 * handled waits for it, and takes it over if its process died (the claim expired unrenewed). Handling it
 * again is safe: what the dead process may have started that moves money or books is guarded by the
 * issue ledger and the booking intent (store/issue-ledger.ts, store/uncertain-bookings.ts).
 *
 * Cost: the claim is one script (it claims or says at once what the key held), sent with the update's other
 * opening reads; marking it handled is one `SET EX`, sent with its closing writes. Renewals only for
 * updates that last longer than a third of `inProgressMs`; waiting only for copies.
 */
export class UpdateLog {
  private readonly redis: ScriptClient;
  private readonly alive: KeepAlive;

  constructor(redis: Redis, private readonly keys: RedisKeys, private readonly options: UpdateLogOptions = DEFAULT_UPDATE_LOG_OPTIONS) {
    redis.defineCommand("claimUpdate", { numberOfKeys: 1, lua: CLAIM });
    redis.defineCommand("releaseUpdateClaim", { numberOfKeys: 1, lua: RELEASE });
    redis.defineCommand("renewUpdateClaim", { numberOfKeys: 1, lua: RENEW });
    this.redis = redis as ScriptClient;
    this.alive = new KeepAlive(options.inProgressMs, (key, token, ttlMs) => {
      this.redis.renewUpdateClaim(key, token, ttlMs).catch(() => undefined);
    });
  }

  async claim(updateId: number): Promise<UpdateClaim> {
    const key = this.keys.update(updateId);
    const token = holderToken();
    let state = await this.trySet(key, token);
    const { journal } = this.options;
    return {
      get state() {
        return state;
      },
      waitTurn: async () => {
        if (state === "running") state = await this.wait(key, token);
        // Taken over from a process that died: its journal entry, if any, is now ours to clear.
        if (state === "mine") journal?.adopt(updateId);
        return state;
      },
      handled: async () => {
        if (state !== "mine") return;
        state = "handled";
        this.alive.forget(key);
        // Unconditional: were our claim lost (its renewals failed) and taken over, the update was still handled here.
        await Promise.all([this.redis.set(key, HANDLED, "EX", TTL.update), journal?.clear(updateId)]);
      },
      giveUp: async () => {
        if (state !== "mine") return;
        state = "running";
        this.alive.forget(key);
        // Let go as before the journal: answered "try again", not handled again later behind the agent's back.
        await Promise.all([this.redis.releaseUpdateClaim(key, token), journal?.clear(updateId)]);
      },
    };
  }

  /** One attempt: claimed (and kept alive from now on), or what the key already says. */
  private async trySet(key: string, token: string): Promise<UpdateClaim["state"]> {
    const before = await this.redis.claimUpdate(key, token, this.options.inProgressMs);
    if (before === null) {
      this.alive.keep(key, token);
      return "mine";
    }
    return before === HANDLED ? "handled" : "running";
  }

  /** Polls with capped backoff: a copy waits seconds at most unless the update is a long one (a search). */
  private async wait(key: string, token: string): Promise<UpdateClaim["state"]> {
    const deadline = Date.now() + this.options.maxWaitMs;
    let pause = 20;
    for (;;) {
      if (Date.now() + pause > deadline) return "running";
      await sleep(pause / 2 + Math.random() * pause);
      pause = Math.min(pause * 2, 500);
      const state = await this.trySet(key, token);
      if (state !== "running") return state;
    }
  }
}
