import type { Airport } from "../../../domain/airport.js";
import { aliasCity } from "../../../domain/airport-aliases.js";
import type { AirportMatch } from "../../../domain/airport-match.js";
import type { ConvoContext } from "../../context.js";
import { escapeHtml } from "../../../presenters/html.js";
import { stale, type Answer, type Convo, type Parsed } from "./ask.js";
import { parseAirport } from "./callback-data.js";
import { shortQuote } from "../../../presenters/short-quote.js";
import { providerCall, type CallResult } from "./provider-call.js";

/** Which end of the route a question is about: every airport prompt says it. */
export type RouteEnd = "origin" | "destination";

/**
 * The provider's airport list could not be read for a place typed (its error, as the replay log holds it):
 * thrown out of the question to the search conversation, which says it as the provider's fault and offers to
 * search again with the request kept, as a failed search does.
 */
export class AirportListUnavailable extends Error {
  constructor(readonly fault: Extract<CallResult<never>, { ok: false }>) {
    super("airport list unavailable");
    this.name = "AirportListUnavailable";
  }
}

export async function matchAirportExternally(conversation: Convo, text: string): Promise<AirportMatch> {
  // The error comes back as data (the replay log can't hold a class) and is thrown here, the same on every replay.
  const found = await providerCall(conversation, (ctx) => ctx.deps.airports.match(text));
  if (!found.ok) throw new AirportListUnavailable(found);
  return found.value;
}

/** A choice of airports asked about; `city` when they are one city's (Jakarta: CGK, HLP), not a misspelling's look-alikes. */
export interface Choice {
  text: string;
  airports: Airport[];
  city?: boolean;
}

export type Resolved = Parsed<Airport> & { choose?: Choice; unknown?: true };

/**
 * The city a certain choice is about: the words its airports' names in the alias table share
 * ("Jakarta" and "Jakarta Halim" → Jakarta, so "jkt" is echoed as Jakarta), else the input as typed.
 */
export function cityNamed(airports: readonly Airport[], typed: string): string {
  const names = airports.map((a) => (aliasCity(a.code) ?? "").split(" "));
  const shared: string[] = [];
  for (const word of names[0] ?? []) {
    if (!names.every((n) => n[shared.length] === word)) break;
    shared.push(word);
  }
  return shared.length > 0 ? escapeHtml(shared.join(" ")) : typed.replace(/(^|\s)(\p{L})/gu, (_, space: string, c: string) => space + c.toUpperCase());
}

/**
 * Resolves typed text or a suggestion button to one airport. Only a certain match is taken: a city
 * with several airports and a misspelling's look-alikes come back as a choice, an airport the
 * provider doesn't serve and an unknown name as a hint — each saying which end it is about.
 * `origin`: the route's origin when the destination is asked, so the hint's example is never it.
 */
export async function resolveAirport(conversation: Convo, ctx: ConvoContext, a: Answer, end: RouteEnd = "origin", origin = ""): Promise<Resolved> {
  const input = a.kind === "button" ? parseAirport(a.data) : a.text;
  if (!input) return stale(ctx);
  const match = await matchAirportExternally(conversation, input);
  const shown = escapeHtml(shortQuote(input));
  if (match.kind === "exact") return { ok: true, value: match.airport };
  if (match.kind === "choices") {
    // A city is named as a city ("Jakarta has…"); a misspelling is quoted as typed.
    const text = match.uncertain
      ? ctx.t(`input-airport-choose-${end}`, { input: shown })
      : ctx.t(`input-airport-city-${end}`, { input: cityNamed(match.airports, shown) });
    return { ok: false, choose: { text, airports: match.airports, city: !match.uncertain } };
  }
  if (match.kind === "unserved") {
    const text = ctx.t(`input-airport-unserved-${end}`, { city: escapeHtml(match.city), code: match.code });
    // "yia" where only JOG is listed: the city's other airport is one tap away.
    return match.alternatives ? { ok: false, choose: { text, airports: match.alternatives } } : { ok: false, hint: text };
  }
  return { ok: false, hint: ctx.t(`input-airport-unknown-${end}`, { input: shown, origin }), unknown: true };
}

export async function isPlace(conversation: Convo, text: string): Promise<boolean> {
  const m = await matchAirportExternally(conversation, text);
  return m.kind === "exact" || (m.kind === "choices" && !m.uncertain);
}

/** The airports a place names for certain: one, or a city's ("jkt": CGK, HLP). */
export async function certainAirports(conversation: Convo, text: string): Promise<Airport[]> {
  const m = await matchAirportExternally(conversation, text);
  return m.kind === "exact" ? [m.airport] : m.kind === "choices" && !m.uncertain ? m.airports : [];
}

export async function certainCodes(conversation: Convo, text: string): Promise<string[]> {
  return (await certainAirports(conversation, text)).map((a) => a.code);
}
