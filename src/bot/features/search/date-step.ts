import { InlineKeyboard } from "grammy";
import type { TimeOfDay } from "../../../domain/flight.js";
import type { PaxCount } from "../../../domain/passenger.js";
import { countsOnlyDateOf, countsOrDateOf, dateThenPartyOf, parsePax } from "../../../domain/pax-parse.js";
import { isDayInLaterMonth, isTodaysWeekday, lastBookableDate, parseTravelDate, pastDayMonthsMonthDay, slashReadings, type DateAnswer } from "../../../domain/travel-date.js";
import { spanDays, vagueSpan } from "../../../domain/date-span.js";
import type { ConvoContext } from "../../context.js";
import { localeOf, partyText, shortDate } from "../../../presenters/format.js";
import { escapeHtml } from "../../../presenters/html.js";
import { returnNote } from "./return-note.js";
import { ask, say, stale, type Convo, type Parsed, type Prompt } from "./ask.js";
import { parseDate, parseMonth } from "./callback-data.js";
import { calendar, dateChoices } from "./keyboards.js";
import { parseQuickForm } from "./quick-form.js";
import { countsOrDateTurn, partyAlreadyTaken, type CountsOrDate } from "./counts-or-date-turn.js";
import { dateWithoutFillers } from "../../../domain/answer-fillers.js";
import { understood } from "./understood-echo.js";
import { paxProblem } from "./pax-step.js";
import { shortQuote } from "../../../presenters/short-quote.js";
import { noSuchDayText } from "./no-such-day.js";

export function dateBounds(today: string): { today: string; max: string } {
  return { today, max: lastBookableDate(today) };
}

/** Why a typed date can't be used, in words that say what to do (the year shown when it isn't this year's). */
export function dateHint(ctx: ConvoContext, reason: Exclude<DateAnswer, { ok: true }>["reason"], detail: { max?: string; today?: string } = {}): string {
  if (reason === "vague") return ctx.t("input-date-vague");
  if (reason === "too_far" && detail.max) return ctx.t("input-date-too-far", { max: escapeHtml(shortDate(detail.max, localeOf(ctx), detail.today)) });
  return ctx.t(`search-date-${reason.replace("_", "-")}`);
}

/** What to say about a typed date that can't be used (e.g. a date typed at the results): the reason, with the suggestion or limit. */
export function dateAnswerText(ctx: ConvoContext, r: Exclude<DateAnswer, { ok: true }>, typed: string, today: string): string {
  if (r.reason === "nonexistent") return noSuchDayText(ctx, r, typed);
  if (r.reason === "unreadable") return ctx.t("input-date-unreadable", { input: escapeHtml(shortQuote(typed, 30)) });
  if (r.reason === "past" && r.suggestion) {
    return ctx.t("input-date-past-suggest", { input: escapeHtml(shortQuote(typed, 30)), suggestion: escapeHtml(shortDate(r.suggestion, localeOf(ctx), today)) });
  }
  return dateHint(ctx, r.reason, { max: r.reason === "too_far" ? r.max : undefined, today });
}

export interface DateOptions {
  /** The quick form's date text: used as is when it reads, else the question says why. */
  initial?: string;
  /** Echoed above the question. */
  route?: { from: string; to: string };
  /** The quick form's party, already read: echoed too, so "/cari cgk sub 7" shows the 7 was taken. */
  party?: PaxCount;
  /** The quick form's "5 2" with no date: said to be a date or a party, the date one tap away (quick-form `countsOrDate`). */
  countsOrDate?: string;
}

/**
 * "5 2" at the date question: both readings said, and the date's offered as a tap; nothing taken unasked.
 * `date`: the date reading (next year's when this year's passed), undefined when it can't be booked.
 */
export function countsOrDateReading(typed: string, today: string): { party: PaxCount; date?: string } | undefined {
  const two = countsOrDateOf(typed);
  if (!two) return undefined;
  const d = parseTravelDate(two.dayMonth, today);
  const date = d.ok ? d.date : d.reason === "past" ? d.suggestion : undefined;
  return { party: two.party, ...(date && date <= lastBookableDate(today) ? { date } : {}) };
}

/** A date answer with more than a date: a return ("25-28 des", "25 des pulang 28 des") or a time of day ("besok jam 7"). */
interface DateExtras {
  date: string;
  returnDate?: string;
  time?: TimeOfDay;
}

/**
 * What the quick form reads in a date answer the date parser alone can't, when it is nothing but a date
 * and its extras. `party`: a party typed after the date ("25 des 2", "2 jan 3"); this question keeps only
 * the date, and the party question that follows is told what was typed (never a party taken unasked).
 */
function dateWithExtras(text: string, today: string): (DateExtras & { party?: string }) | undefined {
  const { date, returnDate, roundTrip, time, pax, ...other } = parseQuickForm(text);
  if (date === undefined || Object.keys(other).length > 0 || (!roundTrip && time === undefined && pax === undefined)) return undefined;
  const parsed = parseTravelDate(date, today);
  return parsed.ok ? { date: parsed.date, returnDate, time, party: pax } : undefined;
}

/** Days offered as buttons for a span ("akhir bulan"); a longer one ("bulan depan") opens the calendar on its month instead. */
const MAX_SPAN_BUTTONS = 7;

/** A typed date the agent is asked about with one-tap choices, never taken for them. */
interface DateChoice {
  text: string;
  dates: string[];
  /** The calendar's month under the choices. */
  month?: string;
}

/**
 * What to ask back about a typed date that reads as more than one day: a span ("akhir bulan", "next week")
 * said back with its days, or, in English, a slash date that reads both as day/month and month/day (also
 * when the day/month one has passed).
 */
function dateChoice(ctx: ConvoContext, typed: string, today: string, parsed: DateAnswer): DateChoice | undefined {
  const locale = localeOf(ctx);
  const input = escapeHtml(shortQuote(typed, 30));
  const day = (d: string) => shortDate(d, locale, today);
  if (!parsed.ok && parsed.reason === "past" && parsed.suggestion) {
    // "1/12" in English on 5 December: passed as day/month, but 12 January as month/day is weeks away and
    // offered first (the nearer), with next year's 1 December, as "5/12" offers both readings.
    const monthDay = locale === "en" ? pastDayMonthsMonthDay(typed, today) : undefined;
    if (monthDay) return { text: ctx.t("input-date-past-or-month-day", { input, monthday: escapeHtml(day(monthDay)), suggestion: escapeHtml(day(parsed.suggestion)) }), dates: [monthDay, parsed.suggestion] };
    return { text: dateAnswerText(ctx, parsed, typed, today), dates: [parsed.suggestion] };
  }
  if (!parsed.ok && parsed.reason === "vague") {
    const span = vagueSpan(typed, today);
    if (!span) return undefined;
    const days = spanDays(span);
    const few = days.length <= MAX_SPAN_BUTTONS;
    const text = ctx.t(few ? "input-date-vague-span" : "input-date-vague-month", { input, from: escapeHtml(day(span.from)), to: escapeHtml(day(span.to)) });
    return { text, dates: few ? days : [], month: span.from.slice(0, 7) };
  }
  // "kamis" on a Thursday: today, or a week from today? Asked, never a week later silently.
  if (parsed.ok && isTodaysWeekday(typed, today) && parsed.date !== today) {
    return { text: ctx.t("input-date-today-or-next-week", { input, today: escapeHtml(day(today)), next: escapeHtml(day(parsed.date)) }), dates: [today, parsed.date] };
  }
  if (parsed.ok && locale === "en") {
    const two = slashReadings(typed, today);
    if (two) return { text: ctx.t("input-date-day-or-month", { input, daymonth: escapeHtml(day(two.dayMonth)), monthday: escapeHtml(day(two.monthDay)) }), dates: [two.dayMonth, two.monthDay] };
  }
  return undefined;
}

/**
 * The travel date: the quick form's when it reads, else asked with a calendar. A day and month that
 * already passed this year are never rolled over silently: the same day next year is offered as a tap.
 * A span ("akhir bulan") is said back with its days as taps, and an English "1/5" asks which reading is meant.
 */
export async function askDate(conversation: Convo, ctx: ConvoContext, today: string, options: DateOptions = {}): Promise<{ value: string; ctx: ConvoContext; time?: TimeOfDay; party?: PaxCount }> {
  const { max } = dateBounds(today);
  const labels = { today: ctx.t("calendar-today"), tomorrow: ctx.t("calendar-tomorrow"), weekdays: ctx.t("calendar-weekdays").split(" "), months: ctx.t("calendar-months").split(" ") };
  const echo = options.route && options.party ? `${ctx.t("input-understood-pax", { ...options.route, party: partyText((k, v) => ctx.t(k, v), options.party) })}\n` : understood(ctx, options.route);
  const question = `${echo}${ctx.t("input-ask-date")}`;
  const keyboard = (choice?: DateChoice) => {
    const cal = calendar(choice?.month ?? today.slice(0, 7), today, max, labels);
    if (!choice || choice.dates.length === 0) return cal;
    const taps = choice.dates.map((date) => ({ date, text: ctx.t("input-date-suggest-button", { date: shortDate(date, localeOf(ctx), today) }) }));
    // Two or three choices share a row; a week of days goes four to a row.
    return new InlineKeyboard([...dateChoices(taps, taps.length <= 3 ? 3 : 4).inline_keyboard, ...cal.inline_keyboard]);
  };
  // "tgl 2" on the 3rd: the 2nd of next month, said so (the echo alone shows only a date).
  const laterMonth = async (c: ConvoContext, typed: string, date: string) => {
    if (isDayInLaterMonth(typed, date, today)) await say(conversation, c, c.t("input-date-later-month", { input: escapeHtml(shortQuote(typed, 30)), date: escapeHtml(shortDate(date, localeOf(c), today)) }));
  };
  let prompt: Prompt = { text: question, keyboard: () => keyboard() };
  let two = options.countsOrDate && !options.initial ? countsOrDateReading(options.countsOrDate, today) : undefined;
  // "5 2" said at this question to be the party ("penumpang"): kept for the search, the date still asked.
  let party: PaxCount | undefined;
  let taken: CountsOrDate | undefined;
  if (two) {
    const party = partyText((k, v) => ctx.t(k, v), two.party);
    const input = escapeHtml(options.countsOrDate!.trim());
    const text = two.date
      ? ctx.t("input-date-counts-or-date", { input, date: escapeHtml(shortDate(two.date, localeOf(ctx), today)), party: escapeHtml(party) })
      : ctx.t("input-date-counts-or-party", { input, party: escapeHtml(party) });
    const choice: DateChoice = { text, dates: two.date ? [two.date] : [] };
    prompt = { text: `${text}\n${question}`, keyboard: () => keyboard(choice) };
  }
  if (options.initial) {
    const first = parseTravelDate(options.initial, today);
    const choice = dateChoice(ctx, options.initial, today, first);
    if (first.ok && !choice) {
      await laterMonth(ctx, options.initial, first.date);
      return { value: first.date, ctx };
    }
    const text = choice ? choice.text : dateAnswerText(ctx, first as Exclude<DateAnswer, { ok: true }>, options.initial, today);
    prompt = { text: `${text}\n${question}`, keyboard: () => keyboard(choice) };
  }
  for (;;) {
    let choose: DateChoice | undefined;
    let extras: (DateExtras & { party?: string }) | undefined;
    let typed: string | undefined;
    const r = await ask(conversation, ctx, prompt, async (a): Promise<Parsed<string | undefined>> => {
      if (a.kind === "button") {
        const month = parseMonth(a.data);
        if (month) {
          // Month navigation edits the calendar in place and keeps waiting.
          await conversation.external(async (outer) => {
            const msg = outer.callbackQuery?.message;
            if (msg) await outer.api.editMessageReplyMarkup(msg.chat.id, msg.message_id, { reply_markup: calendar(month, today, max, labels) });
          });
          return { ok: false };
        }
        const date = parseDate(a.data);
        return date && date >= today && date <= max ? { ok: true, value: date } : stale(ctx);
      }
      // "5 2" asked about: "tanggal" / "penumpang" (or the party in words) settle it; the same numbers again are asked again.
      const turn = two && !a.unaddressed ? countsOrDateTurn(ctx, a.text, { ...two, typed: options.countsOrDate! }, today, question) : undefined;
      if (turn?.kind === "date") return { ok: true, value: turn.date };
      if (turn?.kind === "party") {
        party = turn.party;
        taken = { ...two!, typed: options.countsOrDate! };
        two = undefined;
      }
      if (turn) {
        choose = turn.ask;
        return { ok: true, value: undefined };
      }
      // "5 2" once more after it was said to be the party: still the party, and the date one tap away if it was meant after all.
      const already = taken && !a.unaddressed ? partyAlreadyTaken(ctx, a.text, taken, today, question) : undefined;
      if (already) {
        choose = already;
        return { ok: true, value: undefined };
      }
      // "tmr pls", "need it on 5 jan", "besok aja": the date without the words that only ask, when only those stood in the way.
      const reads = (t: string) => { const p = parseTravelDate(t, today); return p.ok || p.reason !== "unreadable" || dateWithExtras(t, today) !== undefined; };
      // Only from a line addressed to the bot: in a privacy-off group, "besok aja kak" to a colleague is hers.
      const bare = a.unaddressed ? undefined : dateWithoutFillers(a.text);
      const answer = bare !== undefined && !reads(a.text) && reads(bare) ? bare : a.text;
      // "12 3": no party can be 12 and 3, so the day and month they can only be, as the quick form reads them.
      const text = countsOnlyDateOf(answer) ?? answer;
      const parsed = parseTravelDate(text, today);
      choose = dateChoice(ctx, text, today, parsed);
      if (choose) return { ok: true, value: undefined };
      if (parsed.ok) {
        typed = text;
        // "nanti malam", "nanti malem": today, and its night flights.
        const time = parseQuickForm(text).time;
        if (time) extras = { date: parsed.date, time };
        return { ok: true, value: parsed.date };
      }
      extras = dateWithExtras(text, today);
      if (extras) return { ok: true, value: extras.date };
      // "31 2 2 org": a day and month, then the party, as the quick form reads them: the day said not to exist.
      const dated = parsed.ok ? undefined : dateThenPartyOf(text);
      const dayMonth = dated ? parseTravelDate(dated.dayMonth, today) : undefined;
      if (dated && dayMonth && !dayMonth.ok) {
        const hint = dateAnswerText(ctx, dayMonth, dated.dayMonth, today);
        // "31 2 2 org": the party kept as "3 12 2 org" would take it, so the date typed next searches it unasked again.
        const kept = EXPLICIT_PARTY.test(text) ? parsePax(dated.party) : undefined;
        if (!kept?.ok) return { ok: false, hint };
        party = kept.pax;
        return { ok: false, hint: `${hint}\n${ctx.t("input-date-counts-party-taken", { party: escapeHtml(partyText((k, v) => ctx.t(k, v), kept.pax)) })}` };
      }
      return { ok: false, hint: dateAnswerText(ctx, parsed, text, today) };
    });
    if (r.value) {
      // "25-28 des" at this question: the outbound is searched and the return named as a second search, as in the quick form.
      if (extras?.returnDate && options.route) await say(conversation, r.ctx, returnNote(r.ctx.t.bind(r.ctx), localeOf(r.ctx), options.route, extras.returnDate, r.value, today));
      // "tomorrow for 2 pls", "besok 2 orang": a count said to be the party is taken with the date, and said so.
      const said = extras?.party !== undefined && EXPLICIT_PARTY.test(r.ctx.msg?.text ?? "") ? parsePax(extras.party) : undefined;
      if (said?.ok) {
        party = said.pax;
        await say(conversation, r.ctx, r.ctx.t("input-date-counts-party-taken", { party: escapeHtml(partyText((k, v) => r.ctx.t(k, v), said.pax)) }));
      }
      // "2 jan 3" or "25 des 2" here: the date is taken; the party question comes next, said to be where the count goes.
      else if (extras?.party !== undefined) await say(conversation, r.ctx, partyNext(r.ctx, extras.party));
      if (typed !== undefined) await laterMonth(r.ctx, typed, r.value);
      return { value: r.value, ctx: r.ctx, time: extras?.time, party };
    }
    const chosen = choose!;
    prompt = { text: chosen.text, keyboard: () => keyboard(chosen) };
    ctx = r.ctx;
  }
}

/** A count with a word saying it is the party: "for 2", "untuk 3", "2 pax", "2 orang", "2 adults" (not "2 jan 3"). */
const EXPLICIT_PARTY = /\b(?:for|untuk|utk|buat)\s+\d{1,2}\b|\b\d{1,2}\s*(?:pax|org|orang|dewasa|dws|adults?|people|persons?|penumpang)\b/i;

/** The party typed with a date at the date question: asked next, with the same question about "2 jan 3" as the quick form's. */
function partyNext(ctx: ConvoContext, party: string): string {
  const read = parsePax(party);
  if (!read.ok && read.reason === "day_or_count") return paxProblem(ctx, read, party);
  return ctx.t("input-date-party-next", { party: escapeHtml(shortQuote(party, 30)) });
}
