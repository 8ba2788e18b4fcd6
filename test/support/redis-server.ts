import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import { setTimeout as sleep } from "node:timers/promises";
import { Redis } from "ioredis";

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const address = srv.address();
      const port = typeof address === "object" && address ? address.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

export interface RedisProcess {
  url: string;
  port: number;
  stop(): Promise<void>;
  /** Starts it again on the same port (data is gone: nothing is kept on disk). */
  restart(): Promise<void>;
}

/** A private redis-server on a free port, so tests may stop and restart it without touching anyone else's. */
export async function startRedisServer(port?: number): Promise<RedisProcess> {
  const p = port ?? (await freePort());
  let child: ChildProcess | undefined;
  const launch = async () => {
    child = spawn("redis-server", ["--port", String(p), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"], { stdio: "ignore" });
    // Not installed (ENOENT): a clear error for the caller (the demo says how to install it), not an unhandled event.
    let spawnError: Error | undefined;
    child.once("error", (e) => (spawnError = e));
    const probe = new Redis({ port: p, host: "127.0.0.1", lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
    probe.on("error", () => undefined); // refused until the server is up: expected while polling
    // A deadline rather than a count of tries: on a busy machine each try can take far longer than its 50 ms pause.
    const deadline = Date.now() + 30_000;
    while (Date.now() < deadline) {
      if (spawnError) {
        probe.disconnect();
        throw new Error(`redis-server could not be started: ${spawnError.message}`, { cause: spawnError });
      }
      try {
        await probe.connect();
        await probe.ping();
        probe.disconnect();
        return;
      } catch {
        await sleep(50);
      }
    }
    probe.disconnect();
    throw new Error(`redis-server did not start on port ${p} within 30 s`);
  };
  const stop = async () => {
    const c = child;
    if (!c || c.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      c.once("exit", () => resolve());
      c.kill("SIGTERM");
    });
  };
  await launch();
  return { url: `redis://127.0.0.1:${p}`, port: p, stop, restart: async () => { await stop(); await launch(); } };
}
