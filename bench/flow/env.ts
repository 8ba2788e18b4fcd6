import { pino, type Logger } from "pino";
import { MmbcProvider } from "../../src/providers/mmbc/mmbc-provider.js";
import { startMmbcSandbox, type MmbcSandbox } from "../../src/sandbox/mmbc/index.js";
import { startRedisServer } from "../../test/support/redis-server.js";
import { startTelegramEmulator, type TelegramEmulator } from "../../test/support/telegram/index.js";

export interface BenchEnv {
  redisUrl: string;
  redisSource: string;
  emulator: TelegramEmulator;
  sandbox: MmbcSandbox;
  provider: MmbcProvider;
  logger: Logger;
  close(): Promise<void>;
}

/**
 * Everything both bots talk to, shared so they are measured against the same emulator, sandbox and
 * Redis. The sandbox runs with no injected latency: the bench measures the bot, not the airline.
 */
export async function startBenchEnv(): Promise<BenchEnv> {
  const own = process.env.REDIS_URL ? undefined : await startRedisServer();
  const redisUrl = process.env.REDIS_URL ?? own!.url;
  const emulator = await startTelegramEmulator();
  const sandbox = await startMmbcSandbox({ timeZone: "Asia/Jakarta", initialBalance: 10_000_000_000 });
  // Silent: log writes would be part of what is timed, and at warn level the sandbox's per-airline
  // "no flights" answers produce a dozen lines per search (see the report).
  const logger = pino({ level: process.env.LOG_LEVEL ?? "silent" });
  const provider = new MmbcProvider({ baseUrl: sandbox.baseUrl, credentials: sandbox.credentials, timeZone: "Asia/Jakarta", sandbox: true, logger });
  return {
    redisUrl, redisSource: own ? `private redis-server on port ${own.port}` : "REDIS_URL", emulator, sandbox, provider, logger,
    close: async () => {
      await provider.close();
      await sandbox.close();
      await emulator.close();
      await own?.stop();
    },
  };
}
