import { isInternationalRoute } from "../../domain/airport-countries.js";
import type { PassengerRequirements } from "../../domain/passenger.js";

/** "JT-690" and "JT690" → "JT". */
export function airlineCodeOf(flightCode: string): string {
  const m = /^([A-Z0-9]{2})-?\d/i.exec(flightCode.trim());
  return (m?.[1] ?? flightCode.slice(0, 2)).toUpperCase();
}

/*
 * Spec §8 names airlines, not codes: birth dates for "Citilink, AirAsia, JetStar", baggage for
 * "AirAsia, JeStar" (sic). Each flies under several codes, so the codes alone missed AirAsia
 * flights numbered AK, FD, D7, XT; MMBC's rows also name the airline. A field is asked for when
 * either the name or the code says the airline needs it: asking once too often costs the agent a
 * question, missing it fails the booking.
 */
const AIRASIA = { name: /air\s*asia/i, codes: ["QZ", "AK", "FD", "Z2", "D7", "XJ", "XT"] };
const JETSTAR = { name: /jet\s*star|\bjestar\b/i, codes: ["JQ", "3K", "GK", "BL"] };
const CITILINK = { name: /citi\s*link/i, codes: ["QG"] };

type Family = typeof AIRASIA;

function flies(family: Family, code: string, airlineName: string): boolean {
  return family.codes.includes(code) || family.name.test(airlineName);
}

/** What MMBC needs of each passenger on this flight; `airlineName` is the name MMBC gives it, when known. */
export function requirementsFor(flightCode: string, from: string, to: string, airlineName = ""): PassengerRequirements {
  const code = airlineCodeOf(flightCode);
  const asia = flies(AIRASIA, code, airlineName);
  const jet = flies(JETSTAR, code, airlineName);
  return {
    birthDate: asia || jet || flies(CITILINK, code, airlineName),
    baggage: asia || jet,
    passport: isInternationalRoute(from, to),
    // Seed §8: adult "> 12 years", child "2–12 years". Counted in whole years on the flight date, as a
    // server built from it would, a 12-year-old is a child and an adult is 13 or older.
    adultFrom: 13,
  };
}
