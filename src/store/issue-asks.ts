import type { Redis } from "ioredis";
import { z } from "zod";
import { TTL, type RedisKeys } from "./keys.js";
import { parseJson } from "./redis-json.js";

/** Where a request to the issuers was posted: edited once the code is issued. */
const postedSchema = z.object({ chatId: z.number().int(), messageId: z.number().int().positive() });
export type PostedAsk = z.output<typeof postedSchema>;

/**
 * Requests to a group's issuers to issue a code (services/issue-ask.ts). One per code within
 * TTL.issueAskRepeat, claimed with SET NX so two members (or a double tap) asking at once post once.
 */
export class IssueAsks {
  constructor(private readonly redis: Redis, private readonly keys: RedisKeys) {}

  /** Claims the request for `code` at `at`; if someone asked within the window, when they did (ISO) instead. */
  async claim(provider: string, code: string, at: Date): Promise<{ ok: true } | { ok: false; at: string }> {
    const key = this.keys.issueAsk(provider, code);
    const set = await this.redis.set(key, at.toISOString(), "EX", TTL.issueAskRepeat, "NX");
    if (set === "OK") return { ok: true };
    const was = await this.redis.get(key);
    // Expired between the two calls: nobody asked within the window after all, and the claim is tried once more.
    if (was === null) return (await this.redis.set(key, at.toISOString(), "EX", TTL.issueAskRepeat, "NX")) === "OK" ? { ok: true } : { ok: false, at: at.toISOString() };
    return { ok: false, at: Number.isNaN(Date.parse(was)) ? at.toISOString() : was };
  }

  /** When the issuers were last asked for `code` (ISO), while asking again would be a repeat. */
  async askedAt(provider: string, code: string): Promise<string | undefined> {
    const at = await this.redis.get(this.keys.issueAsk(provider, code));
    return at !== null && !Number.isNaN(Date.parse(at)) ? at : undefined;
  }

  /** The request could not be posted: the next ask is not told it was. */
  async release(provider: string, code: string): Promise<void> {
    await this.redis.del(this.keys.issueAsk(provider, code));
  }

  /**
   * A member refused a tapped Issue for `code` in a chat: whether the refusal is to be posted (the first
   * tap within TTL.issueRefusalRepeat; SET NX, so a double tap, on any process, posts once).
   */
  async claimRefusal(chatId: number, userId: number, provider: string, code: string): Promise<boolean> {
    return (await this.redis.set(this.keys.issueRefusal(chatId, userId, provider, code), "1", "EX", TTL.issueRefusalRepeat, "NX")) === "OK";
  }

  /** The refusal could not be posted: her next tap posts it. */
  async releaseRefusal(chatId: number, userId: number, provider: string, code: string): Promise<void> {
    await this.redis.del(this.keys.issueRefusal(chatId, userId, provider, code));
  }

  async notePosted(provider: string, code: string, posted: PostedAsk): Promise<void> {
    const key = this.keys.issueAskMessages(provider, code);
    await this.redis.multi().rpush(key, JSON.stringify(posted)).expire(key, TTL.issueAskMessages).exec();
  }

  /** The request messages of a code, forgotten as they are taken (edited once, by whoever issued it). */
  async takePosted(provider: string, code: string): Promise<PostedAsk[]> {
    const key = this.keys.issueAskMessages(provider, code);
    const res = await this.redis.multi().lrange(key, 0, -1).del(key).exec();
    const raw = (res?.[0]?.[1] as string[] | undefined) ?? [];
    // The window for asking again ends with the issue: nothing is left to ask for.
    await this.redis.del(this.keys.issueAsk(provider, code));
    return raw.flatMap((r) => {
      const p = parseJson(r, postedSchema);
      return p ? [p] : [];
    });
  }
}
