import type { Logger } from "pino";
import type { Config } from "../config.js";
import type { FlightProvider } from "../domain/flight-provider.js";
import { MmbcProvider } from "../providers/mmbc/mmbc-provider.js";
import type { Credentials } from "../store/accounts/account-store.js";

/** Builds an MMBC provider for one agent's login. */
export type MmbcFactory = (credentials: Credentials, account: string) => MmbcProvider;

type OnCall = (endpoint: string, outcome: string, ms: number) => void;

/**
 * Linked accounts talk to the same MMBC as the default account: the configured MMBC_BASE_URL, or —
 * when the default is the built-in sandbox — that sandbox, whose base URL is its origin + "/json/"
 * (the sandbox's own definition of `baseUrl`). Undefined when MMBC isn't in use: only MMBC has logins.
 */
export function mmbcAccountFactory(config: Config, mmbc: FlightProvider | undefined, logger: Logger, onCall?: OnCall): MmbcFactory | undefined {
  if (!(mmbc instanceof MmbcProvider)) return undefined;
  const baseUrl = mmbc.sandbox ? new URL("/json/", mmbc.http.origin).href : config.MMBC_BASE_URL;
  if (!baseUrl) return undefined;
  const progressiveSearch = mmbc.sandbox || config.MMBC_PROGRESSIVE_SEARCH;
  return (credentials, account) => new MmbcProvider({
    baseUrl, credentials, timeZone: config.TIMEZONE, sandbox: mmbc.sandbox, progressiveSearch, onCall,
    // The account id is not secret (a Telegram id and a keyed fingerprint), so it may label log lines.
    logger: logger.child({ provider: "mmbc", account }),
  });
}
