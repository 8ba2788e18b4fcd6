import type { Airport } from "../../../domain/airport.js";
import { aliasCity } from "../../../domain/airport-aliases.js";
import type { AirportMatch } from "../../../domain/airport-match.js";
import type { ConvoContext } from "../../context.js";
import { escapeHtml } from "../../../presenters/html.js";
import { ask, stale, type Answer, type Convo, type Parsed } from "./ask.js";
import { parseAirport } from "./callback-data.js";
import { airportChoices } from "./keyboards.js";
import { parseQuickForm, type QuickForm } from "./quick-form.js";

/** Which end of the route a question is about: every airport prompt says it. */
export type RouteEnd = "origin" | "destination";

export function matchAirportExternally(conversation: Convo, text: string): Promise<AirportMatch> {
  return conversation.external((ctx) => ctx.deps.airports.match(text));
}

type Resolved = Parsed<Airport> & { choose?: { text: string; airports: Airport[] } };

/**
 * Resolves typed text or a suggestion button to one airport. Only a certain match is taken: a city
 * with several airports and a misspelling's look-alikes come back as a choice, an airport the
 * provider doesn't serve and an unknown name as a hint — each saying which end it is about.
 */
/**
 * The city a certain choice is about: the words its airports' names in the alias table share
 * ("Jakarta" and "Jakarta Halim" → Jakarta, so "jkt" is echoed as Jakarta), else the input as typed.
 */
function cityNamed(airports: readonly Airport[], typed: string): string {
  const names = airports.map((a) => (aliasCity(a.code) ?? "").split(" "));
  const shared: string[] = [];
  for (const word of names[0] ?? []) {
    if (!names.every((n) => n[shared.length] === word)) break;
    shared.push(word);
  }
  return shared.length > 0 ? escapeHtml(shared.join(" ")) : typed.replace(/(^|\s)(\p{L})/gu, (_, space: string, c: string) => space + c.toUpperCase());
}

export async function resolveAirport(conversation: Convo, ctx: ConvoContext, a: Answer, end: RouteEnd = "origin"): Promise<Resolved> {
  const input = a.kind === "button" ? parseAirport(a.data) : a.text;
  if (!input) return stale(ctx);
  const match = await matchAirportExternally(conversation, input);
  const shown = escapeHtml(input.trim().slice(0, 40));
  if (match.kind === "exact") return { ok: true, value: match.airport };
  if (match.kind === "choices") {
    // A city is named as a city ("Jakarta has…"); a misspelling is quoted as typed.
    const text = match.uncertain
      ? ctx.t(`input-airport-choose-${end}`, { input: shown })
      : ctx.t(`input-airport-city-${end}`, { input: cityNamed(match.airports, shown) });
    return { ok: false, choose: { text, airports: match.airports } };
  }
  if (match.kind === "unserved") {
    const text = ctx.t(`input-airport-unserved-${end}`, { city: escapeHtml(match.city), code: match.code });
    // "yia" where only JOG is listed: the city's other airport is one tap away.
    return match.alternatives ? { ok: false, choose: { text, airports: match.alternatives } } : { ok: false, hint: text };
  }
  return { ok: false, hint: ctx.t(`input-airport-unknown-${end}`, { input: shown }) };
}

/**
 * The destination question. A place typed with more ("sub besok 2", "bali tgl 25 2 org") comes back
 * as the quick form would read it (`form`, the place as its destination), for the flow to take every
 * part of it, as the origin question does.
 */
export function askDestination(conversation: Convo, ctx: ConvoContext, question: string, initial?: string): Promise<{ value?: Airport; form?: QuickForm; ctx: ConvoContext }> {
  return askPlace(conversation, ctx, question, initial, "destination", true);
}

/**
 * The origin question, where a whole route typed at once ("cgk-dps", "jkt ke bali", "CGK DPS besok 2")
 * comes back as the quick form would read it (`form`), for the flow to take every part of it. A name
 * that is one airport ("ujung pandang") stays an airport.
 */
export function askOrigin(conversation: Convo, ctx: ConvoContext, question: string, initial?: string): Promise<{ value?: Airport; form?: QuickForm; ctx: ConvoContext }> {
  return askPlace(conversation, ctx, question, initial, "origin", true);
}

async function isPlace(conversation: Convo, text: string): Promise<boolean> {
  const m = await matchAirportExternally(conversation, text);
  return m.kind === "exact" || (m.kind === "choices" && !m.uncertain);
}

/** What a line may carry besides its places: any of it makes the line more than a place's name. */
const BESIDES_PLACES = ["date", "pax", "time", "roundTrip", "returnDate", "unread", "countsOrDate"] as const;

/**
 * One place typed with more ("sub besok 2" at either question): the quick form's reading, the place
 * at the end asked about. Undefined for a bare place (its name may be several words: "ujung pandang")
 * and for a place not known for certain, which the question resolves (and offers) as before.
 */
async function placeWithMore(conversation: Convo, text: string, end: RouteEnd): Promise<QuickForm | undefined> {
  const read = parseQuickForm(text);
  const { origin, destination, ...rest } = read;
  const place = end === "origin" ? (destination === undefined ? origin : undefined) : origin === undefined || destination === undefined ? (origin ?? destination) : undefined;
  if (!place || !BESIDES_PLACES.some((k) => read[k] !== undefined)) return undefined;
  // "surbaya bsk 2": a place not known for certain is still the place, its date and party kept; the question
  // resolves it (a one-tap choice, or why it isn't known) as the quick form's would, never the whole line.
  if (await isPlace(conversation, place)) return { ...rest, [end]: place };
  return read.date !== undefined || read.pax !== undefined || read.time !== undefined ? { ...rest, [end]: place } : undefined;
}

/** The airports a place names for certain: one, or a city's ("jkt": CGK, HLP). */
async function certainCodes(conversation: Convo, text: string): Promise<string[]> {
  const m = await matchAirportExternally(conversation, text);
  return m.kind === "exact" ? [m.airport.code] : m.kind === "choices" && !m.uncertain ? m.airports.map((a) => a.code) : [];
}

/**
 * Two places typed at the first question ("surbaya bali bsk 2", "bpp cgk bsk 2", "yia dps"): read as the quick
 * form reads them, each end asked about on its own, when at least one end is a place for certain. Never the
 * airport matcher on the whole line, which took "bali" and made the destination the origin. Two names of one
 * airport ("juanda surabaya", "jkt cgk") stay that airport; two ends neither known stay one misspelt name
 * ("pangkal pinnang"), unless a date or party says the line is a whole search.
 */
async function routeLine(conversation: Convo, text: string): Promise<QuickForm | undefined> {
  const read = parseQuickForm(text);
  if (!read.origin || !read.destination) return undefined;
  const [o, d] = [await certainCodes(conversation, read.origin), await certainCodes(conversation, read.destination)];
  // "juanda surabaya", "jkt cgk": two names of one airport (or a city and one of its airports) are that airport.
  if (o.some((c) => d.includes(c))) return undefined;
  if (o.length > 0 || d.length > 0) return read;
  return BESIDES_PLACES.some((k) => k !== "unread" && read[k] !== undefined) ? read : undefined;
}

async function askPlace(conversation: Convo, ctx: ConvoContext, question: string, initial: string | undefined, end: RouteEnd, readRoute: boolean): Promise<{ value?: Airport; form?: QuickForm; ctx: ConvoContext }> {
  let prompt: { text: string; keyboard?: ReturnType<typeof airportChoices> } = { text: question };
  if (initial) {
    const first = await resolveAirport(conversation, ctx, { kind: "text", text: initial }, end);
    if (first.ok) return { value: first.value, ctx };
    prompt = first.choose ? { text: first.choose.text, keyboard: airportChoices(first.choose.airports) } : { text: first.hint ?? question };
  }
  for (;;) {
    let choose: { text: string; airports: Airport[] } | undefined;
    let form: QuickForm | undefined;
    const r = await ask(conversation, ctx, prompt, async (a): Promise<Parsed<Airport | undefined>> => {
      // "sub besok 2": read before the airport matcher, which would take "sub" and drop the rest unsaid.
      const more = readRoute && a.kind === "text" ? ((end === "origin" ? await routeLine(conversation, a.text) : undefined) ?? (await placeWithMore(conversation, a.text, end))) : undefined;
      if (more) {
        form = more;
        return { ok: true, value: undefined };
      }
      const res = await resolveAirport(conversation, ctx, a, end);
      if (!res.ok && res.choose) {
        choose = res.choose;
        return { ok: true, value: undefined };
      }
      return res;
    });
    if (r.value) return { value: r.value, ctx: r.ctx };
    if (form) return { form, ctx: r.ctx };
    prompt = { text: choose!.text, keyboard: airportChoices(choose!.airports) };
    ctx = r.ctx;
  }
}
