import type { Rupiah } from "./money.js";
import type { PassengerRequirements, PassengerType, PaxCount } from "./passenger.js";

export const PROVIDER_IDS = ["mmbc", "tiket"] as const;
export type ProviderId = (typeof PROVIDER_IDS)[number];

/** What a search asks for. `date` is the local departure date, yyyy-mm-dd. */
export interface SearchQuery {
  from: string;
  to: string;
  date: string;
  pax: PaxCount;
}

/**
 * One flight as a search returns it. JSON-safe on purpose (it travels through Redis and the
 * conversation replay log): instants are ISO strings with their offset.
 */
export interface FlightOffer {
  provider: ProviderId;
  /** Provider-scoped key of this offer; enough, with the query, to quote and book it. */
  ref: string;
  airlineName: string;
  /** Airline designator, e.g. "JT". */
  airlineCode: string;
  /** As the provider prints it, e.g. "JT-690". */
  flightCode: string;
  from: string;
  to: string;
  /** yyyy-mm-dd, local departure date. */
  date: string;
  departsAt: string;
  arrivesAt: string;
  stops: number;
  transitInfo?: string;
  /** Price for one adult, tax included. */
  price: Rupiah;
  /** Fare before tax for one adult, when the provider gives it. */
  baseFare?: Rupiah;
  baggage?: string;
  facilities?: string;
  logoUrl?: string;
}

/** The live price and seats of one offer for a whole party, taken right before booking. */
export interface Quote {
  offer: FlightOffer;
  pax: PaxCount;
  seatsLeft: number;
  baseFare: Rupiah;
  tax: Rupiah;
  /** For the whole party, tax (and any bundled baggage) included. */
  total: Rupiah;
  /** One passenger's price per type, when the provider prices each type (tiket.com); sums to `total`. */
  each?: Partial<Record<PassengerType, Rupiah>>;
  flightClass?: string;
  /** Which passenger details this flight needs; drives what the conversation asks. */
  needs: PassengerRequirements;
  /** tiket.com's Lion Air captcha: an image (a data: URL) the agent must read back, and its session. */
  captcha?: { image: string; session: string };
  /**
   * Fields the provider says booking this flight needs that the bot can't give (tiket.com's checked-baggage
   * choice on AirAsia and Tiger, or any field it doesn't know), as the provider names them: the flight
   * is not booked here, rather than refused after every passenger was typed.
   */
  unsupported?: string[];
  /** The titles the provider accepts per passenger type, when it lists them (tiket.com's `required` comboboxes). */
  titles?: Partial<Record<PassengerType, string[]>>;
}

/** Minutes of the day in the local zone: used for "morning/afternoon/evening" filters. */
export type TimeOfDay = "morning" | "afternoon" | "evening" | "night";

export function timeOfDay(hhmm: string): TimeOfDay {
  const hour = Number(hhmm.slice(0, 2));
  if (hour < 11) return "morning";
  if (hour < 15) return "afternoon";
  if (hour < 19) return "evening";
  return "night";
}
