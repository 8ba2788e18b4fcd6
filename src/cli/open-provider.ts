import { pino, type Logger } from "pino";
import { MmbcProvider } from "../providers/mmbc/mmbc-provider.js";
import type { CliEnv } from "./cli-env.js";

export interface OpenedProvider {
  provider: MmbcProvider;
  close(): Promise<void>;
}

/**
 * Logs go to stderr (the app's createLogger writes to stdout, which would corrupt `--json` output),
 * synchronously so nothing is lost when the process exits right after a command.
 */
export function createCliLogger(level: string): Logger {
  return pino(
    { level, redact: { paths: ["password", "*.password", "credentials", "*.credentials"], censor: "***" } },
    pino.destination({ fd: 2, sync: true }),
  );
}

/** The configured account, or — like the bot without MMBC_BASE_URL — the in-process sandbox. */
export async function openProvider(env: CliEnv, logger: Logger, notice: (line: string) => void): Promise<OpenedProvider> {
  const log = logger.child({ provider: "mmbc" });
  if (env.MMBC_BASE_URL && env.MMBC_USERNAME && env.MMBC_PASSWORD) {
    const provider = new MmbcProvider({
      baseUrl: env.MMBC_BASE_URL, credentials: { username: env.MMBC_USERNAME, password: env.MMBC_PASSWORD },
      timeZone: env.TIMEZONE, sandbox: false, logger: log,
    });
    return { provider, close: () => provider.close() };
  }
  // Loaded only when needed: the sandbox pulls in pdf-lib, which a real account never uses.
  const { startMmbcSandbox } = await import("../sandbox/mmbc/index.js");
  const sandbox = await startMmbcSandbox({ timeZone: env.TIMEZONE });
  notice(`MMBC_BASE_URL is not set: using the built-in MMBC sandbox at ${sandbox.baseUrl} (no real bookings)`);
  const provider = new MmbcProvider({ baseUrl: sandbox.baseUrl, credentials: sandbox.credentials, timeZone: env.TIMEZONE, sandbox: true, logger: log });
  return {
    provider,
    close: async () => {
      await provider.close();
      await sandbox.close();
    },
  };
}
