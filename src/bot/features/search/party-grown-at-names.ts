import type { PaxCount, PassengerInput } from "../../../domain/passenger.js";
import type { ConvoContext } from "../../context.js";

/**
 * "eh jadi 3 org" / "tambah 1 dewasa" at a passenger's name question: a larger party, which the booking
 * searches at once as the summary does (summary-search-change.ts), everyone given so far (`kept`) staying for
 * the flight picked from the new list (only the new passengers asked then). Thrown from the name question,
 * given the passengers so far by the passenger step, caught by the booking flow.
 */
export class PartyGrownAtNames extends Error {
  constructor(readonly ctx: ConvoContext, readonly pax: PaxCount, readonly kept?: PassengerInput[]) {
    super("party grown at a name question");
  }
}
