import { InlineKeyboard } from "grammy";
import { MAX_PASSENGERS, type PaxCount } from "../../../domain/passenger.js";
import { parsePax, type PaxAnswer } from "../../../domain/pax-parse.js";
import type { ConvoContext } from "../../context.js";
import { partyText } from "../../../presenters/format.js";
import { escapeHtml } from "../../../presenters/html.js";
import { ask, stale, type Convo, type Parsed } from "./ask.js";
import { cb, parseDate, parsePaxButton } from "./callback-data.js";
import { dateChoices, paxChoices } from "./keyboards.js";
import { partyWithFillers } from "../../../domain/answer-fillers.js";
import { understood } from "./understood-echo.js";
import { shortQuote } from "../../../presenters/short-quote.js";
import { refusedPastEveryCount } from "./party-refusal.js";
import { afterChangeLead } from "../../../domain/change-lead.js";
import { newSearchLine } from "./new-search-line.js";
import type { QuickForm } from "./quick-form.js";
import { partyAnswerDate } from "../../../domain/party-answer-date.js";
import { countsOrDateReply } from "../../../domain/counts-or-date-answer.js";
import { lastBookableDate, parseTravelDate, slashReadings } from "../../../domain/travel-date.js";
import { localeOf, shortDate } from "../../../presenters/format.js";

export function paxProblem(ctx: ConvoContext, r: Exclude<PaxAnswer, { ok: true }>, typed: string): string {
  const counts = { adult: r.pax?.adult ?? 0, child: r.pax?.child ?? 0, infant: r.pax?.infant ?? 0, max: MAX_PASSENGERS };
  if (r.reason === "unreadable") return ctx.t("input-pax-unreadable", { input: escapeHtml(shortQuote(typed, 30)) });
  if (r.reason === "day_or_count") return ctx.t("input-pax-day-or-count", { input: escapeHtml(shortQuote(typed, 30)), count: counts.adult });
  return ctx.t(`input-pax-${r.reason.replace(/_/g, "-")}`, counts);
}

export interface PaxOptions {
  /** The quick form's party text. */
  initial?: string;
  /** "5 2" typed with no date and not taken as the date: its party reading, offered as a tap (never taken unasked). */
  offer?: { typed: string; party: PaxCount };
  /** Echoed above the question: the route and the date already chosen. */
  route?: { from: string; to: string };
  date?: string;
  today?: string;
  /** The date was just changed by a date typed at this question ("12 jan"): said above the question. */
  dateChanged?: boolean;
}

/** "2/3" typed at this question: its party reading and its bookable date readings, asked about. */
interface PartyOrDate {
  typed: string;
  party: PaxCount;
  /** The date as typed, for the date question when "tanggal" / "date" settles it. */
  date: string;
  dates: string[];
}

/** The date readings of "2/3" offered as taps: both in English when the slash reads both ways, next year's when this year's passed. */
function bookableReadings(date: string, today: string, english: boolean): string[] {
  const two = english ? slashReadings(date, today) : undefined;
  if (two) return [two.dayMonth, two.monthDay];
  const read = parseTravelDate(date, today);
  const day = read.ok ? read.date : read.reason === "past" ? read.suggestion : undefined;
  return day && day <= lastBookableDate(today) ? [day] : [];
}

/** "2/3": the date(s) and the party it may be, each a tap, above the usual party choices. */
function partyOrDatePrompt(ctx: ConvoContext, asked: PartyOrDate, today: string, question: string): { text: string; keyboard: InlineKeyboard } {
  const day = (d: string) => shortDate(d, localeOf(ctx), today);
  const input = escapeHtml(shortQuote(asked.typed, 30));
  const party = partyText((k, v) => ctx.t(k, v), asked.party);
  const [first, second] = asked.dates;
  const said = second
    ? ctx.t("input-pax-dates-or-party", { input, daymonth: escapeHtml(day(first!)), monthday: escapeHtml(day(second)), party: escapeHtml(party) })
    : ctx.t("input-pax-date-or-party", { input, date: escapeHtml(day(first!)), party: escapeHtml(party) });
  const dates = dateChoices(asked.dates.map((date) => ({ date, text: ctx.t("input-pax-date-button", { date: day(date) }) })));
  const { adult, child, infant } = asked.party;
  const keyboard = new InlineKeyboard([...dates.inline_keyboard]).row().text(ctx.t("input-pax-counts-button", { party }), cb.pax(adult, child, infant)).row().append(paxChoices());
  return { text: `${said}\n${question}`, keyboard };
}

/** The party: the quick form's when it reads, else asked (with what the search has so far above the question). */
/**
 * The party asked. `form`: a whole new search typed here instead ("sub kno jumat depan 2 dws"), to start at
 * once (nothing typed at this search would be lost), never read as a bad party. `date`: a date typed here
 * ("12 jan", "1/12", or "2/3" said or tapped to be the date) as typed, for the date question to read; the
 * party is asked again after it.
 */
export async function askPax(conversation: Convo, ctx: ConvoContext, options: PaxOptions = {}): Promise<{ value: PaxCount; ctx: ConvoContext; form?: QuickForm; date?: string }> {
  const question = `${understood(ctx, options.route, options.date, options.today)}${ctx.t("input-ask-pax")}`;
  const changed = options.dateChanged && options.date ? `${ctx.t("input-pax-date-changed", { date: escapeHtml(shortDate(options.date, localeOf(ctx), options.today)) })}\n` : "";
  const today = options.today;
  let text = `${changed}${question}`;
  let keyboard = paxChoices();
  if (options.initial) {
    const first = parsePax(options.initial);
    if (first.ok) return { value: first.pax, ctx };
    // Past tiket.com's limit where only it searches: its own limit said, as for 7 adults (party-refusal.ts).
    const refused = await refusedPastEveryCount(conversation, ctx, first);
    text = `${refused ?? paxProblem(ctx, first, options.initial)}\n${question}`;
  } else if (options.offer) {
    const { adult, child, infant } = options.offer.party;
    const party = partyText((k, v) => ctx.t(k, v), options.offer.party);
    text = `${ctx.t("input-pax-counts-or-date", { input: escapeHtml(options.offer.typed.trim()), party: escapeHtml(party) })}\n${question}`;
    keyboard = new InlineKeyboard().text(ctx.t("input-pax-counts-button", { party }), cb.pax(adult, child, infant)).row().append(paxChoices());
  }
  // "2/3" asked about: a date or the party.
  let asked: PartyOrDate | undefined;
  for (;;) {
    let refused: string | undefined;
    let form: QuickForm | undefined;
    let date: string | undefined;
    let askAgain: PartyOrDate | undefined;
    const r = await ask(conversation, ctx, { text, keyboard }, async (a): Promise<Parsed<PaxCount | undefined>> => {
      // A date tapped ("2/3" asked about): the new travel date, the party asked after it.
      const tapped = a.kind === "button" && today ? parseDate(a.data) : undefined;
      if (tapped !== undefined) {
        if (tapped < today! || tapped > lastBookableDate(today!)) return stale(ctx);
        date = tapped;
        return { ok: true, value: undefined };
      }
      const typed = a.kind === "button" ? parsePaxButton(a.data) : a.text;
      if (typed === undefined) return stale(ctx);
      // "tanggal" / "passengers" (or the party in words) settle "2/3"; the same again is asked again.
      const reply = asked && a.kind === "text" && !a.unaddressed ? countsOrDateReply(typed, asked.typed, asked.party) : undefined;
      if (reply === "party") return { ok: true, value: asked!.party };
      if (reply === "date") date = asked!.date;
      if (reply === "again") askAgain = asked;
      if (reply) return { ok: true, value: undefined };
      // "2/3", "4-2": a party and a date too, asked; "12 jan", "tomorrow", "1/12" (no party of 13): the new date.
      // Never from chatter in a privacy-off group: not taken as a party either, and nothing said.
      const dated = a.kind === "text" && today ? partyAnswerDate(typed, today) : undefined;
      if (dated?.kind === "both") {
        const dates = bookableReadings(dated.date, today!, localeOf(ctx) === "en");
        if (dates.length > 0) {
          if (a.kind === "text" && a.unaddressed) return { ok: false };
          askAgain = { typed, party: dated.party, date: dated.date, dates };
          return { ok: true, value: undefined };
        }
      }
      const read = parsePax(typed);
      // "need 2", "2 pax pls", "just me": the party without the words that only ask, when only those stood in the way
      // (addressed to the bot: in a privacy-off group "just me" to a colleague is chatter).
      const p = !read.ok && read.reason === "unreadable" && a.kind === "text" && !a.unaddressed ? (partyWithFillers(typed) ?? corrected(typed) ?? read) : read;
      if (p.ok) return { ok: true, value: p.pax };
      if (dated?.kind === "date" && a.kind === "text" && !a.unaddressed) {
        date = dated.date;
        return { ok: true, value: undefined };
      }
      if (a.kind === "text" && !a.unaddressed) {
        form = await newSearchLine(conversation, typed);
        if (form) return { ok: true, value: undefined };
      }
      // A party no provider here takes by its own count: refused with that limit and the question asked again,
      // as the search refuses 7 adults (never the bot's 7 in all where only tiket.com searches).
      refused = a.kind === "text" && a.unaddressed ? undefined : await refusedPastEveryCount(conversation, ctx, p);
      return refused ? { ok: true, value: undefined } : { ok: false, hint: paxProblem(ctx, p, typed) };
    });
    if (r.value) return { value: r.value, ctx: r.ctx };
    if (form) return { value: { adult: 1, child: 0, infant: 0 }, ctx: r.ctx, form };
    if (date !== undefined) return { value: { adult: 1, child: 0, infant: 0 }, ctx: r.ctx, date };
    ctx = r.ctx;
    if (askAgain) {
      asked = askAgain;
      ({ text, keyboard } = partyOrDatePrompt(ctx, asked, today!, question));
      continue;
    }
    text = `${refused!}\n${question}`;
    keyboard = paxChoices();
  }
}

/** "jadi 3 org", "ganti jadi 2", "change to 2 pax", "make it 3", "actually 2": the party after the correction's words. */
function corrected(typed: string): PaxAnswer | undefined {
  const rest = afterChangeLead(typed);
  if (rest === undefined) return undefined;
  const read = parsePax(rest);
  return read.ok || read.reason !== "unreadable" ? read : partyWithFillers(rest);
}
