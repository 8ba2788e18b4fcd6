import { ProviderError } from "../../domain/errors.js";
import type { PaxCount } from "../../domain/passenger.js";
import { localDate, parseWireDateTime } from "./wire-values.js";

/** What a price answer says it priced (the seed's example echoes flight_code, route, date and party); undefined when absent or empty. */
export interface PriceEcho {
  flight_code: string;
  /** Upper-cased IATA codes (wire-codes.ts); undefined when absent or empty. */
  flight_from?: string;
  flight_to?: string;
  flight_date?: string;
  adult?: number;
  child?: number;
  infant?: number;
}

/** What was asked: the offer's flight, route and departure day (yyyy-mm-dd), and the party. */
export interface PriceAsked {
  flightCode: string;
  from: string;
  to: string;
  date: string;
}

/**
 * The price answer echoes what it priced; `totalfare` is for that party on that flight, route and day.
 * An echo that names another party (a one-adult fare for a family), flight, airport or day would be
 * shown and booked as this party's total, so it is refused.
 *
 * Absent echoes: the seed's field list and example both carry flight_from, flight_to and flight_date
 * (only flight_infotransit and flight_class are optional, spec §7), so an answer without one (or with
 * a date no form of the spec reads) cannot be tied to the flight asked and is refused too: refusing
 * books nothing and the agent can price again, while trusting it could book another day's fare.
 * The counts the same way: the field list and the example carry adult, child and infant (every one, zeros
 * included), and `totalfare` is "for the whole party", so an answer leaving one out (or empty) says nothing
 * of whose total it is, maybe one adult's for a family, and is refused like one naming another party.
 */
export function checkPriceEcho(wire: PriceEcho, asked: PriceAsked, pax: PaxCount): void {
  const echoed = { adult: wire.adult, child: wire.child, infant: wire.infant };
  const party = (Object.keys(echoed) as (keyof PaxCount)[]).filter((k) => echoed[k] !== pax[k]);
  const day = wire.flight_date === undefined ? undefined : echoedDay(wire.flight_date);
  const sameFlight = sameFlightNumber(wire.flight_code, asked.flightCode)
    && wire.flight_from === asked.from.toUpperCase()
    && wire.flight_to === asked.to.toUpperCase()
    && day === asked.date;
  if (party.length === 0 && sameFlight) return;
  // For logs only; a date echo is bounded, whatever its length.
  const show = (v: string | number | undefined) => (v === undefined ? "-" : String(v).slice(0, 32));
  const want = `${asked.flightCode} ${asked.from}-${asked.to} ${asked.date} ${pax.adult}/${pax.child}/${pax.infant}`;
  const got = `${wire.flight_code} ${show(wire.flight_from)}-${show(wire.flight_to)} ${show(wire.flight_date)} ${show(wire.adult)}/${show(wire.child)}/${show(wire.infant)}`;
  throw new ProviderError("price_mismatch", `price answer is for ${got}, not the ${want} asked`, { endpoint: "getprice-json", raw: got });
}

/**
 * The calendar day an echoed flight_date names, yyyy-mm-dd: the seed's "2016-05-27", and the other forms
 * MMBC dates take (dd-mm-yyyy, "27 May 2016", "27 Mei 2016 06:00"). Read in UTC both ways, so the day is
 * the one printed, whatever the zone; undefined when it is not a date.
 */
export function echoedDay(text: string): string | undefined {
  const iso = parseWireDateTime(text, "UTC");
  return iso === undefined ? undefined : localDate(iso, "UTC");
}

/** "JT-748", "JT748", "jt 0748" are one flight: the designator, then the number without leading zeros. */
export function sameFlightNumber(a: string, b: string): boolean {
  return flightKey(a) === flightKey(b);
}

function flightKey(code: string): string {
  const s = code.replace(/[\s-]/g, "").toUpperCase();
  const m = /^([A-Z0-9]{2})0*(\d{1,4}[A-Z]?)$/.exec(s);
  return m ? `${m[1]}${m[2]}` : s;
}
