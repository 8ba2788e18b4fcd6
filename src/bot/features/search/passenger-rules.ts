import { addMonths } from "date-fns/addMonths";
import { differenceInYears } from "date-fns/differenceInYears";
import { parseISO } from "date-fns/parseISO";
import type { PassengerType } from "../../../domain/passenger.js";

/** Ages on the flight date (spec §8): adult over 12, child 2–12, infant under 2. */
export function birthDateProblem(type: PassengerType, birthDate: string, flightDate: string): "future" | "age" | undefined {
  if (birthDate >= flightDate) return "future";
  const age = differenceInYears(parseISO(flightDate), parseISO(birthDate));
  if (type === "adult" && age < 12) return "age";
  if (type === "child" && (age < 2 || age >= 12)) return "age";
  if (type === "infant" && age >= 2) return "age";
  return undefined;
}

/** Immigration wants six months of validity left after the flight. */
export function passportExpiryOk(expiry: string, flightDate: string): boolean {
  return expiry >= addMonths(parseISO(flightDate), 6).toISOString().slice(0, 10);
}
