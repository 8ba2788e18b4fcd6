import { appRedis, type RedisClient, type RedisTopology } from "./redis-connection.js";

/**
 * Redis replicates asynchronously: a primary that dies can take its last writes with it. The writes an
 * agent is told about (a booking record, an issue lock or result, an issue confirmation button, queued
 * reminders) are followed by `confirm()`: a marker write and WAIT on a connection of its own, which
 * returns once a replica has everything written before it (the replication stream is ordered), so a
 * promoted replica has them. It waits at most `timeoutMs` and never fails the update: with no replica
 * answering, the write stands on the primary alone and that is logged.
 */
export class ReplicaAck {
  constructor(
    private readonly redis: RedisClient | undefined,
    private readonly markerKey: string,
    private readonly replicas: number,
    private readonly timeoutMs: number,
    private readonly onShort: (acked: number) => void = () => undefined,
  ) {}

  /** No replicas to wait for (one server, or Cluster without WAIT semantics across nodes). */
  static none(): ReplicaAck {
    return new ReplicaAck(undefined, "", 0, 0);
  }

  async confirm(): Promise<void> {
    if (!this.redis || this.replicas <= 0) return;
    try {
      await this.redis.incr(this.markerKey);
      const acked = await this.redis.wait(this.replicas, this.timeoutMs);
      if (acked < this.replicas) this.onShort(acked);
    } catch {
      this.onShort(-1);
    }
  }
}

/**
 * Under Sentinel: one replica must acknowledge, on a connection of its own (WAIT blocks it); elsewhere
 * nothing is waited for (one server has no replica; Cluster's replicas are per shard).
 */
export async function replicaAckFor(topology: RedisTopology, markerKey: string, onShort: (acked: number) => void): Promise<{ ack: ReplicaAck; replicas: number; close(): void }> {
  if (topology.kind !== "sentinel") return { ack: ReplicaAck.none(), replicas: 0, close: () => undefined };
  const redis = appRedis(topology);
  redis.on("error", () => undefined); // the app's main connection reports outages
  await redis.connect().catch(() => undefined);
  return { ack: new ReplicaAck(redis, markerKey, 1, 500, onShort), replicas: 1, close: () => redis.disconnect() };
}
