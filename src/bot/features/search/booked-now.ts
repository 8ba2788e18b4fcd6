import type { Contact, PassengerInput } from "../../../domain/passenger.js";

/** Who was just booked, as the flow had them (birth dates and documents included, which the booking record drops). */
export type BookedParty = { passengers: PassengerInput[]; contact: Contact };

/**
 * Updates in which a booking's card was just shown (booking-steps.ts, from an external call: live only,
 * never on replay), with the party booked. What runs after the update and cares only about a booking just
 * made (return-trip.ts) looks here first, so the other updates of a flow cost it no Redis read.
 */
const booked = new WeakMap<object, BookedParty>();

export function noteBookedNow(ctx: object, party: BookedParty): void {
  booked.set(ctx, party);
}

/** The party of the booking this update showed the card of; undefined when it showed none. */
export function bookedNow(ctx: object): BookedParty | undefined {
  return booked.get(ctx);
}
