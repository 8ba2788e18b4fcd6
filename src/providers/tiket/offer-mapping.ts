import { airlineDisplayName } from "../../domain/airline-names.js";
import type { Airport } from "../../domain/airport.js";
import type { FlightOffer, SearchQuery } from "../../domain/flight.js";
import type { SearchRow } from "./wire-schemas.js";
import { airlineCodeOf, arrivalAfter, localInstant, stopsFromText } from "./wire-values.js";
import type { z } from "zod";
import type { airportsSchema } from "./wire-schemas.js";

/** "2016-08-04" or "2016-08-04 15:25:00" → "2016-08-04". */
function dateOf(text: string | undefined): string | undefined {
  const m = /^(\d{4}-\d{2}-\d{2})/.exec(text ?? "");
  return m?.[1];
}

function legsOf(row: SearchRow): number {
  const infos = row.flight_infos;
  return infos && typeof infos === "object" && !Array.isArray(infos) ? infos.flight_info.length : 0;
}

/**
 * One search row as an offer. `ref` is tiket.com's flight_id, the key of every later step. The price
 * is per adult (`price_adult`, else `price_value`). Clock times are local, read in the configured zone.
 */
export function toOffer(row: SearchRow, query: SearchQuery, timeZone: string): FlightOffer | undefined {
  const date = dateOf(row.departure_flight_date) ?? query.date;
  const departsAt = localInstant(date, row.simple_departure_time, timeZone);
  const arrivalDate = dateOf(row.arrival_flight_date);
  const arrivesAt = departsAt && (arrivalDate
    ? localInstant(arrivalDate, row.simple_arrival_time, timeZone)
    : arrivalAfter(departsAt, date, row.simple_arrival_time, timeZone, { from: row.departure_city ?? query.from, to: row.arrival_city ?? query.to }));
  const price = row.price_adult ?? row.price_value;
  if (!departsAt || !arrivesAt || price === undefined || price <= 0) return undefined;
  const legs = legsOf(row);
  const baggage = row.check_in_baggage && /^\d+$/.test(row.check_in_baggage)
    ? `${row.check_in_baggage} ${row.check_in_baggage_unit ?? "Kg"}`
    : row.check_in_baggage;
  return {
    provider: "tiket",
    ref: row.flight_id,
    airlineName: airlineDisplayName(airlineCodeOf(row.flight_number), row.airlines_name),
    airlineCode: airlineCodeOf(row.flight_number),
    flightCode: row.flight_number,
    from: (row.departure_city ?? query.from).toUpperCase(),
    to: (row.arrival_city ?? query.to).toUpperCase(),
    date,
    departsAt,
    arrivesAt,
    // The legs list is exact; the `stop` text is localised ("Langsung", "Nonstop", "1 Transit").
    stops: legs > 0 ? legs - 1 : (stopsFromText(row.stop) ?? 0),
    transitInfo: row.full_via,
    price,
    baggage,
    logoUrl: row.image,
  };
}

export function toAirports(wire: z.output<typeof airportsSchema>): Airport[] {
  const seen = new Map<string, Airport>();
  for (const a of wire.all_airport.airport) {
    const code = a.airport_code.toUpperCase();
    if (/^[A-Z]{3}$/.test(code) && !seen.has(code)) seen.set(code, { code, city: a.location_name ?? a.airport_name ?? code });
  }
  return [...seen.values()];
}
