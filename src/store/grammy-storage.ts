import { RedisAdapter } from "@grammyjs/storage-redis";
import type { StorageAdapter } from "grammy";
import type { Redis } from "ioredis";
import { TTL, type RedisKeys } from "./keys.js";
import { skipUnchangedWrites } from "./skip-unchanged-writes.js";

/** grammY's session and conversation storage, under their own prefixes (the adapters add none). */
export interface GrammyStorage {
  sessionPrefix: string;
  session<T>(): StorageAdapter<T>;
  conversationPrefix: string;
  conversation<T>(): StorageAdapter<T>;
}

export function grammyStorage(redis: Redis, keys: RedisKeys): GrammyStorage {
  return {
    sessionPrefix: keys.sessionPrefix,
    // Sessions hold little and rarely change: unchanged writes are skipped.
    session: <T>() => skipUnchangedWrites(new RedisAdapter<T>({ instance: redis, ttl: TTL.session })),
    conversationPrefix: keys.conversationPrefix,
    conversation: <T>() => new RedisAdapter<T>({ instance: redis, ttl: TTL.conversation }),
  };
}
