import { createControlRouter } from "./http/control-routes.js";
import { serveSandbox } from "../serve.js";
import { createWireRouter } from "./http/wire-router.js";
import { createControls } from "./state/controls.js";
import { SandboxState } from "./state/sandbox-state.js";
import type { SandboxControls, SandboxCredentials } from "./types.js";

export type {
  EndpointName,
  Fault,
  PassengerType,
  PerAirlineEndpoint,
  SandboxBooking,
  SandboxBookingStatus,
  SandboxCall,
  SandboxControls,
  SandboxCredentials,
  SandboxPassenger,
} from "./types.js";
export { ENDPOINT_NAMES, PER_AIRLINE_ENDPOINTS } from "./types.js";

export interface MmbcSandboxOptions {
  /** 0 = any free port (default). */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** Default { username: "sandbox", password: "sandbox123" }. */
  credentials?: SandboxCredentials;
  /** Rupiah; default 50,000,000. */
  initialBalance?: number;
  /** How long a booking stays "waiting" before it expires; default 3 hours. */
  timelimitSeconds?: number;
  /** Zone for every zone-less time on the wire; default Asia/Jakarta. */
  timeZone?: string;
  /** Clock (ms since epoch) for tests; default Date.now. */
  now?: () => number;
}

export interface MmbcSandbox {
  readonly origin: string;
  /** origin + "/json/": what the client uses as MMBC_BASE_URL. */
  readonly baseUrl: string;
  readonly credentials: SandboxCredentials;
  readonly controls: SandboxControls;
  /** Also ends requests left hanging by a `timeout` fault. */
  close(): Promise<void>;
}

export async function startMmbcSandbox(options: MmbcSandboxOptions = {}): Promise<MmbcSandbox> {
  const state = new SandboxState({
    credentials: { ...(options.credentials ?? { username: "sandbox", password: "sandbox123" }) },
    balance: options.initialBalance ?? 50_000_000,
    timelimitSeconds: options.timelimitSeconds ?? 3 * 60 * 60,
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
    baseUrl: `${origin}/json/`,
    get credentials() {
      return { ...state.credentials };
    },
    controls,
    close: () => served.close(),
  };
}
