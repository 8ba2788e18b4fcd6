import { addMonths } from "date-fns/addMonths";
import { addYears } from "date-fns/addYears";
import { format } from "date-fns/format";
import { parseISO } from "date-fns/parseISO";
import type { PassengerType } from "../../../domain/passenger.js";

export type BirthDateProblem = "future" | "age" | "infant-too-young";

/** The airlines' own rule (IATA; Lion, Citilink, AirAsia, Garuda): an adult from the 12th birthday. */
export const AIRLINES_ADULT_FROM = 12;

/**
 * Ages on the departure date, in whole years: an infant is at least 3 months old and not yet 2, a
 * child is 2 and not yet `adultFrom` (the flight's provider may set it: PassengerRequirements.adultFrom).
 * On the 2nd birthday a baby is a child under every reading of the docs ("3 months–2 years" and "2–12"
 * share the 2). The 3-month minimum is MMBC's: airlines refuse younger babies, and so does this.
 */
export function birthDateProblem(type: PassengerType, birthDate: string, flightDate: string, adultFrom = AIRLINES_ADULT_FROM): BirthDateProblem | undefined {
  if (birthDate >= flightDate) return "future";
  const born = parseISO(birthDate);
  const flight = parseISO(flightDate);
  const reached = (turns: Date) => turns.getTime() <= flight.getTime();
  const two = reached(addYears(born, 2));
  const adult = reached(addYears(born, adultFrom));
  if (type === "infant") {
    if (two) return "age";
    return reached(addMonths(born, 3)) ? undefined : "infant-too-young";
  }
  if (type === "child") return two && !adult ? undefined : "age";
  return adult ? undefined : "age";
}

/** The first day an infant born on `birthDate` is 3 months old, yyyy-mm-dd. */
export function infantMayFlyFrom(birthDate: string): string {
  return format(addMonths(parseISO(birthDate), 3), "yyyy-MM-dd");
}

/** Immigration wants six months of validity left after the flight. */
export function passportExpiryOk(expiry: string, flightDate: string): boolean {
  return expiry >= addMonths(parseISO(flightDate), 6).toISOString().slice(0, 10);
}
