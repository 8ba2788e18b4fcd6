import { parsePax } from "./pax-parse.js";
import { MAX_PASSENGERS } from "./passenger.js";
import { parseTravelDate } from "./travel-date.js";

/**
 * A date or party typed at a place question that no search can take: a date gone by for good ("12-03-1987",
 * "1/12/2026" typed on 5 December), one beyond the booking window ("12/03/87" is 2087), or more people than one
 * booking holds ("12 mar 87": a birth date's year read as the party). Such a line is not noted (it would replace
 * the date and party typed with the search); the question is asked again saying why. A day and month just passed
 * ("1 des") is still noted: the date question offers next year's.
 */
export function unbookableAside(kept: { date?: string; pax?: string }, today: string): "past" | "far" | "party" | undefined {
  if (kept.date !== undefined) {
    const d = parseTravelDate(kept.date, today);
    if (!d.ok && d.reason === "past" && d.suggestion === undefined) return "past";
    if (!d.ok && d.reason === "too_far") return "far";
  }
  const party = kept.pax === undefined ? undefined : parsePax(kept.pax);
  if (party && !party.ok && party.reason === "too_many") return "party";
  return undefined;
}

/** The most people one booking holds, said in the reason. */
export const BOOKING_PARTY_MAX = MAX_PASSENGERS;
