import { Cluster, Redis, type RedisOptions } from "ioredis";

export interface HostPort {
  host: string;
  port: number;
}

/** Where Redis is: one server (REDIS_URL), a Cluster (REDIS_CLUSTER_NODES) or a primary found through Sentinel. */
export type RedisTopology =
  | { kind: "single"; url: string }
  | { kind: "cluster"; nodes: HostPort[] }
  | { kind: "sentinel"; sentinels: HostPort[]; name: string };

/**
 * The stores are written against ioredis' `Redis`; a `Cluster` answers the same commands (each store
 * command touches one slot: see keys.ts), so it is handed to them under that type.
 */
export type RedisClient = Redis;

/** "h1:6379,h2:6380" → host/port pairs; undefined when any part is malformed. */
export function parseHostPorts(text: string): HostPort[] | undefined {
  const parts = text.split(",").map((p) => p.trim()).filter(Boolean);
  const out: HostPort[] = [];
  for (const p of parts) {
    const m = /^\[?([^\s\]]+?)\]?:(\d{1,5})$/.exec(p);
    const port = Number(m?.[2]);
    if (!m || !m[1] || port < 1 || port > 65535) return undefined;
    out.push({ host: m[1], port });
  }
  return out.length > 0 ? out : undefined;
}

const backoff = (times: number) => Math.min(100 * times, 2_000);

/**
 * The app's connection. While Redis is down a command fails at once (no offline queue, one try), so an
 * update is answered "try again" by the error boundary instead of hanging; the connection retries forever
 * with capped backoff, so everything works again when Redis is back (or a replica is promoted), without a
 * restart. Commands are not queued, so callers await `connect()` before using it.
 */
export function appRedis(topology: RedisTopology): RedisClient {
  // Auto-pipelining: commands many updates issue in the same tick leave in one socket write (one round
  // trip) instead of one each; under load those writes were the bot's largest CPU cost (bench:flow profile).
  const failFast: RedisOptions = { lazyConnect: true, enableOfflineQueue: false, maxRetriesPerRequest: 1, connectTimeout: 5_000, retryStrategy: backoff, enableAutoPipelining: true };
  return build(topology, failFast);
}

/** BullMQ blocks on its connections and wants them never to give up on a command (maxRetriesPerRequest: null). */
export function queueRedis(topology: RedisTopology): RedisClient {
  return build(topology, { maxRetriesPerRequest: null, retryStrategy: backoff });
}

/**
 * BullMQ's key prefix. Its Lua scripts touch many keys of a queue at once, so under Cluster the prefix is
 * a hash tag (`{ns:bull}`): every key of every queue lands in one slot. Elsewhere the prefix stays as it
 * always was, so existing deployments keep their queued reminders.
 */
export function queuePrefixFor(topology: RedisTopology, plainPrefix: string): string {
  return topology.kind === "cluster" ? `{${plainPrefix}}` : plainPrefix;
}

function build(topology: RedisTopology, options: RedisOptions): RedisClient {
  switch (topology.kind) {
    case "single":
      return new Redis(topology.url, options);
    case "sentinel":
      return new Redis({
        ...options,
        sentinels: topology.sentinels,
        name: topology.name,
        // Sentinels announce a promotion (+switch-master): reconnect to the new primary at once instead
        // of waiting for the old one's socket to fail.
        failoverDetector: true,
        sentinelRetryStrategy: backoff,
        // A demoted primary that comes back as a replica refuses writes: find the primary again.
        reconnectOnError: (err) => (err.message.startsWith("READONLY") ? 2 : false),
      });
    case "cluster": {
      const { lazyConnect, enableOfflineQueue, retryStrategy, enableAutoPipelining, ...perNode } = options;
      const cluster = new Cluster(topology.nodes, {
        lazyConnect, enableOfflineQueue, enableAutoPipelining, clusterRetryStrategy: retryStrategy ?? undefined,
        // A failover moves slots: ask the cluster again after a short pause rather than failing at once.
        retryDelayOnFailover: 200, retryDelayOnClusterDown: 300, retryDelayOnTryAgain: 100,
        redisOptions: perNode,
      });
      return cluster as unknown as RedisClient;
    }
  }
}
