import type { FlightOffer } from "../../../domain/flight.js";
import type { SearchEntry } from "../../../store/search-cache.js";
import type { BotDeps } from "../../deps.js";

/**
 * Flights of a search found without enough seats when picked: the list that comes back marks them
 * "🚫 … · habis" instead of offering them first again as if they could be had (tapping one still checks
 * afresh). Kept beside the search in the search cache under a derived id (same chat, same lifetime): the
 * search's own entry stays as found, so every button and number keeps its flight.
 */
const soldOutId = (sid: string) => `${sid}-so`;

function offerKey(o: FlightOffer): string {
  return `${o.flightCode}@${o.departsAt}`;
}

/** The places on the list of the flights marked sold out. */
export async function soldOutIn(deps: BotDeps, chatId: number, sid: string, entry: SearchEntry): Promise<Set<number>> {
  const marked = await deps.searches.get(soldOutId(sid), chatId);
  if (!marked || marked.offers.length === 0) return new Set();
  const keys = new Set(marked.offers.map(offerKey));
  return new Set(entry.offers.flatMap((o, i) => (keys.has(offerKey(o)) ? [i] : [])));
}

/** Marks the flight at `index` sold out; called where its live price said so (booking-steps `quoteStep`). */
export async function markSoldOut(deps: BotDeps, chatId: number, sid: string, entry: SearchEntry, index: number): Promise<void> {
  const offer = entry.offers[index];
  if (!offer) return;
  const marked = (await deps.searches.get(soldOutId(sid), chatId))?.offers ?? [];
  if (marked.some((o) => offerKey(o) === offerKey(offer))) return;
  await deps.searches.put(chatId, entry.query, [...marked, offer], deps.now(), soldOutId(sid));
}
