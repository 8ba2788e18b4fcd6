import { isProviderError } from "../domain/errors.js";
import type { FlightOffer, SearchQuery } from "../domain/flight.js";
import type { InlineOfferCache } from "../store/inline-offer-cache.js";
import type { RateLimits } from "../store/rate-limits.js";
import type { AccessPolicy, Actor } from "./access-policy.js";
import { usableProviders } from "./book-flight.js";

export type InlineSearchResult = { kind: "offers"; offers: FlightOffer[] } | { kind: "throttled"; retryAfter: number };

/**
 * The offers of an inline search, from the cache or the provider. Who may search at all is decided
 * first: a stranger's query never reaches the operator's account. "No flights" is cached as an empty
 * list so retyping the same route doesn't ask again; other provider errors are thrown.
 */
export async function inlineSearch(deps: { access: AccessPolicy; inlineOffers: InlineOfferCache; limits: RateLimits }, actor: Actor, query: SearchQuery): Promise<InlineSearchResult> {
  const { search } = await usableProviders(deps.access, actor);
  const hit = await deps.inlineOffers.get(actor.userId, query);
  if (hit) return { kind: "offers", offers: hit };
  // Only a query that would reach the provider counts against the person's limit.
  const wait = await deps.limits.take("inline", actor.userId);
  if (wait > 0) return { kind: "throttled", retryAfter: wait };
  let offers: FlightOffer[];
  try {
    offers = await search.search(query);
  } catch (e) {
    if (!isProviderError(e, "no_flights")) throw e;
    offers = [];
  }
  await deps.inlineOffers.set(actor.userId, query, offers);
  return { kind: "offers", offers };
}
