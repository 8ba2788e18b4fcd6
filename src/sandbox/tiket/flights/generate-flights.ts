import { createRng, type Rng } from "../../mmbc/flights/prng.js";
import { blockMinutes, distanceKm } from "../../mmbc/flights/route-geometry.js";
import { CARRIERS, type Carrier } from "../data/airlines.js";
import { AIRPORTS, HUBS, airportIndex, findAirport, type Airport } from "../data/airports.js";
import { decodeFlightId, encodeFlightId } from "./flight-id.js";

export interface Leg {
  from: Airport;
  to: Airport;
  /** Minutes after midnight of the flight date, origin local time. */
  depart: number;
  /** Minutes after midnight of the flight date, destination local time (may pass 1440). */
  arrive: number;
}

export interface SandboxFlight {
  id: string;
  index: number;
  carrier: Carrier;
  /** "JT-568" */
  number: string;
  from: Airport;
  to: Airport;
  /** yyyy-mm-dd, local departure date. */
  date: string;
  legs: Leg[];
  international: boolean;
  /** Per passenger, taxes included, before any price-change control. */
  priceAdult: number;
  priceChild: number;
  priceInfant: number;
  baseSeats: number;
  ticketClass: string;
}

const CLASSES = ["X", "V", "T", "Q", "N", "M", "L", "K", "H", "B"] as const;

/** Same route and date → same flights (seeded by route and date). */
export function generateFlights(fromCode: string, toCode: string, date: string): SandboxFlight[] {
  const from = findAirport(fromCode);
  const to = findAirport(toCode);
  if (!from || !to || from.code === to.code) return [];
  const rng = createRng(`tiket|${from.code}|${to.code}|${date}`);
  const international = from.international || to.international;
  const thin = !isHub(from.code) || !isHub(to.code);
  const count = international ? rng.int(4, 8) : thin ? rng.int(3, 7) : rng.int(8, 14);
  const taken = new Set<string>();
  const flights: SandboxFlight[] = [];
  for (let index = 0; index < count; index++) {
    const carrier = pickCarrier(rng, international, thin);
    flights.push(makeFlight(rng, { carrier, from, to, date, international, index, taken }));
  }
  return flights.sort((a, b) => (a.legs[0]?.depart ?? 0) - (b.legs[0]?.depart ?? 0) || a.index - b.index);
}

export function findFlightById(id: string): SandboxFlight | undefined {
  const key = decodeFlightId(id);
  const from = key && AIRPORTS[key.fromIndex];
  const to = key && AIRPORTS[key.toIndex];
  if (!key || !from || !to) return undefined;
  return generateFlights(from.code, to.code, key.date).find((f) => f.id === id.trim());
}

/** Real flying minutes, whatever the zones. */
export function durationMinutes(flight: SandboxFlight): number {
  const first = flight.legs[0];
  const last = flight.legs[flight.legs.length - 1];
  if (!first || !last) return 0;
  return last.arrive - first.depart - (flight.to.utcOffset - flight.from.utcOffset) * 60;
}

function isHub(code: string): boolean {
  return (HUBS as readonly string[]).includes(code);
}

function pickCarrier(rng: Rng, international: boolean, thin: boolean): Carrier {
  const weight = (c: Carrier): number =>
    international ? c.internationalWeight : c.domesticWeight * (c.regional ? (thin ? 3 : 0.5) : 1);
  return rng.weighted(CARRIERS.filter((c) => weight(c) > 0), weight);
}

interface FlightInput {
  carrier: Carrier;
  from: Airport;
  to: Airport;
  date: string;
  international: boolean;
  index: number;
  taken: Set<string>;
}

function makeFlight(rng: Rng, input: FlightInput): SandboxFlight {
  const { carrier, from, to, international, index } = input;
  const km = distanceKm(from, to);
  const nonstopChance = km > 2500 ? 0.4 : 0.8;
  const via = rng.chance(nonstopChance) ? undefined : pickHub(from, to);
  const path = via ? [from, via, to] : [from, to];
  // One late departure per day so some arrivals print past midnight.
  const depart = index === 0 ? rng.int(258, 270) * 5 : rng.int(60, via ? 230 : 268) * 5;
  const legs = buildLegs(rng, path, depart);
  const base = international ? 800_000 + km * 420 : 250_000 + km * 330;
  const raw = base * carrier.fareFactor * rng.between(0.85, 1.35) * (via ? 1.1 : 1);
  const [min, max] = international ? [900_000, 9_000_000] : [350_000, 3_500_000];
  const priceAdult = round100(Math.min(max, Math.max(min, raw)));
  return {
    id: encodeFlightId({ fromIndex: airportIndex(from.code), toIndex: airportIndex(to.code), date: input.date, index }),
    index,
    carrier,
    number: uniqueNumber(rng, carrier, input.taken),
    from,
    to,
    date: input.date,
    legs,
    international,
    priceAdult,
    priceChild: round100(priceAdult * 0.75),
    priceInfant: round100(priceAdult * 0.1),
    baseSeats: rng.int(9, 40),
    ticketClass: rng.pick(CLASSES),
  };
}

/** The hub with the least detour, if it is on the way at all. */
function pickHub(from: Airport, to: Airport): Airport | undefined {
  const direct = distanceKm(from, to);
  const candidates = HUBS.filter((c) => c !== from.code && c !== to.code)
    .map((c) => findAirport(c))
    .filter((a): a is Airport => a !== undefined)
    .map((hub) => ({ hub, detour: distanceKm(from, hub) + distanceKm(hub, to) - direct }))
    .sort((a, b) => a.detour - b.detour);
  const best = candidates[0];
  return best && best.detour <= Math.max(500, direct * 0.5) ? best.hub : undefined;
}

function buildLegs(rng: Rng, stops: Airport[], departMinutes: number): Leg[] {
  const legs: Leg[] = [];
  let depart = departMinutes;
  for (let i = 0; i + 1 < stops.length; i++) {
    const from = stops[i];
    const to = stops[i + 1];
    if (!from || !to) break;
    const zoneShift = (to.utcOffset - from.utcOffset) * 60;
    // A westward hop must still land after it left on the local clocks.
    const block = Math.max(blockMinutes(from, to), 30 - zoneShift);
    const arrive = depart + block + zoneShift;
    legs.push({ from, to, depart, arrive });
    depart = arrive + rng.int(9, 24) * 5;
  }
  return legs;
}

function uniqueNumber(rng: Rng, carrier: Carrier, taken: Set<string>): string {
  const [min, max] = carrier.numberRange;
  for (;;) {
    const number = `${carrier.code}-${rng.int(min, max)}`;
    if (!taken.has(number)) {
      taken.add(number);
      return number;
    }
  }
}

export function round100(n: number): number {
  return Math.round(n / 100) * 100;
}
