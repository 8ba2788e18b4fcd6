import type { OtherFlightBooked } from "../../domain/booked-other-flight.js";
import type { Booking, BookingRequest } from "../../domain/booking.js";
import { echoedDay, sameFlightNumber } from "./price-echo.js";
import type { BookingWire } from "./wire-schemas.js";

/**
 * The booking answer repeats flight_code, flight_from, flight_to and flight_departure (seed §8). When
 * they name another flight, route or day than the form sent, MMBC did hold seats (there is a code), but
 * on that flight: the booking is kept as MMBC describes it, with what was asked beside it, so the agent
 * is told and the bot never issues it (a one-tap payment would ticket a flight nobody chose).
 * The same flight in another spelling ("JT790", "jt 0790") or the same day in any MMBC date form is no
 * difference (price-echo.ts). The flight and route are required by bookingSchema: an answer without one is
 * "outcome unknown" with its code (mmbc-provider.ts), never a booking taken for the one asked.
 */
export function otherFlightBooked(wire: BookingWire, asked: BookingRequest): OtherFlightBooked | undefined {
  // A departure left out (null, "") names no other day: the booking is on the day asked (toBooking).
  const day = wire.flight_departure === undefined ? asked.date : echoedDay(wire.flight_departure);
  const same = sameFlightNumber(wire.flight_code, asked.flightCode)
    && wire.flight_from.toUpperCase() === asked.from.toUpperCase()
    && wire.flight_to.toUpperCase() === asked.to.toUpperCase()
    && day === asked.date;
  if (same) return undefined;
  return {
    asked: { flightCode: asked.flightCode, from: asked.from.toUpperCase(), to: asked.to.toUpperCase(), date: asked.date },
    // A departure no date form reads already failed toBooking; the text is kept bounded all the same.
    booked: { flightCode: wire.flight_code, from: wire.flight_from.toUpperCase(), to: wire.flight_to.toUpperCase(), date: day ?? (wire.flight_departure ?? "").slice(0, 32) },
  };
}

/** The booking with what was asked beside it, when MMBC's answer names another flight, route or day. */
export function withAskedFlight(booking: Booking, wire: BookingWire, asked: BookingRequest): Booking {
  const other = otherFlightBooked(wire, asked);
  return other ? { ...booking, otherFlight: other } : booking;
}
