import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { Redis } from "ioredis";
import { freePort } from "./redis-server.js";

/** One redis-server child (cluster node, primary, replica or sentinel) in a temp dir, nothing kept on disk. */
export interface RedisNode {
  port: number;
  child: ChildProcess;
  /** SIGKILL: a crash, not a shutdown. */
  kill(): Promise<void>;
}

async function untilAnswers(port: number, ready: (r: Redis) => Promise<boolean>, what: string, ms = 30_000): Promise<void> {
  const probe = new Redis({ port, host: "127.0.0.1", lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
  probe.on("error", () => undefined); // refused until the server is up: expected while polling
  const deadline = Date.now() + ms;
  try {
    while (Date.now() < deadline) {
      try {
        if (probe.status !== "ready") await probe.connect();
        if (await ready(probe)) return;
      } catch {
        // not yet
      }
      await sleep(50);
    }
    throw new Error(`${what} on port ${port} not ready within ${ms} ms`);
  } finally {
    probe.disconnect();
  }
}

function launch(args: string[], dir: string, port: number): RedisNode {
  const child = spawn("redis-server", args, { cwd: dir, stdio: "ignore" });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  return {
    port, child,
    kill: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
      await exited;
    },
  };
}

const volatile = ["--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--protected-mode", "no"];

export interface LocalCluster {
  nodes: RedisNode[];
  /** REDIS_CLUSTER_NODES for the bot. */
  spec: string;
  stop(): Promise<void>;
}

/** `masters` cluster-enabled redis-servers on free ports joined with `redis-cli --cluster create` (no replicas). */
export async function startLocalCluster(masters = 3): Promise<LocalCluster> {
  const dir = mkdtempSync(join(tmpdir(), "agt-cluster-"));
  const nodes: RedisNode[] = [];
  for (let i = 0; i < masters; i++) {
    const [port, bus] = [await freePort(), await freePort()];
    nodes.push(launch(["--port", String(port), "--cluster-enabled", "yes", "--cluster-port", String(bus), "--cluster-config-file", `nodes-${port}.conf`, "--cluster-node-timeout", "2000", ...volatile], dir, port));
  }
  const stop = async () => {
    await Promise.all(nodes.map((n) => n.kill()));
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    for (const n of nodes) await untilAnswers(n.port, async (r) => (await r.ping()) === "PONG", "cluster node");
    const create = spawn("redis-cli", ["--cluster", "create", ...nodes.map((n) => `127.0.0.1:${n.port}`), "--cluster-replicas", "0", "--cluster-yes"], { stdio: "ignore" });
    const code = await new Promise<number | null>((resolve) => create.once("exit", resolve));
    if (code !== 0) throw new Error(`redis-cli --cluster create exited with ${code}`);
    for (const n of nodes) await untilAnswers(n.port, async (r) => String(await r.call("CLUSTER", "INFO")).includes("cluster_state:ok"), "cluster state");
  } catch (e) {
    await stop();
    throw e;
  }
  return { nodes, spec: nodes.map((n) => `127.0.0.1:${n.port}`).join(","), stop };
}

export interface LocalSentinel {
  primary: RedisNode;
  replica: RedisNode;
  sentinel: RedisNode;
  name: string;
  /** REDIS_SENTINELS for the bot. */
  spec: string;
  /** The port Sentinel names as primary right now. */
  currentPrimaryPort(): Promise<number>;
  stop(): Promise<void>;
}

/**
 * A primary, one replica and one sentinel that fails over one second after the primary stops answering.
 * (Production runs three sentinels: compose.yaml; one is enough to show promotion here.)
 */
export async function startLocalSentinel(name = "agt"): Promise<LocalSentinel> {
  const dir = mkdtempSync(join(tmpdir(), "agt-sentinel-"));
  const [p, r, s] = [await freePort(), await freePort(), await freePort()];
  const primary = launch(["--port", String(p), ...volatile], dir, p);
  const replica = launch(["--port", String(r), "--replicaof", "127.0.0.1", String(p), "--replica-announce-ip", "127.0.0.1", ...volatile], dir, r);
  const conf = join(dir, "sentinel.conf");
  writeFileSync(conf, [
    `port ${s}`, "bind 127.0.0.1", "protected-mode no", `dir ${dir}`,
    `sentinel monitor ${name} 127.0.0.1 ${p} 1`,
    `sentinel down-after-milliseconds ${name} 1000`,
    `sentinel failover-timeout ${name} 5000`,
    `sentinel parallel-syncs ${name} 1`,
    "",
  ].join("\n"));
  const sentinel = launch([conf, "--sentinel"], dir, s);
  const all = [primary, replica, sentinel];
  const stop = async () => {
    await Promise.all(all.map((n) => n.kill()));
    rmSync(dir, { recursive: true, force: true });
  };
  const currentPrimaryPort = async () => {
    const probe = new Redis({ port: s, host: "127.0.0.1", maxRetriesPerRequest: 1 });
    try {
      const [, port] = (await probe.call("SENTINEL", "GET-MASTER-ADDR-BY-NAME", name)) as [string, string];
      return Number(port);
    } finally {
      probe.disconnect();
    }
  };
  try {
    await untilAnswers(p, async (c) => (await c.ping()) === "PONG", "primary");
    await untilAnswers(r, async (c) => (await c.info("replication")).includes("master_link_status:up"), "replica");
    await untilAnswers(s, async (c) => {
      const replicas = (await c.call("SENTINEL", "REPLICAS", name)) as unknown[];
      return replicas.length > 0;
    }, "sentinel");
  } catch (e) {
    await stop();
    throw e;
  }
  return { primary, replica, sentinel, name, spec: `127.0.0.1:${s}`, currentPrimaryPort, stop };
}
