import { timeOfDay, type TimeOfDay } from "../../src/domain/flight.js";
import { PAGE_SIZE } from "../../src/domain/offer-list.js";
import { requirementsFor } from "../../src/providers/mmbc/airline-requirements.js";
import { generateFlights, type SandboxFlight } from "../../src/sandbox/mmbc/flights/generate-flights.js";
import { generateFlights as generateTiketFlights, type SandboxFlight as TiketFlight } from "../../src/sandbox/tiket/flights/generate-flights.js";
import { futureDate } from "./bot-harness.js";

/*
 * The MMBC and tiket.com sandboxes' flights are seeded by route and date, and `futureDate(n)` moves with the WIB
 * calendar day: a test that assumes something of "the flights n days ahead" (an evening flight, a
 * transit, a first flight that asks nothing more) holds on some days and fails on others. These ask the
 * generator for what the test needs, so the test holds on any day it runs.
 */

export type FlightsTest = (flights: SandboxFlight[]) => boolean;

/** The first day, `from` days ahead or later (fewer than `within` days on), on which the route's flights pass `test`. */
export function dayWith(route: readonly [string, string], test: FlightsTest, from: number, within = 90): { iso: string; wire: string } {
  for (let n = from; n < from + within; n++) {
    const day = futureDate(n);
    if (test(generateFlights(route[0], route[1], day.iso))) return day;
  }
  throw new Error(`no day from ${from} days ahead on which ${route.join(" → ")} has the flights the test needs`);
}

/**
 * Of `destinations`, the first whose flights from `origin` on the day `days` ahead pass `test`: for a test
 * whose day is fixed by what it types ("besok", "tomorrow"), the route is what can be chosen.
 */
export function routeWith(origin: string, destinations: readonly string[], days: number, test: FlightsTest): string {
  const { iso } = futureDate(days);
  const to = destinations.find((code) => test(generateFlights(origin, code, iso)));
  if (!to) throw new Error(`no flight from ${origin} to ${destinations.join("/")} ${days} days ahead as the test needs`);
  return to;
}

/** Some flight departs in this part of the day. */
export const flyingAt = (time: TimeOfDay): FlightsTest => (flights) => flights.some((f) => timeOfDay(f.departTime) === time);

/** Some flights are direct and some have a stop. */
export const directAndTransit: FlightsTest = (flights) => flights.some((f) => f.legs.length === 1) && flights.some((f) => f.legs.length > 1);

/** More flights than one page of the results list shows. */
export const moreThanAPage: FlightsTest = (flights) => flights.length > PAGE_SIZE;

/** The provider asks nothing but the name of a passenger on this flight (no birth date, ID or passport). */
export function asksOnlyName(flightCode: string, from: string, to: string): boolean {
  const needs = requirementsFor(flightCode, from, to);
  return !needs.birthDate && !needs.passport && !needs.idNumber;
}

/** Whatever the list's order, its first page shows a flight that passes `test` (either sandbox's flights). */
export const onFirstPage = <F>(test: (flight: F) => boolean) => (flights: F[]): boolean =>
  flights.filter(test).length > flights.length - PAGE_SIZE;

/** Whatever the list's order, its first page has a flight that asks only the passenger's name. */
export const firstPageAsksOnlyName = (from: string, to: string): FlightsTest => onFirstPage((f) => asksOnlyName(f.code, from, to));

/** Whatever the list's order, its first page has a flight whose airline asks birth dates. */
export const firstPageAsksBirthDates = (from: string, to: string): FlightsTest => onFirstPage((f) => requirementsFor(f.code, from, to).birthDate);

/** The flight buttons' labels start with the flight code: is this one's flight asking only the name? */
export const labelAsksOnlyName = (label: string, from: string, to: string): boolean => asksOnlyName(label.split(" ")[0]!, from, to);

export type TiketFlightsTest = (flights: TiketFlight[]) => boolean;

/** As `dayWith`, for the tiket.com sandbox's flights. */
export function tiketDayWith(route: readonly [string, string], test: TiketFlightsTest, from: number, within = 90): { iso: string; wire: string } {
  for (let n = from; n < from + within; n++) {
    const day = futureDate(n);
    if (test(generateTiketFlights(route[0], route[1], day.iso))) return day;
  }
  throw new Error(`no day from ${from} days ahead on which tiket.com's ${route.join(" → ")} has the flights the test needs`);
}

/** tiket.com: a flight of neither Lion Air (its captcha at booking) nor Citilink, by its code or button label. */
export const tiketPlain = (codeOrLabel: string): boolean => !/^(JT|QG)/.test(codeOrLabel);

/** From `days` ahead, the first day whose tiket.com list for `route` ("CGK DPS") has a `tiketPlain` flight on its first page. */
export function tiketPlainDay(route: string, days: number): { iso: string; wire: string } {
  const [from, to] = route.toUpperCase().split(/\s+/) as [string, string];
  return tiketDayWith([from, to], onFirstPage((f) => tiketPlain(f.number)), days);
}
