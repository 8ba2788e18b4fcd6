/**
 * The built-in tiket.com partner-API sandbox (legacy "payexpress" flight API, JSON output), as
 * restated in shared/spec/tiket-api.md. Decisions on points the spec leaves open are documented at
 * the top of the file that implements them (wire/envelope.ts, http/auth.ts, endpoints/*.ts,
 * flights/*.ts, state/order-lifecycle.ts, data/airlines.ts).
 */
import { createControlRouter } from "./http/control-routes.js";
import { serveSandbox } from "../serve.js";
import { createWireRouter } from "./http/router.js";
import { createControls } from "./state/controls.js";
import { TiketState } from "./state/tiket-state.js";
import type { TiketSandboxControls, TiketSandboxCredentials } from "./types.js";

export type {
  EndpointName,
  Fault,
  FaultKind,
  FaultTarget,
  PassengerType,
  PaymentStatus,
  TicketStatus,
  TiketCall,
  TiketContact,
  TiketOrder,
  TiketOrderDetail,
  TiketPassenger,
  TiketSandboxControls,
  TiketSandboxCredentials,
} from "./types.js";
export { ENDPOINT_NAMES } from "./types.js";

export interface TiketSandboxOptions {
  /** 0 = any free port (default). */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** Default "sandbox-secret-key". */
  secretKey?: string;
  /** Default "123456789" / "Agen Sandbox"; the required User-Agent is `twh:<id>;<name>;`. */
  businessId?: string;
  businessName?: string;
  /** Deposit payment credentials; default "sandbox-confirm" / "agen@sandbox.test". */
  confirmKey?: string;
  username?: string;
  /** Rupiah; default 50,000,000. */
  initialDeposit?: number;
  /** How long an unpaid cart/order lives; default 3 hours. */
  orderExpirySeconds?: number;
  /** How long after payment check_order keeps saying "booked" before "issued"; default 0. */
  issueDelayMs?: number;
  /** How long the first search of a route and date stays incomplete; default 1000 (0 = never). */
  searchRefreshMs?: number;
  /** Zone for zone-less timestamps (order times, expiry); default Asia/Jakarta. */
  timeZone?: string;
  /** Clock (ms since epoch) for tests; default Date.now. */
  now?: () => number;
}

export interface TiketSandbox {
  /** http://127.0.0.1:PORT: the client's TIKET_BASE_URL. */
  readonly origin: string;
  readonly credentials: TiketSandboxCredentials;
  readonly controls: TiketSandboxControls;
  /** Also ends requests left hanging by a `timeout` fault. */
  close(): Promise<void>;
}

export async function startTiketSandbox(options: TiketSandboxOptions = {}): Promise<TiketSandbox> {
  const state = new TiketState({
    credentials: {
      secretKey: options.secretKey ?? "sandbox-secret-key",
      businessId: options.businessId ?? "123456789",
      businessName: options.businessName ?? "Agen Sandbox",
      confirmKey: options.confirmKey ?? "sandbox-confirm",
      username: options.username ?? "agen@sandbox.test",
    },
    deposit: options.initialDeposit ?? 50_000_000,
    orderExpirySeconds: options.orderExpirySeconds ?? 3 * 60 * 60,
    issueDelayMs: options.issueDelayMs ?? 0,
    searchRefreshMs: options.searchRefreshMs ?? 1000,
    timeZone: options.timeZone ?? "Asia/Jakarta",
    now: options.now ?? Date.now,
  });
  const controls = createControls(state);
  const served = await serveSandbox(options, ({ origin, signal }) => ({
    wire: createWireRouter({ state, origin, signal }),
    control: createControlRouter(state, controls),
  }));
  const { origin } = served;

  return {
    origin,
    get credentials() {
      return { ...state.credentials };
    },
    controls,
    close: () => served.close(),
  };
}
