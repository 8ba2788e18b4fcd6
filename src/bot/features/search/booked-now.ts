/**
 * Updates in which a booking's card was just shown (booking-steps.ts, from an external call: live only,
 * never on replay). What runs after the update and cares only about a booking just made (return-trip.ts)
 * looks here first, so the other updates of a flow cost it no Redis read.
 */
const booked = new WeakSet<object>();

export function noteBookedNow(ctx: object): void {
  booked.add(ctx);
}

export function bookedNow(ctx: object): boolean {
  return booked.has(ctx);
}
