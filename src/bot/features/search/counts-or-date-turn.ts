import { countsOrDateReply } from "../../../domain/counts-or-date-answer.js";
import type { PaxCount } from "../../../domain/passenger.js";
import { localeOf, partyText, shortDate } from "../../../presenters/format.js";
import { escapeHtml } from "../../../presenters/html.js";
import type { ConvoContext } from "../../context.js";
import { shortQuote } from "../../../presenters/short-quote.js";

/** The date question's "5 2" (quick-form `countsOrDate`): as typed, its party reading and its date (when bookable). */
export interface CountsOrDate {
  typed: string;
  party: PaxCount;
  date?: string;
}

/** The question asked again: its text, and the dates offered as taps above the calendar. */
export interface AskAgain {
  text: string;
  dates: string[];
}

/**
 * An answer at the date question that speaks of the "5 2" it asks about. `date`: the date reading
 * ("tanggal", "the date"). `party`: the party reading ("penumpang", "5 adults 2 children"), kept for the
 * search while the date is asked again. `again`: the numbers typed again, or the date reading asked
 * for when it can't be booked; asked again naming what to type or tap, never left unanswered nor read
 * as something else. Undefined: anything else, which the question reads as usual.
 */
export function countsOrDateTurn(ctx: ConvoContext, text: string, two: CountsOrDate, today: string, question: string): { kind: "date"; date: string } | { kind: "party"; party: PaxCount; ask: AskAgain } | { kind: "again"; ask: AskAgain } | undefined {
  const reply = countsOrDateReply(text, two.typed, two.party);
  if (reply === undefined) return undefined;
  if (reply === "date" && two.date) return { kind: "date", date: two.date };
  const party = escapeHtml(partyText((k, v) => ctx.t(k, v), two.party));
  if (reply === "party") return { kind: "party", party: two.party, ask: { text: `${ctx.t("input-date-counts-party-taken", { party })}\n${question}`, dates: [] } };
  const input = escapeHtml(shortQuote(two.typed, 30));
  const again = two.date
    ? ctx.t("input-date-counts-or-date-again", { input, party, date: escapeHtml(shortDate(two.date, localeOf(ctx), today)) })
    : ctx.t("input-date-counts-or-party-again", { input, party });
  return { kind: "again", ask: { text: `${again}\n${question}`, dates: two.date ? [two.date] : [] } };
}

/**
 * "5 2" typed again after it was said to be the party: not read as a date nor refused as unreadable, but
 * said to be the party already, the date it could be offered as a tap if that was meant after all.
 */
export function partyAlreadyTaken(ctx: ConvoContext, text: string, two: CountsOrDate, today: string, question: string): AskAgain | undefined {
  if (countsOrDateReply(text, two.typed, two.party) !== "again") return undefined;
  const input = escapeHtml(shortQuote(two.typed, 30));
  const party = escapeHtml(partyText((k, v) => ctx.t(k, v), two.party));
  const said = two.date
    ? ctx.t("input-date-counts-party-already-or-date", { input, party, date: escapeHtml(shortDate(two.date, localeOf(ctx), today)) })
    : ctx.t("input-date-counts-party-already", { input, party });
  return { text: `${said}\n${question}`, dates: two.date ? [two.date] : [] };
}
