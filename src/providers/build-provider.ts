import type { Logger } from "pino";
import type { Config } from "../config.js";
import type { FlightProvider } from "../domain/flight-provider.js";
import type { ProviderId } from "../domain/flight.js";
import type { TiketTokenStore } from "./tiket/token-store.js";

type OnCall = (endpoint: string, outcome: string, ms: number) => void;

export interface BuiltProviders {
  /** Where searches go: one provider, or both combined. */
  search: FlightProvider;
  byId: Partial<Record<ProviderId, FlightProvider>>;
  close(): Promise<void>;
}

/**
 * The configured accounts, or — for a provider without credentials — its built-in sandbox started
 * in-process, so a new user can try everything without an account. The sandbox modules load only then.
 */
/** `tiketTokens`: where tiket.com session tokens live (Redis in production, so another process can pay). */
export async function buildProviders(config: Config, logger: Logger, tiketTokens: TiketTokenStore, onCall?: OnCall): Promise<BuiltProviders> {
  const wanted: ProviderId[] = config.PROVIDER === "both" ? ["mmbc", "tiket"] : [config.PROVIDER];
  const closers: (() => Promise<void>)[] = [];
  const byId: Partial<Record<ProviderId, FlightProvider>> = {};
  if (wanted.includes("mmbc")) {
    const built = await buildMmbc(config, logger.child({ provider: "mmbc" }), onCall);
    byId.mmbc = built.provider;
    closers.push(built.close);
  }
  if (wanted.includes("tiket")) {
    const built = await buildTiket(config, logger.child({ provider: "tiket" }), tiketTokens, onCall);
    byId.tiket = built.provider;
    closers.push(built.close);
  }
  const list = wanted.map((id) => byId[id]!);
  return {
    search: list.length === 1 ? list[0]! : new (await import("./combined/combined-provider.js")).CombinedProvider(list),
    byId,
    close: async () => { for (const close of closers) await close(); },
  };
}

// Each adapter (and its sandbox) is loaded only when configured: a process loads what it talks to.
async function buildMmbc(config: Config, log: Logger, onCall?: OnCall) {
  const { MmbcProvider } = await import("./mmbc/mmbc-provider.js");
  if (config.MMBC_BASE_URL && config.MMBC_USERNAME && config.MMBC_PASSWORD) {
    const provider = new MmbcProvider({
      baseUrl: config.MMBC_BASE_URL, credentials: { username: config.MMBC_USERNAME, password: config.MMBC_PASSWORD },
      timeZone: config.TIMEZONE, sandbox: false, logger: log, onCall, progressiveSearch: config.MMBC_PROGRESSIVE_SEARCH,
    });
    return { provider, close: () => provider.close() };
  }
  const { startMmbcSandbox } = await import("../sandbox/mmbc/index.js");
  const sandbox = await startMmbcSandbox({ port: config.SANDBOX_PORT, timeZone: config.TIMEZONE });
  log.warn({ baseUrl: sandbox.baseUrl }, "MMBC_BASE_URL is not set: using the built-in MMBC sandbox (no real bookings)");
  const provider = new MmbcProvider({ baseUrl: sandbox.baseUrl, credentials: sandbox.credentials, timeZone: config.TIMEZONE, sandbox: true, logger: log, onCall, progressiveSearch: true });
  return { provider, close: async () => { await provider.close(); await sandbox.close(); } };
}

async function buildTiket(config: Config, log: Logger, tokens: TiketTokenStore, onCall?: OnCall) {
  const { TiketProvider } = await import("./tiket/tiket-provider.js");
  const common = { timeZone: config.TIMEZONE, logger: log, tokens, onCall, lang: config.DEFAULT_LOCALE };
  if (config.TIKET_BASE_URL) {
    const provider = new TiketProvider({
      ...common, baseUrl: config.TIKET_BASE_URL, secretKey: config.TIKET_SECRET_KEY!, businessId: config.TIKET_BUSINESS_ID!,
      businessName: config.TIKET_BUSINESS_NAME!, confirmKey: config.TIKET_CONFIRM_KEY!, username: config.TIKET_USERNAME!, sandbox: false,
    });
    return { provider, close: () => provider.close() };
  }
  const { startTiketSandbox } = await import("../sandbox/tiket/index.js");
  // tiket.com writes its times in WIB whatever zone the bot displays in; the sandbox does as the API does.
  const sandbox = await startTiketSandbox();
  log.warn({ baseUrl: sandbox.origin }, "TIKET_BASE_URL is not set: using the built-in tiket.com sandbox (no real bookings)");
  const provider = new TiketProvider({ ...common, baseUrl: sandbox.origin, ...sandbox.credentials, sandbox: true });
  return { provider, close: async () => { await provider.close(); await sandbox.close(); } };
}
