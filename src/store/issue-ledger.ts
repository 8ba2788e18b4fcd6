import { randomBytes } from "node:crypto";
import type { Redis } from "ioredis";
import { z } from "zod";
import type { ProviderId } from "../domain/flight.js";
import { TTL, type RedisKeys } from "./keys.js";
import { parseJson, readJson } from "./redis-json.js";
import { ReplicaAck } from "./replica-ack.js";

const stateSchema = z.discriminatedUnion("state", [
  z.object({ state: z.literal("in_progress"), token: z.string(), by: z.number(), at: z.string() }),
  z.object({ state: z.literal("done"), ticketNumbers: z.array(z.string()), by: z.number(), at: z.string() }),
]);
export type IssueState = z.output<typeof stateSchema>;

/**
 * Deletes the lock only while it is still this attempt's (same token, still in progress). Matched on the
 * token alone: comparing the whole stored value made the release depend on re-reading the same clock
 * time, and a lock left behind answered every retry with "being issued" for minutes.
 */
const RELEASE = `local v = redis.call("GET", KEYS[1])
if v then
  local ok, s = pcall(cjson.decode, v)
  if ok and type(s) == "table" and s.state == "in_progress" and s.token == ARGV[1] then return redis.call("DEL", KEYS[1]) end
end
return 0`;

/**
 * At most one issue per booking code, across double taps, duplicate updates, processes and restarts.
 * `begin` takes a short-lived lock (SET NX); a crash leaves it to expire, and the next attempt checks
 * the provider's status before paying, so an expired lock never leads to paying twice.
 */
export class IssueLedger {
  constructor(private readonly redis: Redis, private readonly keys: RedisKeys, private readonly ack: ReplicaAck = ReplicaAck.none()) {}

  async begin(provider: ProviderId, code: string, by: number, now: Date): Promise<{ ok: true; token: string } | { ok: false; current?: IssueState }> {
    const token = randomBytes(8).toString("hex");
    const value = JSON.stringify({ state: "in_progress", token, by, at: now.toISOString() });
    const set = await this.redis.set(this.keys.issue(provider, code), value, "EX", TTL.issueInProgress, "NX");
    if (set === "OK") {
      // Money is about to move: the lock must be on a replica before the provider is asked to issue.
      await this.ack.confirm();
      return { ok: true, token };
    }
    return { ok: false, current: await readJson(this.redis, this.keys.issue(provider, code), stateSchema) };
  }

  async done(provider: ProviderId, code: string, by: number, ticketNumbers: string[], now: Date): Promise<void> {
    const value: IssueState = { state: "done", ticketNumbers, by, at: now.toISOString() };
    await this.redis.set(this.keys.issue(provider, code), JSON.stringify(value), "EX", TTL.issueDone);
    await this.ack.confirm();
  }

  /** Frees the lock after a failure that certainly did not pay (so the agent may try again). */
  async release(provider: ProviderId, code: string, token: string): Promise<void> {
    await this.redis.eval(RELEASE, 1, this.keys.issue(provider, code), token);
  }

  get(provider: ProviderId, code: string): Promise<IssueState | undefined> {
    return readJson(this.redis, this.keys.issue(provider, code), stateSchema);
  }
}

const intentSchema = z.object({
  provider: z.enum(["mmbc", "tiket"]),
  code: z.string(),
  chatId: z.number(),
  userId: z.number(),
  /** The linked account that would pay (absent: the operator's). */
  account: z.string().optional(),
});
export type IssueIntent = z.output<typeof intentSchema>;

/** A confirmation button points at an intent; consuming it is atomic (GETDEL), so a double tap pays once. */
export class IssueIntents {
  constructor(private readonly redis: Redis, private readonly keys: RedisKeys, private readonly ack: ReplicaAck = ReplicaAck.none()) {}

  async create(intent: IssueIntent): Promise<string> {
    const id = randomBytes(6).toString("base64url");
    await this.redis.set(this.keys.issueIntent(id), JSON.stringify(intent), "EX", TTL.intent);
    // The confirmation button the agent is about to see points at it.
    await this.ack.confirm();
    return id;
  }

  /** Reads an intent without using it up: the wrong person's tap must leave it for its owner. */
  async peek(id: string): Promise<IssueIntent | undefined> {
    if (!/^[\w-]{1,16}$/.test(id)) return undefined;
    return readJson(this.redis, this.keys.issueIntent(id), intentSchema);
  }

  async consume(id: string): Promise<IssueIntent | undefined> {
    if (!/^[\w-]{1,16}$/.test(id)) return undefined;
    const raw = await this.redis.getdel(this.keys.issueIntent(id));
    return parseJson(raw, intentSchema);
  }

  async drop(id: string): Promise<void> {
    await this.redis.del(this.keys.issueIntent(id));
  }

  /**
   * The confirmation of `intentId` is on screen as `messageId`: /cancel may withdraw it. Every one a
   * member has on screen in a chat is kept (one hash per member and chat), so none is left able to pay.
   */
  async shown(chatId: number, userId: number, shown: ShownIntent): Promise<void> {
    const key = this.keys.shownIntent(chatId, userId);
    await this.redis.multi().hset(key, shown.intentId, JSON.stringify(shown)).expire(key, TTL.intent).exec();
  }

  /** Whether this member has a confirmation on screen that can still be used. */
  async pending(chatId: number, userId: number): Promise<boolean> {
    const ids = await this.redis.hkeys(this.keys.shownIntent(chatId, userId));
    if (ids.length === 0) return false;
    // One key per command: the intents sit in other Cluster slots.
    const alive = await Promise.all(ids.map((id) => this.redis.exists(this.keys.issueIntent(id))));
    return alive.some((n) => n > 0);
  }

  /** Withdraws every confirmation this member has on screen here; those that could still be used. */
  async withdraw(chatId: number, userId: number): Promise<ShownIntent[]> {
    const key = this.keys.shownIntent(chatId, userId);
    const [[, all]] = (await this.redis.multi().hgetall(key).del(key).exec()) as [[unknown, Record<string, string>], unknown];
    const shown = Object.values(all ?? {}).map((raw) => parseJson(raw, shownSchema)).filter((s): s is ShownIntent => s !== undefined);
    // Each intent is its own key (another Cluster slot): deleted one by one, each counted only if it was still there.
    const live = await Promise.all(shown.map(async (s) => ((await this.redis.del(this.keys.issueIntent(s.intentId))) > 0 ? s : undefined)));
    return live.filter((s): s is ShownIntent => s !== undefined);
  }
}

const shownSchema = z.object({ intentId: z.string(), messageId: z.number(), code: z.string() });
export type ShownIntent = z.output<typeof shownSchema>;
