import { airlineDisplayName } from "../../domain/airline-names.js";
import type { Booking, BookingRequest } from "../../domain/booking.js";
import type { OrderWire } from "./wire-schemas.js";
import { airlineCodeOf, arrivalAfter, localInstant, stopsFromText, wireFlightClock, wireInstant } from "./wire-values.js";

/** No expiry on the wire at all: the shortest hold the docs mention for flights (policies text: 60 min). */
const FALLBACK_HOLD_MINUTES = 60;
/**
 * `expire`'s unit is inferred (spec: "apparently minutes"). A countdown above a day of minutes is not a
 * flight hold, so it is read as seconds: if the inference is wrong that way, the agent is reminded
 * early rather than told a deadline that has already passed.
 */
const LONGEST_HOLD_MINUTES = 24 * 60;

/** "06:15" with the flight date, or a full "2013-06-18 06:15:00". */
function instantOf(time: string | undefined, date: string, timeZone: string): string | undefined {
  if (!time) return undefined;
  return /^\d{4}-\d{2}-\d{2}/.test(time) ? wireFlightClock(time, timeZone) : localInstant(date, time, timeZone);
}

/**
 * The order deadline: `order_expire_datetime` (newer data), else the `expire` countdown in minutes,
 * else a conservative hour. `fromWire` says whether the API gave it.
 * The expiry is WIB on the wire whatever the display zone, which callers still pass and which is unused.
 */
export function orderDeadline(order: OrderWire, now: Date, _displayZone?: string): { at: string; fromWire: boolean } {
  const first = order.data[0];
  const stamp = wireInstant(order.order_expire_datetime ?? first?.order_expire_datetime);
  if (stamp) return { at: stamp, fromWire: true };
  const countdown = Number(first?.expire);
  if (Number.isFinite(countdown) && countdown > 0) {
    const ms = countdown > LONGEST_HOLD_MINUTES ? countdown * 1000 : countdown * 60_000;
    return { at: new Date(now.getTime() + ms).toISOString(), fromWire: true };
  }
  return { at: new Date(now.getTime() + FALLBACK_HOLD_MINUTES * 60_000).toISOString(), fromWire: false };
}

export function toBooking(order: OrderWire, r: BookingRequest, contact: { first: string; last: string; email: string; phone: string }, timelimit: string, timeZone: string): Booking {
  const detail = order.data[0]?.detail;
  // `flight_date` may be "25 Jun 2014"; `real_flight_date` (newer data) is yyyy-mm-dd.
  const date = [detail?.real_flight_date, detail?.flight_date].find((d) => d && /^\d{4}-\d{2}-\d{2}$/.test(d)) ?? r.date;
  const departsAt = instantOf(detail?.departure_time, date, timeZone) ?? localInstant(r.date, "00:00", timeZone)!;
  const sum = order.data.reduce((s, d) => s + (d.customer_price ?? 0), 0);
  const total = order.total ?? sum;
  const tax = order.total_tax ?? 0;
  return {
    provider: "tiket",
    code: order.order_id,
    airlineName: airlineDisplayName(airlineCodeOf(detail?.flight_number ?? r.flightCode), detail?.airlines_name ?? ""),
    flightCode: detail?.flight_number ?? r.flightCode,
    from: (detail?.departure_city ?? r.from).toUpperCase(),
    to: (detail?.arrival_city ?? r.to).toUpperCase(),
    departsAt,
    // "00:50" after a 22:05 departure is the next day (the cart gives clock times only).
    arrivesAt: detail?.arrival_time && !/^\d{4}-\d{2}-\d{2}/.test(detail.arrival_time)
      ? arrivalAfter(departsAt, date, detail.arrival_time, timeZone, { from: detail?.departure_city ?? r.from, to: detail?.arrival_city ?? r.to })
      : instantOf(detail?.arrival_time, date, timeZone),
    stops: stopsFromText(detail?.stop) ?? 0,
    flightClass: detail?.ticket_class,
    passengers: r.passengers.map((p) => ({
      title: p.title, fullName: p.fullName.trim().replace(/\s+/g, " "), type: p.type, birthDate: p.birthDate, passportNumber: p.passport?.number,
    })),
    contact: { fullName: `${contact.first} ${contact.last}`, email: contact.email, phone: contact.phone },
    // Deposit partners pay the customer price; the API states no separate net fare or commission.
    fares: { publish: order.total_without_tax ?? total - tax, tax, total, nta: total, commission: 0 },
    timelimit,
    status: "waiting",
  };
}
