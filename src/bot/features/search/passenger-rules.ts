import { addMonths } from "date-fns/addMonths";
import { addYears } from "date-fns/addYears";
import { format } from "date-fns/format";
import { parseISO } from "date-fns/parseISO";
import type { PassengerType } from "../../../domain/passenger.js";

export type BirthDateProblem = "future" | "age" | "infant-too-young";

/**
 * Ages on the departure date (spec §8): adult "> 12 years", child "2–12 years", infant
 * "3 months–2 years". The spec's ranges share their ends (a 12-year-old fits "2–12", a 2-year-old
 * fits "3 months–2 years"); read as ages to the day, they agree with the airlines' own rule
 * everywhere but on the birthdays themselves, and there airlines (IATA; Lion, Citilink, AirAsia,
 * Garuda) decide: a child from the 2nd birthday, an adult from the 12th. So an infant is at
 * least 3 months old and not yet 2, a child is 2 and not yet 12, an adult is 12 or older.
 * The 3-month minimum is the spec's: airlines refuse younger babies, and so does this.
 */
export function birthDateProblem(type: PassengerType, birthDate: string, flightDate: string): BirthDateProblem | undefined {
  if (birthDate >= flightDate) return "future";
  const born = parseISO(birthDate);
  const flight = parseISO(flightDate);
  const reached = (turns: Date) => turns.getTime() <= flight.getTime();
  const two = reached(addYears(born, 2));
  const twelve = reached(addYears(born, 12));
  if (type === "infant") {
    if (two) return "age";
    return reached(addMonths(born, 3)) ? undefined : "infant-too-young";
  }
  if (type === "child") return two && !twelve ? undefined : "age";
  return twelve ? undefined : "age";
}

/** The first day an infant born on `birthDate` is 3 months old, yyyy-mm-dd. */
export function infantMayFlyFrom(birthDate: string): string {
  return format(addMonths(parseISO(birthDate), 3), "yyyy-MM-dd");
}

/** Immigration wants six months of validity left after the flight. */
export function passportExpiryOk(expiry: string, flightDate: string): boolean {
  return expiry >= addMonths(parseISO(flightDate), 6).toISOString().slice(0, 10);
}
