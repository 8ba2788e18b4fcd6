import { Redis } from "ioredis";
import { startRedisServer } from "../test/support/redis-server.js";

export interface DemoRedis {
  url: string;
  /** Where it came from, for the banner. */
  source: string;
  stop(): Promise<void>;
}

/** One quick PING; never retries, so a missing server costs at most about a second. */
async function reachable(url: string): Promise<boolean> {
  const probe = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null, connectTimeout: 1_000 });
  probe.on("error", () => undefined); // a refused connection is an answer here, not a crash
  try {
    await probe.connect();
    await probe.ping();
    return true;
  } catch {
    return false;
  } finally {
    probe.disconnect();
  }
}

/**
 * A fresh machine may have no Redis at all, so the demo falls back step by step:
 * REDIS_URL → a local default server → a private redis-server of its own.
 */
export async function pickRedis(env: NodeJS.ProcessEnv): Promise<DemoRedis> {
  const configured = env.REDIS_URL?.trim();
  if (configured) {
    if (await reachable(configured)) return { url: configured, source: "REDIS_URL", stop: async () => undefined };
    console.warn(`⚠️  REDIS_URL (${configured}) does not answer; trying a local Redis instead.`);
  }
  const local = "redis://127.0.0.1:6379";
  if (await reachable(local)) return { url: local, source: "local Redis on 127.0.0.1:6379", stop: async () => undefined };
  try {
    const own = await startRedisServer();
    return { url: own.url, source: `a private redis-server on port ${own.port}`, stop: own.stop };
  } catch (err) {
    throw new Error(
      `No Redis available: REDIS_URL is ${configured ? "unreachable" : "unset"}, nothing answers on 127.0.0.1:6379, ` +
        `and starting redis-server failed (${err instanceof Error ? err.message : String(err)}). ` +
        "Install Redis (e.g. `apt install redis-server`) or run `docker compose up -d redis`.",
      { cause: err },
    );
  }
}

/** The demo shares the user's Redis, so it removes exactly its own namespace afterwards. */
export async function dropNamespace(url: string, namespace: string): Promise<void> {
  const redis = new Redis(url, { maxRetriesPerRequest: 1, retryStrategy: () => null });
  redis.on("error", () => undefined);
  try {
    let cursor = "0";
    do {
      const [next, keys] = await redis.scan(cursor, "MATCH", `${namespace}:*`, "COUNT", 500);
      cursor = next;
      if (keys.length) await redis.unlink(...keys);
    } while (cursor !== "0");
  } finally {
    redis.disconnect();
  }
}
