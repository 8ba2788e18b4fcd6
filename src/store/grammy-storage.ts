import type { StorageAdapter } from "grammy";
import type { Redis } from "ioredis";
import { TTL, type RedisKeys } from "./keys.js";
import { skipUnchangedWrites } from "./skip-unchanged-writes.js";
import type { CredentialCipher } from "./accounts/credential-cipher.js";
import { decodeState, encodeState } from "./state-codec.js";
import { slimReplayLog } from "./slim-replay-log.js";

/** grammY's session and conversation storage, under their own prefixes (the adapters add none). */
export interface GrammyStorage {
  sessionPrefix: string;
  session<T>(): StorageAdapter<T>;
  conversationPrefix: string;
  conversation<T>(): StorageAdapter<T>;
  /**
   * Reads these keys now, in the same round trip as whatever else is sent in this tick (the update's
   * dedupe claim): the session and conversation middlewares then find them without asking Redis.
   */
  prefetch(keys: string[]): Promise<void>;
  /** Drops what `prefetch` read and nobody took, so a later update never sees an old value. */
  forget(keys: string[]): void;
  /** Whether the Redis connection is up right now (the error boundary answers "try again" otherwise). */
  ready(): boolean;
}

/**
 * Sessions are small JSON; conversation state is deflated and, with a cipher (CREDENTIALS_KEY),
 * encrypted at rest: it holds passengers' personal data (store/state-codec.ts).
 */
export function grammyStorage(redis: Redis, keys: RedisKeys, cipher?: CredentialCipher): GrammyStorage {
  const prefetched = new Map<string, Promise<Buffer | null>>();
  const read = (key: string): Promise<Buffer | null> => {
    const early = prefetched.get(key);
    prefetched.delete(key);
    return early ?? redis.getBuffer(key);
  };
  return {
    sessionPrefix: keys.sessionPrefix,
    // Sessions hold little and rarely change: unchanged writes are skipped.
    session: <T>() => skipUnchangedWrites<T>({
      read: async (key) => {
        const raw = await read(key);
        return raw ? (JSON.parse(raw.toString("utf8")) as T) : undefined;
      },
      write: async (key, value) => void (await redis.set(key, JSON.stringify(value), "EX", TTL.session)),
      delete: async (key) => void (await redis.del(key)),
    }),
    conversationPrefix: keys.conversationPrefix,
    // Logged updates are slimmed to what replays read before the state is compressed (and sealed).
    conversation: <T>(): StorageAdapter<T> => slimReplayLog<T>({
      read: async (key) => decodeState<T>(await read(key), key, cipher),
      write: async (key, value) => void (await redis.set(key, encodeState(value, key, cipher), "EX", TTL.conversation)),
      delete: async (key) => void (await redis.del(key)),
    }),
    prefetch: async (wanted) => {
      const reads = wanted.map((key) => {
        const value = redis.getBuffer(key);
        // Failures surface to whoever takes the value; unclaimed ones must not become unhandled rejections.
        value.catch(() => undefined);
        prefetched.set(key, value);
        return value;
      });
      await Promise.allSettled(reads);
    },
    forget: (wanted) => {
      for (const key of wanted) prefetched.delete(key);
    },
    ready: () => redis.status === "ready",
  };
}
