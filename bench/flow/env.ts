import { spawn, type ChildProcess } from "node:child_process";
import { createInterface } from "node:readline";
import { pino, type Logger } from "pino";
import { MmbcProvider } from "../../src/providers/mmbc/mmbc-provider.js";
import { freePort, startRedisServer } from "../../test/support/redis-server.js";
import { startTelegramEmulator, type TelegramEmulator } from "../../test/support/telegram/index.js";

export interface BenchEnv {
  redisUrl: string;
  redisSource: string;
  emulator: TelegramEmulator;
  provider: MmbcProvider;
  logger: Logger;
  close(): Promise<void>;
}

/**
 * The MMBC sandbox in a child process (`npm run sandbox`): in production the airline API is another
 * machine, and the baseline makes no airline calls at all, so the sandbox's own CPU (fare generation,
 * PDF rendering) must not be billed to our bot. It still answers with no injected latency.
 */
async function startSandboxProcess(): Promise<{ baseUrl: string; child: ChildProcess }> {
  const port = await freePort();
  const child = spawn(process.execPath, ["--import", "tsx", "src/sandbox/run-sandbox.ts"], {
    env: { ...process.env, PORT: String(port), HOST: "127.0.0.1", MMBC_SANDBOX_BALANCE: "10000000000" },
    // Piped, not inherited: a child holding our stdout would keep `npm run … | tee` open after we exit.
    stdio: ["ignore", "pipe", "pipe"],
  });
  // If the bench dies, the sandbox must not outlive it.
  const kill = () => child.kill("SIGTERM");
  process.once("exit", kill);
  child.once("exit", () => process.off("exit", kill));
  child.stderr!.on("data", (chunk: Buffer) => process.stderr.write(`[sandbox] ${chunk.toString()}`));
  const lines = createInterface({ input: child.stdout! });
  const baseUrl = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("the MMBC sandbox did not start within 15 s")), 15_000);
    child.once("exit", (code) => reject(new Error(`the MMBC sandbox exited with code ${code}`)));
    lines.on("line", (line) => {
      const m = /MMBC_BASE_URL=(\S+)/.exec(line);
      if (m?.[1]) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    });
  });
  return { baseUrl, child };
}

/** Everything both bots talk to, shared so they are measured against the same emulator and Redis. */
export async function startBenchEnv(): Promise<BenchEnv> {
  const own = process.env.REDIS_URL ? undefined : await startRedisServer();
  const redisUrl = process.env.REDIS_URL ?? own!.url;
  const emulator = await startTelegramEmulator();
  const sandbox = await startSandboxProcess();
  // Silent: log writes would be part of what is timed, and at warn level the sandbox's per-airline
  // "no flights" answers produce a dozen retry lines per search.
  const logger = pino({ level: process.env.LOG_LEVEL ?? "silent" });
  const provider = new MmbcProvider({ baseUrl: sandbox.baseUrl, credentials: { username: "sandbox", password: "sandbox123" }, timeZone: "Asia/Jakarta", sandbox: true, logger });
  return {
    redisUrl, redisSource: own ? `private redis-server on port ${own.port}` : "REDIS_URL", emulator, provider, logger,
    close: async () => {
      await provider.close();
      await new Promise<void>((resolve) => {
        if (sandbox.child.exitCode !== null) return resolve();
        sandbox.child.once("exit", () => resolve());
        sandbox.child.kill("SIGTERM");
      });
      await emulator.close();
      await own?.stop();
    },
  };
}
