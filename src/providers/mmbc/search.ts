import type { Logger } from "pino";
import { isProviderError, ProviderError } from "../../domain/errors.js";
import type { FlightOffer, SearchQuery } from "../../domain/flight.js";
import type { SearchOptions } from "../../domain/flight-provider.js";
import type { MmbcHttp } from "./mmbc-http.js";
import { toOffer } from "./mapping.js";
import { searchRowSchema, searchSchema } from "./wire-schemas.js";
import { parse } from "./parse-body.js";

/** Spec §6: one path per airline group (note the trailing slash). */
export const AIRLINE_PATHS = {
  airasia: "getflightAirasia/",
  aviastar: "getflightAviastar/",
  citilink: "getflightCitilink/",
  jetstar: "getflightJetstar/",
  kalstar: "getflightKalstar/",
  lion: "getflightLion/",
  sriwijaya: "getflightSriwijaya/",
  tiger: "getflightTiger/",
  transnusa: "getflightTransnusa/",
  trigana: "getflightTrigana/",
  xpress: "getflightXpress/",
} as const;
export type AirlineKey = keyof typeof AIRLINE_PATHS;

/** How agents know the airline behind each per-airline path. */
export const AIRLINE_NAMES: Record<AirlineKey, string> = {
  airasia: "AirAsia", aviastar: "Aviastar", citilink: "Citilink", jetstar: "Jetstar", kalstar: "Kalstar", lion: "Lion Air",
  sriwijaya: "Sriwijaya Air", tiger: "Tigerair", transnusa: "TransNusa", trigana: "Trigana Air", xpress: "Xpress Air",
};

/** Airlines MMBC sells (spec, intro) that no per-airline path names: only the all-airlines search finds them. */
export const WITHOUT_OWN_PATH = ["Garuda Indonesia", "Malindo Air", "Thai Lion Air"] as const;

/**
 * Who a list made of per-airline answers may lack: the airlines whose own search gave no list (it failed,
 * or, since these endpoints say "failed to receive data" for both, none of theirs flies here) and those
 * never asked on their own.
 */
export interface MissingAirlines {
  unanswered: AirlineKey[];
  notAsked: readonly string[];
}

export interface SearchContext {
  http: MmbcHttp;
  form: Record<string, string>;
  query: SearchQuery;
  timeZone: string;
  logger: Logger;
}

/**
 * Rows are parsed one by one: one odd row is logged and skipped instead of failing the search. An
 * answer of rows none of which is readable (bad codes, markup) is a protocol failure, not "no flights".
 */
function toOffers(ctx: SearchContext, endpoint: string, body: unknown): FlightOffer[] {
  const offers: FlightOffer[] = [];
  const rows = parse(endpoint, searchSchema, body);
  let issue: string | undefined;
  for (const row of rows) {
    const r = searchRowSchema.safeParse(row);
    if (r.success) offers.push(toOffer(r.data, ctx.query, ctx.timeZone));
    else {
      issue = r.error.issues[0]?.message;
      ctx.logger.warn({ endpoint, issue }, "skipped unreadable flight row");
    }
  }
  if (rows.length > 0 && offers.length === 0) throw new ProviderError("unavailable", `no readable flight in the ${endpoint} answer`, { endpoint, raw: issue });
  return offers.sort((a, b) => a.price - b.price || a.departsAt.localeCompare(b.departsAt));
}

export async function searchOneAirline(ctx: SearchContext, airline: AirlineKey, probe?: AbortSignal): Promise<FlightOffer[]> {
  const endpoint = AIRLINE_PATHS[airline];
  return toOffers(ctx, endpoint, await ctx.http.post(endpoint, ctx.form, probe ? "probe" : "search", probe));
}

/**
 * The all-airlines search (§5) is the answer. When the caller wants progress, the per-airline
 * endpoints (§6) are asked at the same time to report as each airline answers; they are marked
 * "under maintenance" in the spec, so their failures never fail the search. When the all-airlines
 * search fails, their answers together are returned instead, but that list is never complete (Garuda
 * has no path of its own): `onIncomplete` is told which airlines it lacks.
 */
export async function searchAll(
  ctx: SearchContext, onPartial?: SearchOptions["onPartial"], onOffers?: SearchOptions["onOffers"], onIncomplete?: (missing: MissingAirlines) => void,
): Promise<FlightOffer[]> {
  const main = ctx.http.post("getflights-json", ctx.form, "search").then((body) => toOffers(ctx, "getflights-json", body));
  if (!onPartial && !onOffers) return main;
  const keys = Object.keys(AIRLINE_PATHS) as AirlineKey[];
  const probes = new AbortController();
  let settled = false;
  let done = 0;
  // Each airline answers only for itself, so what they found so far is simply their lists together.
  let found: FlightOffer[] = [];
  const unanswered: AirlineKey[] = [];
  const partials = keys.map((key) =>
    searchOneAirline(ctx, key, probes.signal)
      .catch((e: unknown) => {
        if (!isProviderError(e)) throw e;
        // "No result" is an answer: that airline has no flight here.
        if (e.code !== "no_flights") unanswered.push(key);
        return [];
      })
      .then((offers) => {
        done += 1;
        // Once the answer is out, progress is over: a late report must not overwrite the results.
        if (settled) return offers;
        if (offers.length > 0 && onOffers) {
          found = [...found, ...offers].sort((a, b) => a.price - b.price);
          onOffers(found);
        }
        onPartial?.({ source: key, offers: offers.length, done, total: keys.length });
        return offers;
      }),
  );
  try {
    const offers = await main;
    settled = true;
    probes.abort();
    return offers;
  } catch (e) {
    // The main search failed: what the airlines answered on their own is better than nothing.
    const merged = (await Promise.all(partials)).flat().sort((a, b) => a.price - b.price);
    settled = true;
    if (merged.length > 0 && isProviderError(e) && e.code !== "invalid_credentials") {
      onIncomplete?.({ unanswered: keys.filter((k) => unanswered.includes(k)), notAsked: WITHOUT_OWN_PATH });
      return merged;
    }
    throw e;
  }
}
