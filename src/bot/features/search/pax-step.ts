import { InlineKeyboard } from "grammy";
import { MAX_PASSENGERS, type PaxCount } from "../../../domain/passenger.js";
import { parsePax, type PaxAnswer } from "../../../domain/pax-parse.js";
import type { ConvoContext } from "../../context.js";
import { partyText } from "../../../presenters/format.js";
import { escapeHtml } from "../../../presenters/html.js";
import { ask, stale, type Convo, type Parsed } from "./ask.js";
import { cb, parsePaxButton } from "./callback-data.js";
import { paxChoices } from "./keyboards.js";
import { partyWithFillers } from "../../../domain/answer-fillers.js";
import { understood } from "./understood-echo.js";
import { shortQuote } from "../../../presenters/short-quote.js";
import { refusedPastEveryCount } from "./party-refusal.js";
import { afterChangeLead } from "../../../domain/change-lead.js";
import { newSearchLine } from "./new-search-line.js";
import type { QuickForm } from "./quick-form.js";

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
}

/** The party: the quick form's when it reads, else asked (with what the search has so far above the question). */
/**
 * The party asked. `form`: a whole new search typed here instead ("sub kno jumat depan 2 dws"), to start at
 * once (nothing typed at this search would be lost), never read as a bad party.
 */
export async function askPax(conversation: Convo, ctx: ConvoContext, options: PaxOptions = {}): Promise<{ value: PaxCount; ctx: ConvoContext; form?: QuickForm }> {
  const question = `${understood(ctx, options.route, options.date, options.today)}${ctx.t("input-ask-pax")}`;
  let text = question;
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
  for (;;) {
    let refused: string | undefined;
    let form: QuickForm | undefined;
    const r = await ask(conversation, ctx, { text, keyboard }, async (a): Promise<Parsed<PaxCount | undefined>> => {
      const typed = a.kind === "button" ? parsePaxButton(a.data) : a.text;
      if (typed === undefined) return stale(ctx);
      const read = parsePax(typed);
      // "need 2", "2 pax pls", "just me": the party without the words that only ask, when only those stood in the way
      // (addressed to the bot: in a privacy-off group "just me" to a colleague is chatter).
      const p = !read.ok && read.reason === "unreadable" && a.kind === "text" && !a.unaddressed ? (partyWithFillers(typed) ?? corrected(typed) ?? read) : read;
      if (p.ok) return { ok: true, value: p.pax };
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
    ctx = r.ctx;
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
