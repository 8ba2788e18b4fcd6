import type { SandboxBooking } from "../types.js";
import { DEADLINE_ZONE, isoDateInZone, wireDateTime } from "../wire-format.js";
import type { SandboxState } from "./sandbox-state.js";

export interface BookingSeed {
  code: string;
  /** Precise instant (ms) after which the waiting booking reads as expired. */
  timelimitAt: number;
}

const CODE = /^[A-Z0-9]{4,10}$/;

/**
 * Adds waiting bookings straight into the state, for load tests that need thousands at once:
 * postbooking-json counts held seats over every booking (O(n) per booking) and draws random codes.
 * Each is the same placeholder (Lion Air CGK→SUB a week later, one adult) with no seats held and
 * no deposit touched; only its code and timelimit differ. All-or-nothing on a bad or taken code.
 */
export function seedBookings(state: SandboxState, seeds: readonly BookingSeed[]): number {
  const seen = new Set<string>();
  for (const { code, timelimitAt } of seeds) {
    if (!CODE.test(code) || !Number.isFinite(timelimitAt)) throw new Error(`bad seed ${code}: code [A-Z0-9]{4,10}, timelimitAt in ms`);
    if (state.bookings.has(code) || seen.has(code)) throw new Error(`booking ${code} already exists`);
    seen.add(code);
  }
  const now = state.now();
  const date = isoDateInZone(now + 7 * 86_400_000, state.timeZone);
  for (const { code, timelimitAt } of seeds) state.bookings.set(code, placeholder(code, timelimitAt, now, date));
  return seeds.length;
}

function placeholder(code: string, timelimitAt: number, now: number, date: string): SandboxBooking {
  return {
    code, status: "waiting", airline: "Lion Air", airlineCode: "JT", flightCode: "JT-610", from: "CGK", to: "SUB", date,
    departTime: "07:00", arriveTime: "08:30", transit: "Nonstop", flightClass: "T", adult: 1, child: 0, infant: 0,
    passengers: [{ title: "MR", fullName: "Budi Santoso", type: "Adult", dob: "", passportNumber: "", passportExpired: "", baggage: "20" }],
    email: "budi@example.com", phone: "081234567890", publishFare: 900_000, tax: 100_000, totalFare: 1_000_000, nta: 970_000, commission: 30_000,
    createdAt: now, timelimitAt,
    // Only postbooking-json replays `response`, and seeded bookings never went through it.
    response: { result: "ok", kodebooking: code, flight_timelimit: wireDateTime(timelimitAt, DEADLINE_ZONE, true), flight_statusbooking: "waiting" },
  };
}
