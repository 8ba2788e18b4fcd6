import { randomBytes } from "node:crypto";
import { normalizeFlightNumber } from "../data/airlines.js";
import type { EndpointName, Fault, FaultTarget, TiketCall, TiketOrder, TiketSandboxCredentials } from "../types.js";
import { refreshOrder } from "./order-lifecycle.js";

export interface StateSettings {
  credentials: TiketSandboxCredentials;
  deposit: number;
  orderExpirySeconds: number;
  issueDelayMs: number;
  searchRefreshMs: number;
  timeZone: string;
  now: () => number;
}

export interface SearchParty {
  adult: number;
  child: number;
  infant: number;
}

/** What one token (= one cart / booking session) remembers. */
export interface TokenSession {
  token: string;
  createdAt: number;
  /** Set once a checkout payment was placed: the token is spent. */
  consumedAt?: number;
  loggedIn: boolean;
  guestId?: string;
  loginEmail?: string;
  orderId?: string;
  checkoutPageDone: boolean;
  lastParty?: SearchParty;
  /** route key → how many flights the last search of this token showed. */
  seen: Map<string, number>;
  /** The flight ids the last search of this token showed: the only ones get_flight_data prices on it. */
  shown: Set<string>;
  /** The flight ids get_flight_data priced on this token: the only ones add-order puts in its cart. */
  priced: Set<string>;
}

export interface CaptchaSession {
  answer: string;
  token: string;
  used: boolean;
}

interface FaultEntry {
  fault: Fault;
  remaining?: number;
}

interface SeatOverride {
  seats: number;
  heldAtSet: number;
}

const SECRET_PARAMS = new Set(["secretkey", "confirmkey"]);

export class TiketState {
  credentials: TiketSandboxCredentials;
  deposit: number;
  orderExpirySeconds: number;
  issueDelayMs: number;
  searchRefreshMs: number;
  /** A fee on deposit payments (payment_charge): 0 unless a test sets one. */
  depositCharge = 0;
  readonly timeZone: string;
  readonly now: () => number;
  readonly tokens = new Map<string, TokenSession>();
  readonly orders = new Map<string, TiketOrder>();
  readonly captchas = new Map<string, CaptchaSession>();
  /** route key → instant from which its search results are complete. */
  readonly routeCompleteAt = new Map<string, number>();
  readonly faults = new Map<FaultTarget, FaultEntry>();
  readonly latency = new Map<FaultTarget, number>();
  readonly priceChanges = new Map<string, number>();
  readonly seatOverrides = new Map<string, SeatOverride>();
  readonly etiketCache = new Map<string, Uint8Array>();
  callLog: TiketCall[] = [];
  private counter = 0;

  constructor(private readonly initial: StateSettings) {
    this.credentials = { ...initial.credentials };
    this.deposit = initial.deposit;
    this.orderExpirySeconds = initial.orderExpirySeconds;
    this.issueDelayMs = initial.issueDelayMs;
    this.searchRefreshMs = initial.searchRefreshMs;
    this.timeZone = initial.timeZone;
    this.now = initial.now;
  }

  /** Ids look like the docs' (order 20604252, detail 8092570) and never repeat within a run. */
  nextId(kind: "order" | "detail" | "passenger" | "guest"): string {
    this.counter += 1;
    const base = { order: 20_604_252, detail: 8_092_570, passenger: 3_079_516, guest: 167_023 }[kind];
    return String(base + this.counter * 7);
  }

  newToken(): TokenSession {
    const token = randomBytes(20).toString("hex");
    const session: TokenSession = { token, createdAt: this.now(), loggedIn: false, checkoutPageDone: false, seen: new Map(), shown: new Set(), priced: new Set() };
    this.tokens.set(token, session);
    return session;
  }

  record(endpoint: EndpointName, params: Record<string, string>, userAgent: string): void {
    const redacted = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, SECRET_PARAMS.has(k) ? "***" : v]));
    this.callLog.push({ endpoint, params: redacted, userAgent, at: this.now() });
  }

  /** The fault for this call (specific target first, then the name, then "*"), consuming one of its `times`. */
  takeFault(targets: FaultTarget[]): Fault | undefined {
    const key = [...targets, "*" as const].find((t) => this.faults.has(t));
    const entry = key === undefined ? undefined : this.faults.get(key);
    if (!entry || key === undefined) return undefined;
    if (entry.remaining !== undefined) {
      entry.remaining -= 1;
      if (entry.remaining <= 0) this.faults.delete(key);
    }
    return entry.fault;
  }

  latencyFor(targets: FaultTarget[]): number {
    for (const t of [...targets, "*" as const]) {
      const ms = this.latency.get(t);
      if (ms !== undefined) return ms;
    }
    return 0;
  }

  priceDelta(flightNumber: string): number {
    return this.priceChanges.get(normalizeFlightNumber(flightNumber)) ?? this.priceChanges.get("*") ?? 0;
  }

  /** Looks an order up after moving it along its clock (expiry, issuing). */
  order(orderId: string): TiketOrder | undefined {
    const order = this.orders.get(orderId.trim());
    if (order) refreshOrder(order, this);
    return order;
  }

  /** Seats held by live orders on that flight; infants sit on a lap. */
  heldSeats(flightNumber: string, date: string): number {
    const key = normalizeFlightNumber(flightNumber);
    let held = 0;
    for (const id of this.orders.keys()) {
      const order = this.order(id);
      if (!order || order.paymentStatus === "expired") continue;
      for (const d of order.details) {
        if (d.status === "active" && d.date === date && normalizeFlightNumber(d.flightNumber) === key) {
          held += d.adult + d.child;
        }
      }
    }
    return held;
  }

  seatsLeft(flightNumber: string, date: string, baseSeats: number): number {
    const held = this.heldSeats(flightNumber, date);
    const override = this.seatOverrides.get(seatKey(flightNumber, date));
    return Math.max(0, override ? override.seats - (held - override.heldAtSet) : baseSeats - held);
  }

  setSeats(flightNumber: string, date: string, seats: number): void {
    const heldAtSet = this.heldSeats(flightNumber, date);
    this.seatOverrides.set(seatKey(flightNumber, date), { seats: Math.max(0, Math.trunc(seats)), heldAtSet });
  }

  reset(options: { orders?: boolean } = {}): void {
    this.faults.clear();
    this.latency.clear();
    this.priceChanges.clear();
    this.seatOverrides.clear();
    this.depositCharge = 0;
    this.callLog = [];
    if (!options.orders) return;
    this.tokens.clear();
    this.orders.clear();
    this.captchas.clear();
    this.routeCompleteAt.clear();
    this.etiketCache.clear();
    this.credentials = { ...this.initial.credentials };
    this.deposit = this.initial.deposit;
    this.orderExpirySeconds = this.initial.orderExpirySeconds;
    this.issueDelayMs = this.initial.issueDelayMs;
    this.searchRefreshMs = this.initial.searchRefreshMs;
  }
}

function seatKey(flightNumber: string, date: string): string {
  return `${normalizeFlightNumber(flightNumber)}|${date}`;
}
