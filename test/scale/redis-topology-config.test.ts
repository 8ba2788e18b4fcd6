import { describe, expect, it } from "vitest";
import { createConfig, redisTopology } from "../../src/config.js";
import { queuePrefixFor } from "../../src/store/redis-connection.js";

const base = { BOT_TOKEN: "123:abc" };

describe("which Redis: one server, a Cluster or Sentinel", () => {
  it("one server by default, as before", () => {
    expect(redisTopology(createConfig(base))).toEqual({ kind: "single", url: "redis://127.0.0.1:6379" });
    expect(redisTopology(createConfig({ ...base, REDIS_URL: "redis://r:6380/2" }))).toEqual({ kind: "single", url: "redis://r:6380/2" });
  });
  it("REDIS_CLUSTER_NODES: a Cluster, with BullMQ's prefix hash-tagged", () => {
    const t = redisTopology(createConfig({ ...base, REDIS_CLUSTER_NODES: "redis-1:7000, redis-2:7001,10.0.0.3:7002" }));
    expect(t).toEqual({ kind: "cluster", nodes: [{ host: "redis-1", port: 7000 }, { host: "redis-2", port: 7001 }, { host: "10.0.0.3", port: 7002 }] });
    expect(queuePrefixFor(t, "agt:bull")).toBe("{agt:bull}");
    expect(queuePrefixFor({ kind: "single", url: "redis://x" }, "agt:bull")).toBe("agt:bull");
  });
  it("REDIS_SENTINELS with REDIS_SENTINEL_NAME: the primary found through Sentinel", () => {
    expect(redisTopology(createConfig({ ...base, REDIS_SENTINELS: "s1:26379,s2:26379", REDIS_SENTINEL_NAME: "agt" })))
      .toEqual({ kind: "sentinel", name: "agt", sentinels: [{ host: "s1", port: 26379 }, { host: "s2", port: 26379 }] });
  });
  it("refuses two topologies at once, half a Sentinel setup and malformed lists, saying why", () => {
    expect(() => createConfig({ ...base, REDIS_URL: "redis://x:6379", REDIS_CLUSTER_NODES: "a:1" })).toThrow(/only one of REDIS_URL/);
    expect(() => createConfig({ ...base, REDIS_CLUSTER_NODES: "a:1", REDIS_SENTINELS: "s:2", REDIS_SENTINEL_NAME: "m" })).toThrow(/only one of/);
    expect(() => createConfig({ ...base, REDIS_SENTINELS: "s:26379" })).toThrow(/REDIS_SENTINEL_NAME/);
    expect(() => createConfig({ ...base, REDIS_SENTINEL_NAME: "m" })).toThrow(/go together/);
    expect(() => createConfig({ ...base, REDIS_CLUSTER_NODES: "redis-1" })).toThrow(/host:port pairs/);
    expect(() => createConfig({ ...base, REDIS_SENTINELS: "s:99999", REDIS_SENTINEL_NAME: "m" })).toThrow(/host:port pairs/);
  });
});
