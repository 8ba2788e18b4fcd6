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
 * Where the process looks for Redis, as an operator sets it: the setting's name and its value, with any
 * password (or user and password) in a URL replaced by *** so it can be printed and logged.
 */
export function redisSettingText(topology: RedisTopology): string {
  const pairs = (nodes: HostPort[]) => nodes.map((n) => `${n.host}:${n.port}`).join(",");
  switch (topology.kind) {
    case "single":
      return `REDIS_URL=${redactUrl(topology.url)}`;
    case "cluster":
      return `REDIS_CLUSTER_NODES=${pairs(topology.nodes)}`;
    case "sentinel":
      return `REDIS_SENTINELS=${pairs(topology.sentinels)} (REDIS_SENTINEL_NAME=${topology.name})`;
  }
}

/** "redis://user:pw@host:6379/0" → "redis://user:***@host:6379/0"; a password alone (":pw@") too. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (!parsed.password && !parsed.username) return url;
    if (parsed.password) parsed.password = "***";
    // A single credential is the password in Redis URLs ("redis://secret@host"): hidden too.
    else parsed.username = "***";
    return parsed.toString();
  } catch {
    // Not a URL the parser takes: hide whatever stands before an "@".
    return url.replace(/\/\/[^/@]*@/, "//***@");
  }
}

/**
 * Opens the app's connection at start. The connection retries forever once running (appRedis), but a
 * process that can't reach Redis at all when it starts should say where it looked and end, so the
 * operator fixes the setting and a supervisor restarts it, instead of a bare "Connection is closed.".
 */
export async function connectAtStart(redis: RedisClient, topology: RedisTopology): Promise<void> {
  let cause: string | undefined;
  const remember = (err: Error) => (cause ??= err.message);
  redis.on("error", remember);
  try {
    await redis.connect();
  } catch (e) {
    redis.disconnect();
    const reason = cause ?? (e instanceof Error ? e.message : String(e));
    throw new Error(`Redis is not reachable at ${redisSettingText(topology)} (${redactText(reason, topology)}): start Redis there, or set ${settingName(topology)} to a Redis that runs`, { cause: e });
  } finally {
    redis.off("error", remember);
  }
}

function settingName(topology: RedisTopology): string {
  return topology.kind === "single" ? "REDIS_URL" : topology.kind === "cluster" ? "REDIS_CLUSTER_NODES" : "REDIS_SENTINELS";
}

/** An error's text never carries the URL's password, whatever the client put in it. */
function redactText(text: string, topology: RedisTopology): string {
  if (topology.kind !== "single") return text;
  const password = (() => {
    try {
      const u = new URL(topology.url);
      return decodeURIComponent(u.password || u.username);
    } catch {
      return "";
    }
  })();
  return password ? text.split(password).join("***") : text;
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
