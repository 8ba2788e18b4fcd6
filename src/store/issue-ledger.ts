import { randomBytes } from "node:crypto";
import type { Redis } from "ioredis";
import { z } from "zod";
import type { ProviderId } from "../domain/flight.js";
import { TTL, type RedisKeys } from "./keys.js";
import { parseJson, readJson } from "./redis-json.js";
import { ReplicaAck } from "./replica-ack.js";
import { IssueAsks } from "./issue-asks.js";

const stateSchema = z.discriminatedUnion("state", [
  /**
   * An issue call under way, or one whose process died before its answer came. `heldUntil` (ISO): until
   * then the payment it sent may still go through, so the lock stands even with its holder gone.
   */
  z.object({ state: z.literal("in_progress"), token: z.string(), by: z.number(), at: z.string(), heldUntil: z.string().optional() }),
  /** Paid (never paid again). `awaitingTickets`: paid while the airline had not issued yet; its issue is recorded once seen. */
  z.object({ state: z.literal("done"), ticketNumbers: z.array(z.string()), by: z.number(), at: z.string(), awaitingTickets: z.boolean().optional() }),
  /** An issue call whose outcome is unknown: nobody may pay this code again before `heldUntil` (ISO). */
  z.object({ state: z.literal("in_doubt"), by: z.number(), at: z.string(), heldUntil: z.string() }),
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
 * Takes the lock unless the code is being issued, issued, or held in doubt; a hold or a lock whose
 * `heldUntil` has passed (by the caller's clock, ARGV[3]: ISO strings of one format compare as times)
 * is taken over. Returns nil when taken, else the value that stands.
 */
const BEGIN = `local v = redis.call("GET", KEYS[1])
if v then
  local ok, s = pcall(cjson.decode, v)
  if not (ok and type(s) == "table" and (s.state == "in_doubt" or s.state == "in_progress") and type(s.heldUntil) == "string" and s.heldUntil <= ARGV[3]) then return v end
end
redis.call("SET", KEYS[1], ARGV[1], "EX", ARGV[2])
return false`;

/** Replaces whatever stands, except a "done" (an issue already recorded is never downgraded to a doubt). Returns 1 when set. */
const HOLD = `local v = redis.call("GET", KEYS[1])
if v then
  local ok, s = pcall(cjson.decode, v)
  if ok and type(s) == "table" and s.state == "done" then return 0 end
end
redis.call("SET", KEYS[1], ARGV[1], "EX", ARGV[2])
return 1`;

/**
 * Redis keeps a hold this much past its `heldUntil`, only to clear it away: the time that decides is the
 * stored one, read with the app's clock, so a hold never ends early when the two clocks differ a little.
 */
const HOLD_GRACE_S = 10 * 60;
const holdSeconds = (now: Date, heldUntil: Date) => Math.max(1, Math.ceil((heldUntil.getTime() - now.getTime()) / 1000)) + HOLD_GRACE_S;

/**
 * Until when a payment may still go through on this code by what the ledger holds (ISO), if anything
 * stands: a hold in doubt, or an issue call under way or cut off (an old lock without `heldUntil` ends
 * with its short TTL). The time is the stored one, read against the caller's clock.
 */
export function paymentMayGoThroughUntil(state: IssueState | undefined): string | undefined {
  if (state?.state === "in_doubt") return state.heldUntil;
  if (state?.state === "in_progress") return state.heldUntil ?? new Date(Date.parse(state.at) + TTL.issueInProgress * 1000).toISOString();
  return undefined;
}

/**
 * At most one issue per booking code, across double taps, duplicate updates, processes and restarts.
 * `begin` takes a short-lived lock; a crash leaves it to expire, and the next attempt checks the
 * provider's status before paying. An issue whose outcome is unknown is held longer (`holdInDoubt`):
 * a status of "waiting" right after it does not mean the airline has stopped working on it.
 */
export class IssueLedger {
  constructor(private readonly redis: Redis, private readonly keys: RedisKeys, private readonly ack: ReplicaAck = ReplicaAck.none()) {}

  /**
   * `heldUntil`: how long the payment this attempt is about to send may still go through after a crash
   * (a process SIGKILLed during the call leaves its lock standing until then; without it, the short
   * TTL.issueInProgress, for a provider whose retry finds an earlier payment itself).
   */
  async begin(provider: ProviderId, code: string, by: number, now: Date, heldUntil?: Date): Promise<{ ok: true; token: string } | { ok: false; current?: IssueState }> {
    const token = randomBytes(8).toString("hex");
    const value = JSON.stringify({ state: "in_progress", token, by, at: now.toISOString(), ...(heldUntil && { heldUntil: heldUntil.toISOString() }) });
    const seconds = heldUntil ? holdSeconds(now, heldUntil) : TTL.issueInProgress;
    const current = await this.redis.eval(BEGIN, 1, this.keys.issue(provider, code), value, seconds, now.toISOString());
    if (current === null) {
      // Money is about to move: the lock must be on a replica before the provider is asked to issue.
      await this.ack.confirm();
      return { ok: true, token };
    }
    return { ok: false, current: parseJson(current as string, stateSchema) };
  }

  /**
   * The issue call gave no definite answer: the code is held against any other payment until
   * `heldUntil`, whoever holds the lock now (only a recorded "done" stays as it is).
   */
  async holdInDoubt(provider: ProviderId, code: string, by: number, now: Date, heldUntil: Date): Promise<void> {
    const value: IssueState = { state: "in_doubt", by, at: now.toISOString(), heldUntil: heldUntil.toISOString() };
    await this.redis.eval(HOLD, 1, this.keys.issue(provider, code), JSON.stringify(value), holdSeconds(now, heldUntil));
    await this.ack.confirm();
  }

  /**
   * The provider says issued and this ledger has no issue of it recorded (a process died during the call,
   * or it was paid elsewhere): records it, whatever lock or hold stands. True only for the one caller that
   * recorded it, so what follows an issue (the e-ticket) is done once however many lookups see it at once.
   */
  async recordIssued(provider: ProviderId, code: string, by: number, now: Date): Promise<boolean> {
    const value: IssueState = { state: "done", ticketNumbers: [], by, at: now.toISOString() };
    const set = await this.redis.eval(HOLD, 1, this.keys.issue(provider, code), JSON.stringify(value), TTL.issueDone);
    if (set !== 1) return false;
    await this.ack.confirm();
    return true;
  }

  async done(provider: ProviderId, code: string, by: number, ticketNumbers: string[], now: Date, awaitingTickets = false): Promise<void> {
    const value: IssueState = { state: "done", ticketNumbers, by, at: now.toISOString(), ...(awaitingTickets && { awaitingTickets }) };
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
  /** The total the confirmation showed (integer rupiah): the most the payment may take. */
  amount: z.number().int().nonnegative().optional(),
});
export type IssueIntent = z.output<typeof intentSchema>;

/** A confirmation button points at an intent; consuming it is atomic (GETDEL), so a double tap pays once. */
export class IssueIntents {
  /** Members' requests to the issuers to issue a code: the step before an intent, for someone who may not pay. */
  readonly asks: IssueAsks;

  constructor(private readonly redis: Redis, private readonly keys: RedisKeys, private readonly ack: ReplicaAck = ReplicaAck.none()) {
    this.asks = new IssueAsks(redis, keys);
  }

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
   * A member's tap on Issue is to post the confirmation of `intentId` for `code`: whether it may (SET NX, so
   * two taps at once, on any process, post one). Refused while another one posted for a tap within
   * TTL.intentDoubleTap can still be used; one used up or withdrawn since leaves the way open.
   */
  async claimTapped(chatId: number, userId: number, provider: string, code: string, intentId: string): Promise<boolean> {
    const key = this.keys.tappedIntent(chatId, userId, provider, code);
    if ((await this.redis.set(key, intentId, "EX", TTL.intentDoubleTap, "NX")) === "OK") return true;
    const other = await this.redis.get(key);
    if (other !== null && other !== intentId && (await this.redis.exists(this.keys.issueIntent(other))) > 0) return false;
    await this.redis.set(key, intentId, "EX", TTL.intentDoubleTap);
    return true;
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

  /** The confirmations this member has on screen here that can still be used (an agent typing "ya" at one is shown which). */
  async onScreen(chatId: number, userId: number): Promise<ShownIntent[]> {
    const all = await this.redis.hgetall(this.keys.shownIntent(chatId, userId));
    const shown = Object.values(all).map((raw) => parseJson(raw, shownSchema)).filter((s): s is ShownIntent => s !== undefined);
    // One key per command: the intents sit in other Cluster slots.
    const alive = await Promise.all(shown.map((s) => this.redis.exists(this.keys.issueIntent(s.intentId))));
    return shown.filter((_, i) => alive[i]! > 0);
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
