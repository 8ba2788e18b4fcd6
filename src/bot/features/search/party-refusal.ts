import { isProviderError, partyBreach, type PartyBreach } from "../../../domain/errors.js";
import { PROVIDER_IDS, type ProviderId } from "../../../domain/flight.js";
import type { PaxCount } from "../../../domain/passenger.js";
import { usableProviders } from "../../../services/book-flight.js";
import { actorOf } from "../../actor.js";
import type { BotContext } from "../../context.js";

/** The providers this chat searches; none when it may use no account (the search itself says why). */
export async function searchedProviders(ctx: BotContext): Promise<ProviderId[]> {
  return usableProviders(ctx.deps.access, actorOf(ctx)).then((p) => PROVIDER_IDS.filter((id) => p.byId[id] !== undefined), (e: unknown): ProviderId[] => {
    if (isProviderError(e)) return [];
    throw e;
  });
}

/**
 * The limit (PARTY_LIMITS) that keeps every provider this chat searches from taking `pax`, if one does:
 * such a party is refused before anything is searched, as no search could ever list a flight for it.
 * Undefined when one of them can take it (the others' limits are said on the list).
 */
export async function partyNoneTakes(ctx: BotContext, pax: PaxCount): Promise<PartyBreach | undefined> {
  const searched = await searchedProviders(ctx);
  const breaches = searched.map((id) => partyBreach(id, pax));
  if (breaches.length === 0 || breaches.some((b) => b === undefined)) return undefined;
  return breaches[0];
}
