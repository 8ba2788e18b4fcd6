import { normalizeFlightCode, type SandboxFlight } from "../flights/generate-flights.js";
import type {
  EndpointName,
  Fault,
  SandboxBooking,
  SandboxCall,
  SandboxCredentials,
} from "../types.js";

export interface StateSettings {
  credentials: SandboxCredentials;
  balance: number;
  timelimitSeconds: number;
  timeZone: string;
  now: () => number;
}

interface FaultEntry {
  fault: Fault;
  /** Calls left; undefined = until cleared. */
  remaining?: number;
}

interface SeatOverride {
  seats: number;
  heldAtSet: number;
}

const SECRET_PARAMS = new Set(["password", "newpassword"]);

/** Everything the sandbox remembers; the endpoints and the controls both work on this. */
export class SandboxState {
  credentials: SandboxCredentials;
  balance: number;
  timelimitSeconds: number;
  readonly timeZone: string;
  readonly now: () => number;
  readonly bookings = new Map<string, SandboxBooking>();
  readonly faults = new Map<EndpointName | "*", FaultEntry>();
  readonly latency = new Map<EndpointName | "*", number>();
  readonly priceChanges = new Map<string, number>();
  readonly seatOverrides = new Map<string, SeatOverride>();
  readonly etiketCache = new Map<string, Uint8Array>();
  /** Logins added with `addAccount`, username → password; they share the one deposit. */
  readonly extraAccounts = new Map<string, string>();
  callLog: SandboxCall[] = [];
  /** Endpoints whose calls wait until released (tests: one airline still searching while others answered). */
  private readonly holds = new Map<EndpointName, { released: Promise<void>; release: () => void }>();

  constructor(private readonly initial: StateSettings) {
    this.credentials = { ...initial.credentials };
    this.balance = initial.balance;
    this.timelimitSeconds = initial.timelimitSeconds;
    this.timeZone = initial.timeZone;
    this.now = initial.now;
  }

  checkLogin(params: Record<string, string>): boolean {
    if (params.username === this.credentials.username) return params.password === this.credentials.password;
    const extra = params.username === undefined ? undefined : this.extraAccounts.get(params.username);
    return extra !== undefined && params.password === extra;
  }

  /** The reset-password call: false when no login has this username. */
  setPassword(username: string, password: string): boolean {
    if (username === this.credentials.username) this.credentials = { username, password };
    else if (this.extraAccounts.has(username)) this.extraAccounts.set(username, password);
    else return false;
    return true;
  }

  record(endpoint: EndpointName, params: Record<string, string>): void {
    const redacted = Object.fromEntries(
      Object.entries(params).map(([k, v]) => [k, SECRET_PARAMS.has(k) ? "***" : v]),
    );
    this.callLog.push({ endpoint, params: redacted, at: this.now() });
  }

  /** The fault for this call, consuming one of its `times`. */
  takeFault(endpoint: EndpointName): Fault | undefined {
    const key = this.faults.has(endpoint) ? endpoint : this.faults.has("*") ? "*" : undefined;
    const entry = key === undefined ? undefined : this.faults.get(key);
    if (!entry || key === undefined) return undefined;
    if (entry.remaining !== undefined) {
      entry.remaining -= 1;
      if (entry.remaining <= 0) this.faults.delete(key);
    }
    return entry.fault;
  }

  hold(endpoint: EndpointName): void {
    if (this.holds.has(endpoint)) return;
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    this.holds.set(endpoint, { released, release });
  }

  release(endpoint?: EndpointName): void {
    for (const [name, h] of this.holds) {
      if (endpoint !== undefined && name !== endpoint) continue;
      h.release();
      this.holds.delete(name);
    }
  }

  /** Resolves when a held endpoint is released; undefined when it is not held. */
  heldUntil(endpoint: EndpointName): Promise<void> | undefined {
    return this.holds.get(endpoint)?.released;
  }

  latencyFor(endpoint: EndpointName): number {
    return this.latency.get(endpoint) ?? this.latency.get("*") ?? 0;
  }

  priceDelta(flightCode: string): number {
    return this.priceChanges.get(normalizeFlightCode(flightCode)) ?? this.priceChanges.get("*") ?? 0;
  }

  /** Looks a booking up, first moving a waiting one past its timelimit to expired. */
  booking(code: string): SandboxBooking | undefined {
    const booking = this.bookings.get(code.trim().toUpperCase());
    if (booking && booking.status === "waiting" && this.now() >= booking.timelimitAt) {
      booking.status = "expired";
    }
    return booking;
  }

  /** Seats held by live (waiting or issued) bookings; infants sit on a lap. */
  heldSeats(flightCode: string, isoDate: string): number {
    const key = normalizeFlightCode(flightCode);
    let held = 0;
    for (const code of this.bookings.keys()) {
      const b = this.booking(code);
      if (!b || b.date !== isoDate || normalizeFlightCode(b.flightCode) !== key) continue;
      if (b.status === "waiting" || b.status === "pending" || b.status === "issued") held += b.adult + b.child;
    }
    return held;
  }

  seatsLeft(flight: SandboxFlight): number {
    const held = this.heldSeats(flight.code, flight.date);
    const override = this.seatOverrides.get(seatKey(flight.code, flight.date));
    const left = override ? override.seats - (held - override.heldAtSet) : flight.baseSeats - held;
    return Math.max(0, left);
  }

  setSeats(flightCode: string, isoDate: string, seats: number): void {
    const heldAtSet = this.heldSeats(flightCode, isoDate);
    this.seatOverrides.set(seatKey(flightCode, isoDate), { seats: Math.max(0, Math.trunc(seats)), heldAtSet });
  }

  reset(options: { bookings?: boolean } = {}): void {
    this.faults.clear();
    this.latency.clear();
    this.release();
    this.priceChanges.clear();
    this.seatOverrides.clear();
    this.callLog = [];
    if (!options.bookings) return;
    this.bookings.clear();
    this.etiketCache.clear();
    this.credentials = { ...this.initial.credentials };
    this.extraAccounts.clear();
    this.balance = this.initial.balance;
    this.timelimitSeconds = this.initial.timelimitSeconds;
  }
}

function seatKey(flightCode: string, isoDate: string): string {
  return `${normalizeFlightCode(flightCode)}|${isoDate}`;
}
