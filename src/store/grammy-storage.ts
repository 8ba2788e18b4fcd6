import type { StorageAdapter } from "grammy";
import type { Cluster, Redis } from "ioredis";
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
  /**
   * From now until `flush`, writes and deletes of these keys are kept back, so that everything an update
   * changes leaves in one round trip at its end (with its lock's release: see `finish`).
   */
  hold(keys: string[]): void;
  /**
   * Sends what was kept back for these keys, then `after` (the update lock's release). On one server (or
   * a Sentinel primary: one connection) both go in the same round trip, in order; under Cluster the keys
   * may live on other nodes than the lock, so the writes are confirmed before the lock is let go.
   */
  finish(keys: string[], after?: () => Promise<void>): Promise<void>;
  /** Whether the Redis connection is up right now (the error boundary answers "try again" otherwise). */
  ready(): boolean;
  /**
   * The members with a flow open or paused in a chat (a conversation state under `<chat>:<user>`). Read only
   * when a group is upgraded to a supergroup, rarely: a SCAN of every node, not an index kept on each update.
   */
  conversationMembers(chatId: number): Promise<number[]>;
}

/**
 * Sessions are small JSON; conversation state is deflated and, with a cipher (CREDENTIALS_KEY),
 * encrypted at rest: it holds passengers' personal data (store/state-codec.ts).
 */
export function grammyStorage(redis: Redis, keys: RedisKeys, cipher?: CredentialCipher): GrammyStorage {
  const prefetched = new Map<string, Promise<Buffer | null>>();
  /** Keys held by an update in progress → what it wrote last (undefined: nothing yet). */
  const held = new Map<string, (() => Promise<unknown>) | undefined>();
  const put = (key: string, send: () => Promise<unknown>): Promise<void> | void => {
    if (held.has(key)) return void held.set(key, send);
    return send().then(() => undefined);
  };
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
      write: async (key, value) => {
        const text = JSON.stringify(value);
        await put(key, () => redis.set(key, text, "EX", TTL.session));
      },
      delete: async (key) => await put(key, () => redis.del(key)),
    }),
    conversationPrefix: keys.conversationPrefix,
    // Logged updates are slimmed to what replays read before the state is compressed (and sealed).
    conversation: <T>(): StorageAdapter<T> => slimReplayLog<T>({
      read: async (key) => decodeState<T>(await read(key), key, cipher),
      write: async (key, value) => {
        const bytes = encodeState(value, key, cipher);
        await put(key, () => redis.set(key, bytes, "EX", TTL.conversation));
      },
      delete: async (key) => await put(key, () => redis.del(key)),
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
    hold: (wanted) => {
      for (const key of wanted) held.set(key, undefined);
    },
    finish: async (wanted, after) => {
      const writes: Promise<unknown>[] = [];
      for (const key of wanted) {
        const send = held.get(key);
        held.delete(key);
        if (send) writes.push(send());
      }
      if (redis.isCluster) {
        try {
          await Promise.all(writes);
        } finally {
          await after?.();
        }
        return;
      }
      // Issued in this tick: auto-pipelining sends them in one write, and Redis runs them in order.
      await Promise.all([...writes, after?.()]);
    },
    ready: () => redis.status === "ready",
    conversationMembers: async (chatId) => {
      const match = `${keys.conversationPrefix}${chatId}:*`;
      // Under Cluster the states live on every primary: each one is scanned.
      const nodes: Redis[] = redis.isCluster ? (redis as unknown as Cluster).nodes("master") : [redis];
      const members = new Set<number>();
      for (const node of nodes) {
        let cursor = "0";
        do {
          const [next, found] = await node.scan(cursor, "MATCH", match, "COUNT", 1000);
          cursor = next;
          for (const key of found) {
            const id = Number(key.slice(match.length - 1));
            if (Number.isSafeInteger(id)) members.add(id);
          }
        } while (cursor !== "0");
      }
      return [...members];
    },
  };
}
