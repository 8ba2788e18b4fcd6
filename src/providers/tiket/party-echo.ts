import { ProviderError } from "../../domain/errors.js";
import type { PaxCount } from "../../domain/passenger.js";

/** The party get_flight_data says it priced (`departures.count_*`): undefined when left out, null when not a count. */
export interface PartyEcho {
  count_adult?: number | null;
  count_child?: number | null;
  count_infant?: number | null;
}

/**
 * get_flight_data takes no party: it prices for the token's last search (spec §5), and says for whom in
 * count_adult, count_child and count_infant. An answer naming another party (the docs' own example counts one
 * adult, pricing the child and infant nobody asked at "0.00") would be shown and booked as this party's total,
 * so it is refused like MMBC's price echo for another party (price_mismatch, mmbc/price-echo.ts). A count left
 * out is not checked (older answers may lack them; the prices are still checked, quote-mapping.ts); one there
 * but unreadable names no party and is refused.
 */
export function checkPartyEcho(wire: PartyEcho, pax: PaxCount): void {
  const echoed = { adult: wire.count_adult, child: wire.count_child, infant: wire.count_infant };
  const differs = (Object.keys(echoed) as (keyof PaxCount)[]).some((k) => echoed[k] !== undefined && echoed[k] !== pax[k]);
  if (!differs) return;
  const show = (v: number | null | undefined) => (v === undefined ? "-" : v === null ? "?" : String(v));
  const got = `${show(echoed.adult)}/${show(echoed.child)}/${show(echoed.infant)}`;
  throw new ProviderError("price_mismatch", `get_flight_data priced the party ${got}, not the ${pax.adult}/${pax.child}/${pax.infant} asked`, {
    endpoint: "flight_api/get_flight_data", raw: got,
  });
}
