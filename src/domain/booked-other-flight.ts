/** A flight as a booking names it: number, route and departure day (yyyy-mm-dd). */
export interface NamedFlight {
  flightCode: string;
  from: string;
  to: string;
  date: string;
}

/**
 * The provider's booking answer names another flight, route or day than the one asked for. The hold
 * is real (it has a code, and lapses unpaid at its time limit), but paying for it would ticket a flight
 * the customer may not have chosen: the bot names both and never issues it (issue-request.ts).
 */
export interface OtherFlightBooked {
  asked: NamedFlight;
  booked: NamedFlight;
}
