import { isProviderError, partyBreach, type PartyBreach } from "../../../domain/errors.js";
import { PROVIDER_IDS, type ProviderId } from "../../../domain/flight.js";
import type { PaxCount } from "../../../domain/passenger.js";
import { usableProviders } from "../../../services/book-flight.js";
import { actorOf } from "../../actor.js";
import type { BotContext, ConvoContext } from "../../context.js";
import type { PaxAnswer } from "../../../domain/pax-parse.js";
import { partyLimitText } from "../provider-error-text.js";
import type { Convo } from "./ask.js";

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

/** The bot's own refusals a provider's count limit can stand behind: too many in all, more infants than adults. */
export type CountReason = "too_many" | "infants_exceed_adults";

/** Whether `pax` breaks some provider's count limit at all: only then are the chat's providers asked. */
function breaksSomeCount(pax: PaxCount): boolean {
  return PROVIDER_IDS.some((id) => { const b = partyBreach(id, pax); return b !== undefined && b.over !== "too_few_adults"; });
}

/**
 * Outside a conversation (a results list): the count limit that keeps every provider this chat searches from
 * taking a party the bot refuses for `reason`, as `refusedPastEveryCount` finds it; undefined when the bot's reason stands.
 */
export async function countBreachPastEvery(ctx: BotContext, pax: PaxCount, reason: string): Promise<PartyBreach | undefined> {
  if ((reason !== "too_many" && reason !== "infants_exceed_adults") || !breaksSomeCount(pax)) return undefined;
  const breach = await partyNoneTakes(ctx, pax);
  return breach && breach.over !== "too_few_adults" ? breach : undefined;
}

/** A lap for every infant holds in every booking, whatever the provider: said after the limit, so the split is made right. */
export function lapNote(ctx: { t: BotContext["t"] }, pax: PaxCount, reason: string): string | undefined {
  return reason === "infants_exceed_adults" ? ctx.t("input-pax-infants-exceed-adults", { adult: pax.adult, infant: pax.infant }) : undefined;
}

/**
 * A party the bot itself refuses ("7 dewasa 1 bayi": 7 in all; "6 dewasa 7 bayi": more infants than adults) that
 * also breaks the count limit of every provider this chat searches (tiket.com alone: 6 of each type). MMBC's 7 in
 * all means nothing where only tiket.com searches: such a party hears tiket.com's limit, as 7 adults do, before any
 * "Searching…". Undefined when one searched provider has no such limit (PROVIDER=both: MMBC's own limit is the one
 * said), or the party breaks no provider's count (the bot's reason stands). The chat's providers are asked only
 * when some provider's count is broken, so a party answer that breaks none calls nothing outside the conversation.
 */
export async function refusedPastEveryCount(conversation: Convo, ctx: ConvoContext, read: PaxAnswer): Promise<string | undefined> {
  if (read.ok || !read.pax || (read.reason !== "too_many" && read.reason !== "infants_exceed_adults")) return undefined;
  const pax = read.pax;
  if (!breaksSomeCount(pax)) return undefined;
  const breach = await conversation.external((outer) => partyNoneTakes(outer, pax));
  if (!breach || breach.over === "too_few_adults") return undefined;
  // Fewer adults can be searched at once; a number of children or infants alone is no party to search.
  const refusal = partyLimitText(ctx, breach, breach.over === "adult");
  const lap = lapNote(ctx, pax, read.reason);
  return lap ? `${refusal}\n${lap}` : refusal;
}
