import { isKnownAirlineCode } from "./airline-names.js";

/** An airline designator (two letters, or a letter and a digit) and a flight number, spaced, dashed or glued. */
const FLIGHT_CODE = /^\s*([a-z][a-z0-9]|[0-9][a-z])\s*[-\u2013]?\s*(\d{1,4})\s*[.!?]?\s*$/i;

/**
 * A flight code typed alone ("QG 625", "qg-887", "GA880"), written as lists show it ("QG-625"): of an airline the bot
 * knows by its code or one on the list (`listed`); "ok 2" or "tg 25" name no airline and are no code.
 */
export function typedFlightCode(text: string, listed: readonly string[] = []): string | undefined {
  const m = FLIGHT_CODE.exec(text);
  if (!m) return undefined;
  const airline = m[1]!.toUpperCase();
  return isKnownAirlineCode(airline) || listed.includes(airline) ? `${airline}-${m[2]}` : undefined;
}
