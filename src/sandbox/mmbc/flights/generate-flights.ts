import { CARRIERS, type Carrier } from "../data/airlines.js";
import { findCity, type SandboxCity } from "../data/cities.js";
import { hhmm } from "../wire-format.js";
import { createRng, type Rng } from "./prng.js";
import { buildLegs, distanceKm, isHub, pickTransits, type Leg } from "./route-geometry.js";

export interface SandboxFlight {
  carrier: Carrier;
  /** "JT-690" */
  code: string;
  from: SandboxCity;
  to: SandboxCity;
  /** yyyy-mm-dd */
  date: string;
  legs: Leg[];
  transit: string;
  departTime: string;
  arriveTime: string;
  infotransit: string;
  international: boolean;
  /** Per adult, before tax. */
  publish: number;
  adultTax: number;
  childTax: number;
  baggage: string;
  facilities: string;
  baseSeats: number;
  flightClass: string;
}

const CLASSES = ["X", "V", "T", "Q", "N", "M", "L", "K", "H", "B"] as const;

/** Same route and date → same flights (seeded by from+to+date). */
export function generateFlights(fromCode: string, toCode: string, isoDate: string): SandboxFlight[] {
  const from = findCity(fromCode);
  const to = findCity(toCode);
  if (!from || !to || from.code === to.code) return [];
  const rng = createRng(`${from.code}${to.code}${isoDate}`);
  const international = from.international || to.international;
  const count = rng.int(6, 14);
  const taken = new Set<string>();
  const flights: SandboxFlight[] = [];
  for (let i = 0; i < count; i++) {
    const avoid = i < 3 ? new Set(flights.map((f) => f.carrier.code)) : new Set<string>();
    const carrier = pickCarrier(rng, from, to, international, avoid);
    // One late departure per day so some arrivals print past midnight ("22:10 - 01:05").
    const late = i === 0;
    flights.push(makeFlight(rng, { carrier, from, to, isoDate, international, late, taken }));
  }
  return flights.sort((a, b) => (a.legs[0]?.depart ?? 0) - (b.legs[0]?.depart ?? 0) || a.code.localeCompare(b.code));
}

export function normalizeFlightCode(code: string): string {
  return code.replace(/[\s-]/g, "").toUpperCase();
}

export function findFlight(from: string, to: string, isoDate: string, code: string): SandboxFlight | undefined {
  const wanted = normalizeFlightCode(code);
  return generateFlights(from, to, isoDate).find((f) => normalizeFlightCode(f.code) === wanted);
}

function pickCarrier(rng: Rng, from: SandboxCity, to: SandboxCity, intl: boolean, avoid: Set<string>): Carrier {
  const thinRoute = !isHub(from.code) || !isHub(to.code);
  // Small-aircraft carriers serve short thin routes, rarely long ones.
  const regionalBoost = distanceKm(from, to) > 1500 ? 0.3 : thinRoute ? 3 : 1;
  const weight = (c: Carrier): number => {
    if (avoid.has(c.code)) return 0;
    if (intl) return c.internationalWeight;
    return c.domesticWeight * (c.regional ? regionalBoost : 1);
  };
  const usable = CARRIERS.filter((c) => weight(c) > 0);
  return usable.length > 0 ? rng.weighted(usable, weight) : rng.weighted(CARRIERS, (c) => (intl ? c.internationalWeight : c.domesticWeight));
}

interface FlightInput {
  carrier: Carrier;
  from: SandboxCity;
  to: SandboxCity;
  isoDate: string;
  international: boolean;
  late: boolean;
  taken: Set<string>;
}

function makeFlight(rng: Rng, input: FlightInput): SandboxFlight {
  const { carrier, from, to, international } = input;
  const km = distanceKm(from, to);
  const thin = !isHub(from.code) || !isHub(to.code);
  const nonstopChance = km > 2500 || (thin && km > 1200) ? 0.35 : 0.75;
  const stops = rng.chance(nonstopChance) ? 0 : rng.chance(0.75) ? 1 : 2;
  const path = [from, ...pickTransits(rng, from, to, stops), to];
  const depart = input.late ? rng.int(258, 276) * 5 : rng.int(60, stops > 0 ? 240 : 276) * 5;
  const legs = buildLegs(rng, path, depart);
  const first = legs[0];
  const last = legs[legs.length - 1];
  const publish = farePerAdult(rng, carrier, international, km * (stops > 0 ? 1.1 : 1));
  const psc = international ? 200_000 : isHub(from.code) ? 50_000 : 30_000;
  const tax = (fare: number): number => round100(fare * 0.1) + psc;
  return {
    carrier,
    code: uniqueCode(rng, carrier, input.taken),
    from,
    to,
    date: input.isoDate,
    legs,
    transit: stops === 0 ? "Nonstop" : `${stops} Transit`,
    departTime: hhmm(first?.depart ?? depart),
    arriveTime: hhmm(last?.arrive ?? depart),
    infotransit: describeLegs(legs, carrier.infoStyle),
    international,
    publish,
    adultTax: tax(publish),
    childTax: tax(round100(publish * 0.75)),
    baggage: `${international && carrier.code === "GA" ? 30 : carrier.baggageKg} Kg`,
    facilities: carrier.meals ? "Meals" : "-",
    baseSeats: rng.int(5, 9),
    flightClass: rng.pick(CLASSES),
  };
}

function farePerAdult(rng: Rng, carrier: Carrier, international: boolean, km: number): number {
  const base = international ? 700_000 + km * 450 : 180_000 + km * 320;
  const raw = base * carrier.fareFactor * rng.between(0.85, 1.4);
  const [min, max] = international ? [700_000, 6_000_000] : [300_000, 2_200_000];
  return round100(Math.min(max, Math.max(min, raw)));
}

function uniqueCode(rng: Rng, carrier: Carrier, taken: Set<string>): string {
  const [min, max] = carrier.numberRange;
  for (;;) {
    const code = `${carrier.code}-${rng.int(min, max)}`;
    if (!taken.has(code)) {
      taken.add(code);
      return code;
    }
  }
}

function describeLegs(legs: Leg[], style: "spaced" | "compact"): string {
  if (style === "compact") {
    return legs.map((l) => `${l.from.code}-${l.to.code} (${hhmm(l.depart)} - ${hhmm(l.arrive)}) `).join("");
  }
  return legs.map((l) => `${l.from.code} - ${l.to.code} (${hhmm(l.depart)} - ${hhmm(l.arrive)})`).join(", ");
}

export function round100(n: number): number {
  return Math.round(n / 100) * 100;
}
