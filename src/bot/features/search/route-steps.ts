import { addYears } from "date-fns/addYears";
import { format } from "date-fns/format";
import { parse } from "date-fns/parse";
import type { Airport } from "../../../domain/airport.js";
import type { AirportMatch } from "../../../domain/airport-match.js";
import type { PaxCount } from "../../../domain/passenger.js";
import { parsePax } from "../../../domain/pax-parse.js";
import { parseTravelDate } from "../../../domain/travel-date.js";
import type { ConvoContext } from "../../context.js";
import { escapeHtml } from "../../../presenters/html.js";
import { ask, stale, type Answer, type Convo, type Parsed } from "./ask.js";
import { parseAirport, parseDate, parseMonth, parsePaxButton } from "./callback-data.js";
import { airportChoices, calendar, paxChoices } from "./keyboards.js";

export function matchAirportExternally(conversation: Convo, text: string): Promise<AirportMatch> {
  return conversation.external((ctx) => ctx.deps.airports.match(text));
}

/** Resolves typed text or a suggestion button to one airport; ambiguity turns into buttons. */
export async function resolveAirport(conversation: Convo, ctx: ConvoContext, a: Answer): Promise<Parsed<Airport> & { choices?: Airport[] }> {
  const input = a.kind === "button" ? parseAirport(a.data) : a.text;
  if (!input) return stale(ctx);
  const match = await matchAirportExternally(conversation, input);
  if (match.kind === "exact") return { ok: true, value: match.airport };
  if (match.kind === "choices") return { ok: false, choices: match.airports };
  return { ok: false, hint: ctx.t("search-airport-unknown", { input: escapeHtml(input.slice(0, 40)) }) };
}

/**
 * Asks for an airport; `initial` is what the quick form gave. Ambiguous or misspelled input is asked
 * again with suggestions as buttons (typing is still accepted).
 */
export async function askAirport(conversation: Convo, ctx: ConvoContext, question: string, initial?: string): Promise<{ value: Airport; ctx: ConvoContext }> {
  let prompt: { text: string; keyboard?: ReturnType<typeof airportChoices> } = { text: question };
  if (initial) {
    const first = await resolveAirport(conversation, ctx, { kind: "text", text: initial });
    if (first.ok) return { value: first.value, ctx };
    prompt = first.choices ? { text: ctx.t("search-airport-choose"), keyboard: airportChoices(first.choices) } : { text: `${first.hint ?? ""}\n${question}` };
  }
  for (;;) {
    let choices: Airport[] = [];
    const r = await ask(conversation, ctx, prompt, async (a): Promise<Parsed<Airport | undefined>> => {
      const res = await resolveAirport(conversation, ctx, a);
      if (!res.ok && res.choices) {
        choices = res.choices;
        return { ok: true, value: undefined };
      }
      return res;
    });
    if (r.value) return { value: r.value, ctx: r.ctx };
    prompt = { text: ctx.t("search-airport-choose"), keyboard: airportChoices(choices) };
    ctx = r.ctx;
  }
}

export function dateBounds(today: string): { today: string; max: string } {
  return { today, max: format(addYears(parse(today, "yyyy-MM-dd", new Date()), 1), "yyyy-MM-dd") };
}

export function dateHint(ctx: ConvoContext, reason: "unreadable" | "past" | "too_far"): string {
  return ctx.t(`search-date-${reason.replace("_", "-")}`);
}

export async function askDate(conversation: Convo, ctx: ConvoContext, today: string): Promise<{ value: string; ctx: ConvoContext }> {
  const { max } = dateBounds(today);
  const labels = { today: ctx.t("calendar-today"), tomorrow: ctx.t("calendar-tomorrow"), weekdays: ctx.t("calendar-weekdays").split(" ") };
  const r = await ask(conversation, ctx, { text: ctx.t("search-ask-date"), keyboard: calendar(today.slice(0, 7), today, max, labels) }, async (a): Promise<Parsed<string>> => {
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
      return date ? { ok: true, value: date } : stale(ctx);
    }
    const parsed = parseTravelDate(a.text, today);
    return parsed.ok ? { ok: true, value: parsed.date } : { ok: false, hint: dateHint(ctx, parsed.reason) };
  });
  return r;
}

export function paxHint(ctx: ConvoContext, reason: string): string {
  return ctx.t(`search-pax-${reason.replace(/_/g, "-")}`);
}

export async function askPax(conversation: Convo, ctx: ConvoContext): Promise<{ value: PaxCount; ctx: ConvoContext }> {
  return ask(conversation, ctx, { text: ctx.t("search-ask-pax"), keyboard: paxChoices() }, (a): Parsed<PaxCount> => {
    const text = a.kind === "button" ? parsePaxButton(a.data) : a.text;
    if (text === undefined) return stale(ctx);
    const r = parsePax(text);
    return r.ok ? { ok: true, value: r.pax } : { ok: false, hint: paxHint(ctx, r.reason) };
  });
}
