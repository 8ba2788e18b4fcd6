import { normalizeFlightNumber } from "../data/airlines.js";
import type { TiketOrder, TiketSandboxControls } from "../types.js";
import { validIsoDate } from "../wire/format.js";
import { isUnpaid, issueOrder } from "./order-lifecycle.js";
import type { TiketState } from "./tiket-state.js";

export class UnknownOrderError extends Error {
  constructor(orderId: string) {
    super(`unknown order ${orderId}`);
    this.name = "UnknownOrderError";
  }
}

/** The in-process test knobs; the /__sandbox HTTP routes call the same object. */
export function createControls(state: TiketState): TiketSandboxControls {
  const mustFind = (orderId: string): TiketOrder => {
    const order = state.order(orderId);
    if (!order) throw new UnknownOrderError(orderId);
    return order;
  };
  return {
    setLatency(endpoint, ms) {
      if (ms > 0) state.latency.set(endpoint, ms);
      else state.latency.delete(endpoint);
    },
    setFault(endpoint, fault, times) {
      if (!fault || (times !== undefined && times <= 0)) state.faults.delete(endpoint);
      else state.faults.set(endpoint, times === undefined ? { fault } : { fault, remaining: Math.trunc(times) });
    },
    setDeposit(rupiah) {
      state.deposit = Math.max(0, Math.trunc(rupiah));
    },
    getDeposit: () => state.deposit,
    setPriceChange(flightNumber, delta) {
      const key = flightNumber === "*" ? "*" : normalizeFlightNumber(flightNumber);
      if (delta === 0) state.priceChanges.delete(key);
      else state.priceChanges.set(key, Math.trunc(delta));
    },
    setSeats(flightNumber, date, seats) {
      const iso = validIsoDate(date);
      if (!iso) throw new Error(`bad date ${date}: use yyyy-mm-dd`);
      state.setSeats(flightNumber, iso, seats);
    },
    expireOrder(orderId) {
      const order = mustFind(orderId);
      if (!isUnpaid(order) && order.paymentStatus !== "expired") throw new Error(`order ${orderId} is already paid`);
      order.expiresAt = Math.min(order.expiresAt, state.now());
      state.order(orderId);
    },
    // Paid "outside the API" (another channel): the deposit is not touched.
    issueExternally(orderId) {
      const order = mustFind(orderId);
      if (order.ticketStatus === "issued") return;
      const now = state.now();
      order.issuedExternally = true;
      order.paidAt ??= now;
      order.grandTotal ??= order.details.filter((d) => d.status === "active").reduce((s, d) => s + d.price, 0);
      issueOrder(order, now);
    },
    getOrder(orderId) {
      const order = state.order(orderId);
      return order ? structuredClone(order) : undefined;
    },
    captchaAnswer: (sessionId) => state.captchas.get(sessionId)?.answer,
    captchaSessions: () => [...state.captchas.keys()],
    setSearchRefreshMs(ms) {
      state.searchRefreshMs = Math.max(0, ms);
    },
    setOrderExpirySeconds(seconds) {
      state.orderExpirySeconds = Math.max(0, seconds);
    },
    setIssueDelayMs(ms) {
      state.issueDelayMs = Math.max(0, ms);
    },
    setDepositCharge(rupiah) {
      state.depositCharge = Math.max(0, Math.trunc(rupiah));
    },
    calls: (endpoint) => state.callLog.filter((c) => !endpoint || c.endpoint === endpoint).map((c) => structuredClone(c)),
    callCount: (endpoint) => state.callLog.filter((c) => c.endpoint === endpoint).length,
    reset: (options) => state.reset(options),
  };
}
