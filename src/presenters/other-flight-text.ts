import type { NamedFlight, OtherFlightBooked } from "../domain/booked-other-flight.js";
import { escapeHtml } from "./html.js";
import { longDate } from "./format.js";

type T = (key: string, vars?: Record<string, string | number>) => string;

/** "JT-790 CGK → SUB, Thursday, 25 March 2027": the day in words, so a day apart is seen at once. */
function flightText(f: NamedFlight, locale: string): string {
  const day = /^\d{4}-\d{2}-\d{2}$/.test(f.date) ? longDate(f.date, locale) : f.date;
  return escapeHtml(`${f.flightCode} ${f.from} → ${f.to}, ${day}`);
}

/** The flight asked for and the one the provider booked, named side by side (booking card and issue refusal). */
export function otherFlightVars(other: OtherFlightBooked, locale: string): { asked: string; booked: string } {
  return { asked: flightText(other.asked, locale), booked: flightText(other.booked, locale) };
}

/** The booking card's head when the provider booked another flight: what was asked, what was booked, and why it is not issued here. */
export function otherFlightHead(t: T, locale: string, code: string, other: OtherFlightBooked): string[] {
  return [t("booked-other-flight-title", { code: escapeHtml(code) }), t("booked-other-flight-both", otherFlightVars(other, locale))];
}
