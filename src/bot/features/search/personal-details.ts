import type { PassengerInput, PassengerRequirements } from "../../../domain/passenger.js";
import type { ConvoContext } from "../../context.js";
import { GoBack, type Convo } from "./ask.js";
import { askBirthDate } from "./birth-date-step.js";
import { askIdNumber } from "./id-number-step.js";
import { askNationality, askPassport, askPassportIssued } from "./passport-steps.js";
import type { Detail } from "./personal-detail-step.js";

type Step<T> = Promise<{ value: T; ctx: ConvoContext }>;

/** Whether a passenger of this type must give personal details (birth date, ID, passport) for this flight. */
export function needsPersonalDetails(type: PassengerInput["type"], needs: PassengerRequirements): boolean {
  return needs.birthDate || type === "infant" || (needs.idNumber === true && type === "adult") || needs.passport;
}

/** Whether a passenger carries every personal detail this flight asks of their type (nothing asked: true). */
export function hasPersonalDetails(p: PassengerInput, needs: PassengerRequirements): boolean {
  if ((needs.birthDate || p.type === "infant") && !p.birthDate) return false;
  if (needs.idNumber && p.type === "adult" && !p.idNumber) return false;
  if (!needs.passport) return true;
  return !!p.passport && (!needs.passportIssued || !!p.passport.issued) && (!needs.nationality || !!p.nationality);
}

/** The questions this passenger gets for this flight, in order. */
function detailsFor(type: PassengerInput["type"], needs: PassengerRequirements): Detail[] {
  const details: Detail[] = [];
  if (needs.birthDate || type === "infant") details.push(askBirthDate);
  if (needs.idNumber && type === "adult") details.push(askIdNumber);
  if (needs.passport) {
    details.push(askPassport);
    if (needs.passportIssued) details.push(askPassportIssued);
    if (needs.nationality) details.push(askNationality);
  }
  return details;
}

/**
 * Birth date, ID number, passport and nationality — whatever the flight needs — for one named
 * passenger. "Back" goes to the question before, keeping what was answered; back from the first
 * leaves to the caller (the passenger's name).
 */
export async function askPersonalDetails(conversation: Convo, ctx: ConvoContext, passenger: PassengerInput, needs: PassengerRequirements, flightDate: string, fromLast = false, handoff = false): Step<PassengerInput> {
  const details = detailsFor(passenger.type, needs);
  // answered[i]: the passenger as it stood before question i. `fromLast`: back into a passenger whose
  // details were all given: the last question again, the earlier answers kept until asked again.
  const answered: PassengerInput[] = fromLast ? details.map(() => ({ ...passenger })) : [{ ...passenger }];
  let i = fromLast ? Math.max(0, details.length - 1) : 0;
  while (i < details.length) {
    try {
      const r = await details[i]!(conversation, ctx, answered[i]!, flightDate, needs, handoff);
      ctx = r.ctx;
      answered[i + 1] = r.value;
      i += 1;
    } catch (e) {
      if (!(e instanceof GoBack) || i === 0) throw e;
      ctx = e.ctx;
      i -= 1;
    }
  }
  return { value: answered[i]!, ctx };
}
