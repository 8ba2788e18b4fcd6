import { normalizeFlightCode } from "../flights/generate-flights.js";
import type { SandboxBooking, SandboxControls } from "../types.js";
import { normalizeDate } from "../wire-format.js";
import { markIssued } from "./issue-booking.js";
import type { SandboxState } from "./sandbox-state.js";
import { seedBookings } from "./seed-bookings.js";

export class UnknownBookingError extends Error {
  constructor(code: string) {
    super(`unknown booking ${code}`);
    this.name = "UnknownBookingError";
  }
}

/** The in-process test knobs; the /__sandbox HTTP routes call the same object. */
export function createControls(state: SandboxState): SandboxControls {
  const mustFind = (code: string): SandboxBooking => {
    const booking = state.booking(code);
    if (!booking) throw new UnknownBookingError(code);
    return booking;
  };
  return {
    setLatency(endpoint, ms) {
      if (ms > 0) state.latency.set(endpoint, ms);
      else state.latency.delete(endpoint);
    },
    hold: (endpoint) => state.hold(endpoint),
    release: (endpoint) => state.release(endpoint),
    setFault(endpoint, fault, times) {
      if (!fault || (times !== undefined && times <= 0)) state.faults.delete(endpoint);
      else state.faults.set(endpoint, times === undefined ? { fault } : { fault, remaining: Math.trunc(times) });
    },
    setTimelimitSeconds(seconds) {
      state.timelimitSeconds = Math.max(0, seconds);
    },
    setBalance(rupiah) {
      state.balance = Math.max(0, Math.trunc(rupiah));
    },
    getBalance: () => state.balance,
    addAccount(credentials) {
      state.extraAccounts.set(credentials.username, credentials.password);
    },
    setCredentials(credentials) {
      state.credentials = { username: credentials.username, password: credentials.password };
    },
    setPriceChange(flightCode, deltaPerPax) {
      const key = flightCode === "*" ? "*" : normalizeFlightCode(flightCode);
      if (deltaPerPax === 0) state.priceChanges.delete(key);
      else state.priceChanges.set(key, Math.trunc(deltaPerPax));
    },
    setSeats(flightCode, date, seats) {
      const iso = normalizeDate(date);
      if (!iso) throw new Error(`bad date ${date}: use dd-mm-yyyy or yyyy-mm-dd`);
      state.setSeats(flightCode, iso, seats);
    },
    // Done "outside the bot" (another channel): the agent's deposit is not touched.
    issueExternally(code) {
      const booking = mustFind(code);
      if (booking.status !== "issued") markIssued(booking, state.now());
    },
    cancelExternally(code) {
      mustFind(code).status = "cancel";
    },
    pendExternally(code) {
      mustFind(code).status = "pending";
    },
    getBooking(code) {
      const booking = state.booking(code);
      return booking ? structuredClone(booking) : undefined;
    },
    seedBookings: (seeds) => seedBookings(state, seeds),
    calls: (endpoint) => state.callLog.filter((c) => !endpoint || c.endpoint === endpoint).map((c) => structuredClone(c)),
    callCount: (endpoint) => state.callLog.filter((c) => c.endpoint === endpoint).length,
    reset: (options) => state.reset(options),
  };
}
