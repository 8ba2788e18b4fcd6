import type { Carrier } from "../data/airlines.js";
import { round100, type SandboxFlight } from "./generate-flights.js";

export interface Party {
  adult: number;
  child: number;
  infant: number;
}

export interface PartyFare {
  publish: number;
  tax: number;
  total: number;
}

/** Children pay ~75% of the adult fare and infants ~10%; only seat-holders pay tax. */
export function partyFare(flight: SandboxFlight, party: Party, deltaPerPax: number): PartyFare {
  const adultFare = Math.max(0, flight.publish + deltaPerPax);
  const childFare = Math.max(0, round100(flight.publish * 0.75) + deltaPerPax);
  const infantFare = round100(flight.publish * 0.1);
  const publish = party.adult * adultFare + party.child * childFare + party.infant * infantFare;
  const tax = party.adult * flight.adultTax + party.child * flight.childTax;
  return { publish, tax, total: publish + tax };
}

export interface AgentPrice {
  commission: number;
  nta: number;
}

/** The agent's commission (`flight_bonus_agen`) and what MMBC charges (`flight_shownta`). */
export function agentPrice(carrier: Carrier, total: number): AgentPrice {
  const commission = Math.round((total * carrier.commissionRate) / 10) * 10;
  return { commission, nta: total - commission };
}
