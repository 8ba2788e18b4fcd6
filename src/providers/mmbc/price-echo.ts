import { ProviderError } from "../../domain/errors.js";
import type { PaxCount } from "../../domain/passenger.js";

/** What a price answer says it was asked (the seed's example echoes flight_code, adult, child, infant). */
export interface PriceEcho {
  flight_code: string;
  adult?: number;
  child?: number;
  infant?: number;
}

/**
 * The price answer echoes what it priced; `totalfare` is for that party on that flight. An echo that
 * names another party (a one-adult fare for a family) or another flight would be shown and booked
 * as this party's total, so it is refused. A missing count is not checked: the API may omit it.
 */
export function checkPriceEcho(wire: PriceEcho, flightCode: string, pax: PaxCount): void {
  const echoed = { adult: wire.adult, child: wire.child, infant: wire.infant };
  const party = (Object.keys(echoed) as (keyof PaxCount)[]).filter((k) => echoed[k] !== undefined && echoed[k] !== pax[k]);
  const sameFlight = sameFlightNumber(wire.flight_code, flightCode);
  if (party.length === 0 && sameFlight) return;
  const asked = `${flightCode} ${pax.adult}/${pax.child}/${pax.infant}`;
  const got = `${wire.flight_code} ${wire.adult ?? "-"}/${wire.child ?? "-"}/${wire.infant ?? "-"}`;
  throw new ProviderError("price_mismatch", `price answer is for ${got}, not the ${asked} asked`, { endpoint: "getprice-json", raw: got });
}

/** "JT-748", "JT748", "jt 0748" are one flight: the designator, then the number without leading zeros. */
export function sameFlightNumber(a: string, b: string): boolean {
  return flightKey(a) === flightKey(b);
}

function flightKey(code: string): string {
  const s = code.replace(/[\s-]/g, "").toUpperCase();
  const m = /^([A-Z0-9]{2})0*(\d{1,4}[A-Z]?)$/.exec(s);
  return m ? `${m[1]}${m[2]}` : s;
}
