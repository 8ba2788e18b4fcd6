import { RedisAdapter } from "@grammyjs/storage-redis";
import type { StorageAdapter } from "grammy";
import type { Redis } from "ioredis";
import { TTL, type RedisKeys } from "./keys.js";
import { skipUnchangedWrites } from "./skip-unchanged-writes.js";
import type { CredentialCipher } from "./accounts/credential-cipher.js";
import { sealedStorage } from "./sealed-storage.js";
import { slimReplayLog } from "./slim-replay-log.js";

/** grammY's session and conversation storage, under their own prefixes (the adapters add none). */
export interface GrammyStorage {
  sessionPrefix: string;
  session<T>(): StorageAdapter<T>;
  conversationPrefix: string;
  conversation<T>(): StorageAdapter<T>;
  /** Whether the Redis connection is up right now (the error boundary answers "try again" otherwise). */
  ready(): boolean;
}

/** With a cipher (CREDENTIALS_KEY), conversation state is encrypted at rest: it holds passengers' personal data. */
export function grammyStorage(redis: Redis, keys: RedisKeys, cipher?: CredentialCipher): GrammyStorage {
  return {
    sessionPrefix: keys.sessionPrefix,
    // Sessions hold little and rarely change: unchanged writes are skipped.
    session: <T>() => skipUnchangedWrites(new RedisAdapter<T>({ instance: redis, ttl: TTL.session })),
    conversationPrefix: keys.conversationPrefix,
    ready: () => redis.status === "ready",
    conversation: <T>() => slimReplayLog<T>(cipher ? sealedStorage<T>(new RedisAdapter({ instance: redis, ttl: TTL.conversation }), cipher) : new RedisAdapter<T>({ instance: redis, ttl: TTL.conversation })),
  };
}
