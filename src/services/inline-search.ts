import { isProviderError } from "../domain/errors.js";
import type { FlightOffer, SearchQuery } from "../domain/flight.js";
import type { InlineOfferCache } from "../store/inline-offer-cache.js";
import type { AccessPolicy, Actor } from "./access-policy.js";
import { usableProviders } from "./book-flight.js";

/**
 * The offers of an inline search, from the cache or the provider. Who may search at all is decided
 * first: a stranger's query never reaches the operator's account. "No flights" is cached as an empty
 * list so retyping the same route doesn't ask again; other provider errors are thrown.
 */
export async function inlineSearch(deps: { access: AccessPolicy; inlineOffers: InlineOfferCache }, actor: Actor, query: SearchQuery): Promise<FlightOffer[]> {
  const { search } = await usableProviders(deps.access, actor);
  const hit = await deps.inlineOffers.get(actor.userId, query);
  if (hit) return hit;
  let offers: FlightOffer[];
  try {
    offers = await search.search(query);
  } catch (e) {
    if (!isProviderError(e, "no_flights")) throw e;
    offers = [];
  }
  await deps.inlineOffers.set(actor.userId, query, offers);
  return offers;
}
