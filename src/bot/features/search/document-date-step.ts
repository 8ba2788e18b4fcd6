import { InlineKeyboard } from "grammy";
import { dateReadings, withoutBirthLabel, writtenAsExample, type DateReadings } from "../../../domain/document-date-readings.js";
import { whichOfTwo } from "../../../domain/which-of-two.js";
import { documentDateText } from "../../../presenters/document-date-text.js";
import { localeOf } from "../../../presenters/format.js";
import { escapeHtml } from "../../../presenters/html.js";
import type { ConvoContext } from "../../context.js";
import { ask, askAgain, GoBack, say, sendPrompt, stale, type Answer, type Convo, type Parsed, type Prompt } from "./ask.js";
import { cb, parseChoice } from "./callback-data.js";
import { shortQuote } from "../../../presenters/short-quote.js";

type Step<T> = Promise<{ value: T; ctx: ConvoContext }>;

/** A typed date that reads two ways, as typed (for saying back) and both readings. */
export interface TwoWays {
  typed: string;
  readings: DateReadings;
  /** How a two-digit year was placed, so the same date typed again reads the same. */
  notAfter?: string;
}

/** What a passenger-date question's parser gives: its value, or a date to ask about first. */
export type DatedAnswer<T> = { value: T } | { choose: TwoWays };

/** Which date is asked: named in the day/month question. */
export interface DateAsked {
  what: "birth" | "expiry" | "issued";
  name: string;
}

/**
 * Whether a numeric date ("12/03/85") is asked about rather than read day first: for a person whose
 * language is English, who may mean month/day (Indonesian users write day/month, and keep it). Its
 * two readings, or undefined: read as usual.
 */
export function twoWays(ctx: ConvoContext, typed: string, notAfter?: string): TwoWays | undefined {
  // In the examples' own form ("05-06-2018"): day first, as they are (domain `writtenAsExample`).
  if (localeOf(ctx) !== "en" || writtenAsExample(typed)) return undefined;
  const readings = dateReadings(typed, notAfter);
  return readings && { typed: typed.trim(), readings, ...(notAfter ? { notAfter } : {}) };
}

/**
 * Asks `question` until an answer is read. An answer whose date reads two ways (the parser says so,
 * `twoWays`) is asked about with one tap per reading ("12 Mar 1985" / "3 Dec 1985"), as the flight
 * date's "1/5" is; the tapped date goes through `picked`, the checks a typed one gets. An answer typed
 * at the choice answers the question; "back" there asks the question again. `opening`: the first
 * answer got another way (pasted on the name's line, personal-detail-step `firstAnswer`).
 */
export async function askDatedAnswer<T>(conversation: Convo, ctx: ConvoContext, question: Prompt, read: (a: Answer) => Parsed<DatedAnswer<T>>, picked: (date: string) => Parsed<T>, asked: DateAsked, opening?: () => Step<DatedAnswer<T>>): Step<T> {
  let r: { value: DatedAnswer<T>; ctx: ConvoContext } = await (opening ? opening() : ask(conversation, ctx, question, read));
  for (;;) {
    ctx = r.ctx;
    if ("value" in r.value) return { value: r.value.value, ctx };
    const c = await chooseReading(conversation, ctx, r.value.choose, asked);
    ctx = c.ctx;
    if (c.value === "again") {
      r = await ask(conversation, ctx, question, read);
      continue;
    }
    const next: Parsed<DatedAnswer<T>> = "date" in c.value ? wrap(picked(c.value.date)) : read({ kind: "text", text: c.value.text });
    r = next.ok ? { value: next.value, ctx } : await askAgain(conversation, ctx, await sendPrompt(conversation, ctx, { text: next.hint ?? "" }), read, { prompt: question });
  }
}

const DAY_MONTH = /^\s*(?:day\s*[/-]?\s*month|dd\s*[/-]?\s*mm|tanggal\s*[/-]?\s*bulan|tgl\s*[/-]?\s*bln)\s*[.!]?\s*$/i;
const MONTH_DAY = /^\s*(?:month\s*[/-]?\s*day|mm\s*[/-]?\s*dd|bulan\s*[/-]?\s*tanggal|bln\s*[/-]?\s*tgl)\s*[.!]?\s*$/i;

/** The date asked about typed again ("05-06-2018" twice; "dob 05/06/2018"): both its readings the same. */
function sameDate(text: string, two: TwoWays): boolean {
  const r = dateReadings(withoutBirthLabel(text), two.notAfter);
  return !!r && r.dayMonth === two.readings.dayMonth && r.monthDay === two.readings.monthDay;
}

function wrap<T>(p: Parsed<T>): Parsed<DatedAnswer<T>> {
  return p.ok ? { ok: true, value: { value: p.value } } : p;
}

/**
 * "12/03/85": 12 Mar 1985 (day/month) or 3 Dec 1985 (month/day)? One tap each, or typed as "the first
 * one" / "2nd" / "yg kedua"; the same date typed again takes the bot's own reading, day first (as its
 * examples), said so: asking it once more would ask forever. Any other typed answer is handed back to
 * the question.
 */
async function chooseReading(conversation: Convo, ctx: ConvoContext, two: TwoWays, asked: DateAsked): Step<{ date: string } | { text: string } | "again"> {
  const locale = localeOf(ctx);
  const [dm, md] = [documentDateText(two.readings.dayMonth, locale), documentDateText(two.readings.monthDay, locale)];
  const text = ctx.t("pax-date-which", { what: asked.what, name: escapeHtml(asked.name), input: escapeHtml(shortQuote(two.typed)), daymonth: dm, monthday: md });
  const kb = new InlineKeyboard().text(dm, cb.choice("dr", "dm")).text(md, cb.choice("dr", "md"));
  try {
    const r = await ask(conversation, ctx, { text, keyboard: kb }, (a): Parsed<{ date: string; again?: true } | { text: string }> => {
      if (a.kind === "text") {
        if (a.contact) return { ok: false, hint: text };
        // "the first one", "2nd", "yg kedua": that button; "yes", "ok" name neither, so both are named again.
        const which = whichOfTwo(a.text);
        if (which === "unsaid") return { ok: false, hint: ctx.t("pax-date-which-again", { daymonth: dm, monthday: md }) };
        if (which !== undefined) return { ok: true, value: { date: which === 1 ? two.readings.dayMonth : two.readings.monthDay } };
        // "day/month", "month/day" (the question's own words): that reading.
        const order = DAY_MONTH.test(a.text) ? 1 : MONTH_DAY.test(a.text) ? 2 : undefined;
        if (order !== undefined) return { ok: true, value: { date: order === 1 ? two.readings.dayMonth : two.readings.monthDay } };
        // "is it refundable?": no date in it, so no answer; the question and its buttons stay.
        if (!/\d/.test(a.text)) return { ok: false, hint: ctx.t("pax-date-which-again", { daymonth: dm, monthday: md }) };
        if (sameDate(a.text, two)) return { ok: true, value: { date: two.readings.dayMonth, again: true } };
        return { ok: true, value: { text: a.text } };
      }
      const v = parseChoice(a.data, "dr", ["dm", "md"] as const);
      return v ? { ok: true, value: { date: v === "dm" ? two.readings.dayMonth : two.readings.monthDay } } : stale(ctx);
    }, { onlyFromPrompt: true });
    if ("again" in r.value) await say(conversation, r.ctx, r.ctx.t("date-read-day-first", { date: dm }));
    return r;
  } catch (e) {
    if (!(e instanceof GoBack)) throw e;
    return { value: "again", ctx: e.ctx };
  }
}
