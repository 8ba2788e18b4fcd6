import { findCity } from "../data/cities.js";
import { generateFlights, type SandboxFlight } from "../flights/generate-flights.js";
import { failReply, jsonReply, type EndpointHandler } from "../http/reply.js";
import type { SandboxState } from "../state/sandbox-state.js";
import type { PerAirlineEndpoint } from "../types.js";
import { daysBetween, isoDateInZone, parseRequestDate } from "../wire-format.js";

export type SearchOutcome =
  | { ok: true; from: string; to: string; isoDate: string; flights: SandboxFlight[] }
  | { ok: false; reason: "data invalid" | "no result" };

/** Checks from/to/date like the search does: unknown code, same city, bad, past or far date → no result. */
export function searchRoute(state: SandboxState, params: Record<string, string>): SearchOutcome {
  const from = params.from?.trim().toUpperCase();
  const to = params.to?.trim().toUpperCase();
  const date = params.date?.trim();
  if (!from || !to || !date) return { ok: false, reason: "data invalid" };
  const isoDate = parseRequestDate(date);
  if (!isoDate || !findCity(from) || !findCity(to) || from === to) return { ok: false, reason: "no result" };
  const ahead = daysBetween(isoDateInZone(state.now(), state.timeZone), isoDate);
  if (ahead < 0 || ahead > 365) return { ok: false, reason: "no result" };
  const flights = generateFlights(from, to, isoDate);
  return flights.length > 0 ? { ok: true, from, to, isoDate, flights } : { ok: false, reason: "no result" };
}

export const getFlights: EndpointHandler = ({ state, params }) => {
  const outcome = searchRoute(state, params);
  if (!outcome.ok) return failReply(outcome.reason);
  return jsonReply(
    outcome.flights.map((f) => ({
      flight: f.carrier.name,
      flight_code: f.code,
      flight_image: f.carrier.image,
      flight_from: f.from.code,
      flight_to: f.to.code,
      flight_route: `${f.from.code}-${f.to.code}`,
      flight_date: f.date,
      flight_transit: f.transit,
      flight_infotransit: f.infotransit,
      flight_datetime: `${f.departTime} - ${f.arriveTime}`,
      flight_price: String(f.publish + f.adultTax),
      // AirAsia only prices the fare before tax at booking time.
      flight_publishfare: f.carrier.code === "QZ" ? 0 : String(f.publish),
      flight_baggage: f.baggage,
      flight_facilities: f.facilities,
    })),
  );
};

export function perAirlineSearch(endpoint: PerAirlineEndpoint): EndpointHandler {
  return ({ state, params }) => {
    const outcome = searchRoute(state, params);
    const flights = outcome.ok ? outcome.flights.filter((f) => f.carrier.perAirline === endpoint) : [];
    if (flights.length === 0) return failReply("failed to receive data");
    return jsonReply(
      flights.map((f) => ({
        flight: f.carrier.name,
        flight_code: f.code,
        flight_route: `${f.from.code}-${f.to.code}`,
        flight_transit: f.transit,
        flight_datetime: `${f.departTime} - ${f.arriveTime}`,
        flight_price: String(f.publish + f.adultTax),
      })),
    );
  };
}
