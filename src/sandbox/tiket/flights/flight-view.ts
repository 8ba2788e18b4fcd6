/**
 * One flight as search (`departures.result[]`) and get_flight_data (`departures`) show it.
 *
 * Decisions on unverified points:
 * - price_value = price_adult = the fare of one adult, taxes included (`airport_tax: true`);
 *   price_child / price_infant are per child / infant, "0.00" unless that type was asked for.
 * - full_via lists every leg ("CGK - SUB (06:00 - 07:30), SUB - DPS (08:20 - 10:15)"); long_via
 *   names the transit airports ("Surabaya (SUB)"), "" for direct flights.
 */
import { durationMinutes, type SandboxFlight } from "./generate-flights.js";
import { durationText, hhmm, localDateTime, money, stopText, type Lang } from "../wire/format.js";

export interface Party {
  adult: number;
  child: number;
  infant: number;
}

export interface Fares {
  adult: number;
  child: number;
  infant: number;
}

/** Per-passenger fares after a price-change delta (adults and children only). */
export function faresOf(flight: SandboxFlight, delta: number): Fares {
  return {
    adult: Math.max(0, flight.priceAdult + delta),
    child: Math.max(0, flight.priceChild + delta),
    infant: flight.priceInfant,
  };
}

export function partyTotal(fares: Fares, party: Party): number {
  return fares.adult * party.adult + fares.child * party.child + fares.infant * party.infant;
}

export interface ViewOptions {
  lang: Lang;
  party: Party;
  fares: Fares;
  /** "yyyy-MM-dd HH:mm:ss" when the sandbox "cached" this result. */
  timestamp: string;
}

export function flightView(flight: SandboxFlight, o: ViewOptions): Record<string, unknown> {
  const first = flight.legs[0];
  const last = flight.legs[flight.legs.length - 1];
  const depart = first?.depart ?? 0;
  const arrive = last?.arrive ?? 0;
  const stops = flight.legs.length - 1;
  const legText = flight.legs.map((l) => `${l.from.code} - ${l.to.code} (${hhmm(l.depart)} - ${hhmm(l.arrive)})`);
  return {
    flight_id: flight.id,
    airlines_name: flight.carrier.searchName,
    flight_number: flight.number,
    departure_city: flight.from.code,
    arrival_city: flight.to.code,
    departure_city_name: flight.from.locationName,
    arrival_city_name: flight.to.locationName,
    price_value: money(o.fares.adult),
    timestamp: o.timestamp,
    price_adult: money(o.fares.adult),
    price_child: money(o.party.child > 0 ? o.fares.child : 0),
    price_infant: money(o.party.infant > 0 ? o.fares.infant : 0),
    simple_departure_time: hhmm(depart),
    simple_arrival_time: hhmm(arrive),
    stop: stopText(stops, o.lang),
    long_via: flight.legs.slice(1).map((l) => `${l.from.locationName} (${l.from.code})`).join(", "),
    full_via: legText.join(", "),
    need_baggage: flight.carrier.needBaggage,
    duration: durationText(durationMinutes(flight), o.lang),
    image: flight.carrier.image,
    has_food: flight.carrier.meals ? "1" : "0",
    check_in_baggage: String(baggageKg(flight)),
    check_in_baggage_unit: "Kg",
    is_promo: 0,
    airport_tax: true,
    best_deal: false,
    markup_price_string: "",
    sss_key: null,
    departure_flight_date: localDateTime(flight.date, depart),
    arrival_flight_date: localDateTime(flight.date, arrive),
    flight_infos: { flight_info: legInfos(flight, o.lang) },
  };
}

function baggageKg(flight: SandboxFlight): number {
  return flight.international && flight.carrier.code === "GA" ? 30 : flight.carrier.baggageKg;
}

function legInfos(flight: SandboxFlight, lang: Lang): Record<string, unknown>[] {
  return flight.legs.map((leg, i) => {
    const minutes = leg.arrive - leg.depart - (leg.to.utcOffset - leg.from.utcOffset) * 60;
    const next = flight.legs[i + 1];
    const transit = next ? next.depart - leg.arrive : 0;
    return {
      flight_number: flight.number,
      class: flight.ticketClass,
      departure_city: leg.from.code,
      departure_city_name: leg.from.locationName,
      arrival_city: leg.to.code,
      arrival_city_name: leg.to.locationName,
      airlines_name: flight.carrier.searchName,
      departure_date_time: localDateTime(flight.date, leg.depart),
      simple_departure_time: hhmm(leg.depart),
      arrival_date_time: localDateTime(flight.date, leg.arrive),
      simple_arrival_time: hhmm(leg.arrive),
      img_src: flight.carrier.image,
      duration_time: minutes * 60,
      duration_hour: `${Math.floor(minutes / 60)}${lang === "en" ? "h" : "j"}`,
      duration_minute: `${minutes % 60}m`,
      check_in_baggage: baggageKg(flight),
      check_in_baggage_unit: "Kg",
      terminal: leg.from.code === "CGK" ? (flight.carrier.code === "GA" ? "3" : "1A") : "",
      transit_duration_hour: Math.floor(transit / 60),
      transit_duration_minute: transit % 60,
      transit_arrival_text_city: next ? next.from.locationName : "",
      transit_arrival_text_time: next ? hhmm(leg.arrive) : "",
    };
  });
}
