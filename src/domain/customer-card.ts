import type { CustomerPrice } from "./customer-price.js";
import type { PassengerType, PaxCount } from "./passenger.js";

/**
 * What a customer may see of a flight offer or booking. Built only from public facts (the published
 * fare with the agency's markup), so no view of it can leak the agent's net, commission, deposit, the
 * provider behind the booking or any internal id: they are simply not here.
 */
export interface CardFlight {
  airlineName: string;
  flightCode: string;
  from: string;
  to: string;
  /** yyyy-mm-dd, local departure date. */
  date: string;
  departsAt: string;
  arrivesAt?: string;
  stops: number;
  baggage?: string;
  price: CustomerPrice;
}

export interface CardBooking {
  /** The airline's booking code when known, else the code the booking is known by. */
  code: string;
  /** ISO instant; only while the booking waits for payment. */
  payBefore?: string;
  issued: boolean;
  passengers: { name: string; type: PassengerType; ticket?: string }[];
}

export interface CustomerCard {
  /** Where the prices come from: the search list (per adult), a live re-price, or the booking. */
  source: "search" | "quote" | "booking";
  flights: CardFlight[];
  pax: PaxCount;
  booking?: CardBooking;
  agency: { name?: string; contact?: string };
}

/** Provider passenger types ("Adult", "CHD", "infant") as the three the prices know. */
export function paxTypeOf(raw: string): PassengerType {
  const t = raw.trim().toLowerCase();
  if (t.startsWith("c") || t === "chd") return "child";
  if (t.startsWith("i")) return "infant";
  return "adult";
}
