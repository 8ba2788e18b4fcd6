import type { InlineKeyboardButton } from "grammy/types";
import type { PartyBreach } from "../../../domain/errors.js";
import { checkPaxCount, type PaxCount } from "../../../domain/passenger.js";
import { countsOrDateOf, parsePax, type PaxAnswer } from "../../../domain/pax-parse.js";
import type { DateAnswer } from "../../../domain/travel-date.js";
import type { ResultsRequest } from "../../../domain/results-request.js";
import type { BotContext } from "../../context.js";
import type { SearchEntry } from "../../../store/search-cache.js";
import type { SearchResume } from "./search-conversation.js";
import { localeOf, partyText, shortDate } from "../../../presenters/format.js";
import { partyLimitText, partyLimitVars } from "../provider-error-text.js";
import { countBreachPastEvery, lapNote, partyNoneTakes } from "./party-refusal.js";
import { changedDateOrParty } from "./quote-card-words.js";
import { dateAnswerText } from "./date-step.js";
import { paxProblem } from "./pax-step.js";
import { cb } from "./callback-data.js";

/** How the list answers: a text (HTML) said under the list, which stays, maybe with buttons. */
type Say = (text: string, keyboard?: InlineKeyboardButton[][]) => Promise<unknown>;

/**
 * "change date to the 27th morning": the change words the list's own reader has no place for, read as the
 * price card reads them, so the list searches what the card would (a day gone by is said by `listDayMonth`).
 */
export function changeAtList(text: string, today: string): ResultsRequest | undefined {
  const change = changedDateOrParty(text, today);
  return change?.kind === "past" ? undefined : change;
}

/**
 * A whole party typed at a list that the list's request reader leaves: "2+5", "2 1 0", "1 dewasa 2 bayi",
 * read by the party question's own parser (`parsePax`), with why it can't fly when it can't ("1 dewasa 2
 * bayi": more infants than adults). A lone number is a flight on the page and two that may be a day and
 * month ("2 1") are neither taken (`listDayMonth`); words the parser can't read stay the list's hint.
 */
export function listParty(text: string): PaxAnswer | undefined {
  const typed = text.trim();
  if (/^\d+$/.test(typed) || countsOrDateOf(typed) !== undefined) return undefined;
  const read = parsePax(typed);
  if (read.ok) return read;
  return read.reason === "unreadable" || read.reason === "day_or_count" ? undefined : read;
}

/**
 * A new party for the list's route and day: searched again when it can fly, else refused (too many, more
 * infants than adults) or, when no provider here takes it, with that provider's limit; the list stays on screen either way.
 */
export async function partyAtList(ctx: BotContext, entry: SearchEntry, pax: PaxCount, say: Say, search: (resume: SearchResume) => Promise<void>): Promise<void> {
  const wrong = checkPaxCount(pax);
  if (wrong) return void (await say((await pastEveryCountAtList(ctx, entry, pax, wrong)) ?? ctx.t(`search-pax-${wrong.replace(/_/g, "-")}`)));
  // A party no provider here takes is refused at the list, which stays as it is: a search would only end
  // in the same refusal, its list gone.
  const refused = await partyNoneTakes(ctx, pax);
  if (refused) return void (await say(refusedAtList(ctx, entry, refused)));
  return search({ ...entry.query, pax, step: "search" });
}

/** A party read by `listParty`: searched, or refused in the party question's words ("1 dewasa 2 bayi"). */
export async function typedPartyAtList(ctx: BotContext, entry: SearchEntry, read: PaxAnswer, typed: string, say: Say, search: (resume: SearchResume) => Promise<void>): Promise<void> {
  if (read.ok) return partyAtList(ctx, entry, read.pax, say, search);
  const past = read.pax && (await pastEveryCountAtList(ctx, entry, read.pax, read.reason));
  await say(past || paxProblem(ctx, read, typed));
}

/**
 * A party the bot refuses ("7 dewasa 1 bayi", "6 dewasa 7 bayi") that no provider here takes by its own count
 * either (tiket.com alone: 6 of each type): that provider's limit, as the party question says it
 * (`refusedPastEveryCount`), never the bot's 7 in all that means nothing where MMBC doesn't search.
 */
async function pastEveryCountAtList(ctx: BotContext, entry: SearchEntry, pax: PaxCount, reason: string): Promise<string | undefined> {
  const breach = await countBreachPastEvery(ctx, pax, reason);
  if (!breach) return undefined;
  const lap = lapNote(ctx, pax, reason);
  return refusedAtList(ctx, entry, breach, lap);
}

/**
 * The limit said under the list, which stays: with fewer adults to type when adults are what is over; a
 * number of children or infants alone is no party to search, so then only that the list stays.
 */
function refusedAtList(ctx: BotContext, entry: SearchEntry, breach: PartyBreach, lap?: string): string {
  const limit = partyLimitText(ctx, breach);
  const refusal = lap ? `${limit}\n${lap}` : limit;
  const vars = { ...partyLimitVars(ctx, breach), refusal, party: partyText(ctx.t.bind(ctx), entry.query.pax) };
  return ctx.t(breach.over === "adult" || breach.over === "too_few_adults" ? "results-party-refused" : "results-party-refused-stays", vars);
}

/**
 * A day gone by typed at a list ("1 des" on the 4th, "kemarin", "ganti tgl 1 des"): said as the date
 * question says it, the same day next year one tap away (searched for the list's route and party), the list
 * staying. Never rolled over silently, as neither the quick form nor the date question does.
 */
export function pastAtList(ctx: BotContext, sid: string, past: Extract<DateAnswer, { reason: "past" }>, typed: string, today: string, say: Say): Promise<unknown> {
  const text = dateAnswerText(ctx, past, typed, today);
  const tap = past.suggestion && [[{ text: ctx.t("input-date-suggest-button", { date: shortDate(past.suggestion, localeOf(ctx), today) }), callback_data: cb.results(sid, `y:${past.suggestion}`) }]];
  return say(text, tap || undefined);
}
