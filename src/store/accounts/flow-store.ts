import type { Redis } from "ioredis";
import { z } from "zod";
import { parseJson } from "../redis-json.js";
import type { AccountKeys } from "./account-keys.js";
import { sealedSchema, type CredentialCipher } from "./credential-cipher.js";

const flowSchema = z.object({
  kind: z.enum(["login", "reset"]),
  step: z.string(),
  /** Answers so far; never a password (the password is the last step and is used, not kept). */
  data: z.record(z.string(), z.string()),
  /** ms since epoch: after this the flow has timed out. */
  until: z.number(),
});
export type AccountFlow = z.output<typeof flowSchema>;

/**
 * A /login or /resetpassword in progress. Not a grammY conversation on purpose: conversations keep
 * every received update, text included, in Redis in the clear while they wait, which would put a
 * username (or a mistyped password) at rest unencrypted. This keeps only the answers, sealed.
 * The key outlives `until` by a grace period so a late password is still recognised and deleted.
 */
export class FlowStore {
  constructor(private readonly redis: Redis, private readonly keys: AccountKeys, private readonly cipher: CredentialCipher) {}

  async get(chatId: number, userId: number): Promise<AccountFlow | undefined> {
    const key = this.keys.flow(chatId, userId);
    const sealed = parseJson(await this.redis.get(key), sealedSchema);
    if (!sealed) return undefined;
    try {
      return flowSchema.parse(this.cipher.open(sealed, key));
    } catch {
      return undefined;
    }
  }

  async set(chatId: number, userId: number, flow: AccountFlow, ttlMs: number): Promise<void> {
    const key = this.keys.flow(chatId, userId);
    await this.redis.set(key, JSON.stringify(this.cipher.seal(flow, key)), "PX", Math.max(1_000, Math.round(ttlMs)));
  }

  async clear(chatId: number, userId: number): Promise<void> {
    await this.redis.del(this.keys.flow(chatId, userId));
  }
}
