import { addYears } from "date-fns/addYears";
import { parseISO } from "date-fns/parseISO";
import type { PassengerType } from "./passenger.js";
import { parseBirthDate } from "./birth-date-input.js";
import { readLineFields } from "./name-line-data.js";

/** The type a passenger born on `birthDate` is on a flight on `flightDate`: an adult from `adultFrom`, a child from 2. */
export function typeOnFlight(birthDate: string, flightDate: string, adultFrom: number): PassengerType {
  const flight = parseISO(flightDate).getTime();
  const born = parseISO(birthDate);
  if (addYears(born, adultFrom).getTime() <= flight) return "adult";
  return addYears(born, 2).getTime() <= flight ? "child" : "infant";
}

/** "5 thn", "umur 11", "(8 bln)": an age typed after a name, in whole years (months: under one). */
function typedAge(extra: string): number | undefined {
  const years = /(\d{1,2})\s*(?:thn|th|tahun|tahunan|y|yo|yr|yrs|years?)(?: old)?\s*\)?$|^(?:umur|usia|age)[\s:]*(\d{1,2})$/i.exec(extra.trim());
  if (years) return Number(years[1] ?? years[2]);
  return /\d{1,2}\s*(?:bln|bulan|months?|mo)(?: old)?\s*\)?$/i.test(extra.trim()) ? 0 : undefined;
}

/**
 * The passenger type the data on a name's line says ("Nn Ani Lestari 5/6/2015", "An. Dika 5 thn"): by the
 * birth date (or age) on the flight's date. Undefined without one, or with a date not before the flight
 * (a typo, refused by the birth question). The birth date's own question still checks it.
 */
export function lineAgeType(split: { extra?: string; data?: string }, flightDate: string, adultFrom: number): PassengerType | undefined {
  const age = split.extra === undefined ? undefined : typedAge(split.extra);
  if (age !== undefined) return age >= adultFrom ? "adult" : age >= 2 ? "child" : "infant";
  const typed = readLineFields(split)?.birth;
  // A two-digit year is the latest one not after the flight.
  const birth = typed === undefined ? undefined : parseBirthDate(typed, flightDate);
  if (birth === undefined || birth >= flightDate) return undefined;
  return typeOnFlight(birth, flightDate, adultFrom);
}
