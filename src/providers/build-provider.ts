import type { Logger } from "pino";
import type { Config } from "../config.js";
import { MmbcProvider } from "./mmbc/mmbc-provider.js";
import { startMmbcSandbox, type MmbcSandbox } from "../sandbox/mmbc/index.js";

export interface BuiltProvider {
  provider: MmbcProvider;
  sandbox?: MmbcSandbox;
  close(): Promise<void>;
}

/**
 * The configured MMBC account, or — with no MMBC_BASE_URL — the built-in sandbox started in-process,
 * so a new user can try everything without an account.
 */
export async function buildMmbcProvider(config: Config, logger: Logger, onCall?: (endpoint: string, outcome: string, ms: number) => void): Promise<BuiltProvider> {
  const log = logger.child({ provider: "mmbc" });
  if (config.MMBC_BASE_URL && config.MMBC_USERNAME && config.MMBC_PASSWORD) {
    const provider = new MmbcProvider({
      baseUrl: config.MMBC_BASE_URL, credentials: { username: config.MMBC_USERNAME, password: config.MMBC_PASSWORD },
      timeZone: config.TIMEZONE, sandbox: false, logger: log, onCall, progressiveSearch: config.MMBC_PROGRESSIVE_SEARCH,
    });
    return { provider, close: () => provider.close() };
  }
  const sandbox = await startMmbcSandbox({ port: config.SANDBOX_PORT, timeZone: config.TIMEZONE });
  log.warn({ baseUrl: sandbox.baseUrl }, "MMBC_BASE_URL is not set: using the built-in MMBC sandbox (no real bookings)");
  const provider = new MmbcProvider({ baseUrl: sandbox.baseUrl, credentials: sandbox.credentials, timeZone: config.TIMEZONE, sandbox: true, logger: log, onCall, progressiveSearch: true });
  return { provider, sandbox, close: async () => { await provider.close(); await sandbox.close(); } };
}
