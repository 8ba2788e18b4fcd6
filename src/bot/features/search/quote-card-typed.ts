import { checkPaxCount } from "../../../domain/passenger.js";
import type { ConvoContext } from "../../context.js";
import { speakAsFlow } from "../../flow-i18n.js";
import { escapeHtml } from "../../../presenters/html.js";
import { localeOf, partyText, shortDate } from "../../../presenters/format.js";
import { say, type Convo } from "./ask.js";
import { todayIn } from "./results-step.js";
import { SEARCH_CONVERSATION, type SearchResume } from "./search-conversation.js";
import { readCardWords } from "./quote-card-words.js";

/** A new search asked at the card: where it starts, what changed (said before it runs), and the day it was asked. */
export interface SearchAgain {
  resume: SearchResume;
  changed: "date" | "party";
  today: string;
}

/** `read`: the hint answers a date or party it read (a day gone, a party no booking takes, the card's own party). */
export type CardHeard = { kind: "again"; again: SearchAgain } | { kind: "hint"; hint: string; read?: true };

/**
 * A line typed (or a contact card shared) at the live price card, read for what its buttons can't do.
 * A new date or party is a new search, checked as the results list checks it (a party the airlines
 * can't take is said, and the card stays); a name or the contact typed a step early, and a change the
 * card can't make, get a hint saying how. Undefined: the step's own reading (its buttons' words) goes on.
 */
export async function hearAtCard(conversation: Convo, ctx: ConvoContext, sid: string, text: string, contactCard: boolean): Promise<CardHeard | undefined> {
  const hint = (key: string, vars?: Record<string, string | number>): Extract<CardHeard, { kind: "hint" }> => ({ kind: "hint", hint: ctx.t(key, vars) });
  if (contactCard) return hint("quote-card-contact");
  const today = await conversation.external((outer) => todayIn(outer.deps));
  const words = readCardWords(text, today);
  if (!words) return undefined;
  if (words.kind === "name" || words.kind === "contact") return hint(`quote-card-${words.kind}`);
  if (words.kind === "change") return hint("quote-card-change-how", { what: words.what });
  const refused = (key: string, vars?: Record<string, string | number>): CardHeard => ({ ...hint(key, vars), read: true });
  // "kemarin": the search's own answer for a day gone; the card (its live price) stays.
  if (words.kind === "past") return refused("search-date-past");
  // The search the card came from: its route, day and party, changed by what was typed.
  const query = await conversation.external(async (outer) => (outer.chat ? (await outer.deps.searches.get(sid, outer.chat.id))?.query : undefined));
  if (!query) return hint("search-expired");
  if (words.kind === "date") return { kind: "again", again: { resume: { ...query, date: words.date, ...(words.time && { time: words.time }), step: "search" }, changed: "date", today } };
  const cur = query.pax;
  const pax = words.add ? { adult: cur.adult + words.pax.adult, child: cur.child + words.pax.child, infant: cur.infant + words.pax.infant } : words.pax;
  const problem = checkPaxCount(pax);
  if (problem) return refused(`search-pax-${problem.replace(/_/g, "-")}`);
  // The party the card is already for: searching it again would only drop the live price.
  if (pax.adult === cur.adult && pax.child === cur.child && pax.infant === cur.infant) return refused("quote-card-same-party", { party: partyText(ctx.t.bind(ctx), pax) });
  return { kind: "again", again: { resume: { ...query, pax, step: "search" }, changed: "party", today } };
}

/**
 * Leaves the card for the search with the change, as the results list does with a date or party typed
 * there: says so, replaces this booking flow with the search flow (started at the search itself, so
 * what it says when nothing flies that day, or the provider fails, is the search's own), and ends here.
 * The booking flow holds nothing yet to keep: no passenger is asked before the card.
 */
export async function searchAgain(conversation: Convo, ctx: ConvoContext, again: SearchAgain): Promise<never> {
  const { resume, changed, today } = again;
  const said = changed === "date"
    ? ctx.t("quote-card-search-date", { date: escapeHtml(shortDate(resume.date, localeOf(ctx), today)) })
    : ctx.t("quote-card-search-party", { party: partyText(ctx.t.bind(ctx), resume.pax) });
  await say(conversation, ctx, said);
  const locale = ctx.flowLocale;
  await conversation.external(async (outer) => {
    // Replaced on request, not timed out: the exit hook says nothing (as for a new /cari).
    outer.cancelling = true;
    await outer.conversation.exitAll();
    outer.cancelling = false;
    speakAsFlow(outer, locale);
    await outer.conversation.enter(SEARCH_CONVERSATION, {}, resume);
  });
  return conversation.halt();
}
