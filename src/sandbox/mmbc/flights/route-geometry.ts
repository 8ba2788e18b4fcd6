import { HUB_CODES, type SandboxCity } from "../data/cities.js";
import { findCity } from "../data/cities.js";
import type { Rng } from "./prng.js";

export interface Leg {
  from: SandboxCity;
  to: SandboxCity;
  /** Minutes after midnight of the flight date, in the origin's local time. */
  depart: number;
  /** Minutes after midnight of the flight date, in the destination's local time (may exceed 1440). */
  arrive: number;
}

export function distanceKm(a: SandboxCity, b: SandboxCity): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

/** Block time: ~750 km/h cruise plus taxi, in 5-minute steps. */
export function blockMinutes(a: SandboxCity, b: SandboxCity): number {
  const raw = (distanceKm(a, b) / 750) * 60 + 25;
  return Math.max(40, Math.round(raw / 5) * 5);
}

export function isHub(code: string): boolean {
  return (HUB_CODES as readonly string[]).includes(code);
}

/** Plausible connection points: hubs with the least detour, one of the best three. */
export function pickTransits(rng: Rng, from: SandboxCity, to: SandboxCity, stops: number): SandboxCity[] {
  const chosen: SandboxCity[] = [];
  let current = from;
  for (let i = 0; i < stops; i++) {
    const used = new Set([from.code, to.code, ...chosen.map((c) => c.code)]);
    const hubs: string[] = from.international || to.international ? [...HUB_CODES, "SIN", "KUL"] : [...HUB_CODES];
    const ranked = hubs
      .filter((c) => !used.has(c))
      .map((c) => findCity(c))
      .filter((c): c is SandboxCity => c !== undefined)
      .sort((x, y) => detour(current, x, to) - detour(current, y, to));
    // Keep connections on the way: the three least-detour hubs, minus any far off the direct line.
    const limit = Math.max(400, distanceKm(current, to) * 0.6);
    const nearby = ranked.slice(0, 3).filter((c, i) => i === 0 || detour(current, c, to) <= limit);
    const hub = rng.pick(nearby);
    chosen.push(hub);
    current = hub;
  }
  return chosen;
}

function detour(a: SandboxCity, via: SandboxCity, b: SandboxCity): number {
  return distanceKm(a, via) + distanceKm(via, b) - distanceKm(a, b);
}

/** Chains legs through the stops; arrival and departure times are local to each airport. */
export function buildLegs(rng: Rng, stops: SandboxCity[], departMinutes: number): Leg[] {
  const legs: Leg[] = [];
  let depart = departMinutes;
  for (let i = 0; i + 1 < stops.length; i++) {
    const from = stops[i];
    const to = stops[i + 1];
    if (!from || !to) break;
    const zoneShift = (to.utcOffset - from.utcOffset) * 60;
    // A short westward hop could land "before" it left on the local clock, which reads as an
    // overnight flight; stretch it so local arrival always follows departure.
    const block = Math.max(blockMinutes(from, to), 30 - zoneShift);
    const arrive = depart + block + zoneShift;
    legs.push({ from, to, depart, arrive });
    depart = arrive + rng.int(8, 24) * 5;
  }
  return legs;
}
