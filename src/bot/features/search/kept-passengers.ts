import type { Quote } from "../../../domain/flight.js";
import { isValidPersonName, paxSlots, TITLES_BY_TYPE, type PassengerInput, type PassengerType } from "../../../domain/passenger.js";
import { birthDateProblem, type BirthDateProblem } from "./passenger-rules.js";
import { hasPersonalDetails } from "./personal-details.js";

/** A kept passenger whose birth date does not fit the new flight's date (a child turned adult): it is asked again, said why first. */
export interface UnfitBirth {
  passenger: PassengerInput;
  birthDate: string;
  problem: BirthDateProblem;
}

export interface KeptPlacement {
  /**
   * Per place of the new flight's party (adults, then children, then infants): the passenger kept for it,
   * maybe lacking a detail this flight asks (only that is asked); undefined: a new passenger, asked in full.
   */
  slots: (PassengerInput | undefined)[];
  /** Whether every place is taken by a passenger with every detail this flight asks: nothing to ask. */
  complete: boolean;
  unfit: UnfitBirth[];
}

/**
 * The passengers given for one flight placed in another's party: the n-th adult given is the n-th adult
 * there (and so for children and infants), so an adult added to an adult and a child comes before the child,
 * as every booking lists them. Names, titles and details stay; what the new flight asks that a passenger
 * lacks (a birth date, an ID number, a passport's issue date) is left to be asked of them alone. A birth
 * date the new flight's date no longer fits is dropped, and said when it is asked again; one the flight
 * doesn't ask is only dropped (the flight books the party as searched).
 */
export function placeKept(passengers: readonly PassengerInput[], quote: Quote): KeptPlacement {
  const { needs } = quote;
  const byType: Record<PassengerType, PassengerInput[]> = { adult: [], child: [], infant: [] };
  for (const p of passengers) byType[p.type].push(p);
  const unfit: UnfitBirth[] = [];
  const slots = paxSlots(quote.pax).map((type) => {
    const p = byType[type].shift();
    if (!p || !TITLES_BY_TYPE[type].includes(p.title) || !isValidPersonName(p.fullName)) return undefined;
    const problem = p.birthDate ? birthDateProblem(type, p.birthDate, quote.offer.date, needs.adultFrom) : undefined;
    if (!problem) return p;
    const { birthDate: _dropped, ...rest } = p;
    if (needs.birthDate || type === "infant") unfit.push({ passenger: rest, birthDate: p.birthDate!, problem });
    return rest;
  });
  return { slots, complete: slots.every((p) => !!p && hasPersonalDetails(p, needs)), unfit };
}
