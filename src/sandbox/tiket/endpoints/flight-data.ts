/**
 * GET /flight_api/get_flight_data?flight_id[&ret_flight_id&ret_date][&date]&token
 *
 * Decisions on unverified points, each read strictly (a token is one cart / booking session, spec §2 and §10):
 * - The party is the token's last search. adult/child/infant are not documented here, so they are ignored.
 * - Only a flight the token's last search showed is priced (201 otherwise, also for a token that never
 *   searched); a priced flight is what add-order on that token may put in the cart.
 * - `date` / `ret_date` are optional; when sent they must be the flights' dates (201 otherwise).
 * - Round trips answer a `returns` block shaped like `departures`.
 * - A price-change control shows up here (and in add-order), never in search.
 * - A flight that left, is sold out for the party, or an unknown id is a 201 error.
 */
import { bookable } from "../flights/search-results.js";
import { faresOf, flightView, type Party } from "../flights/flight-view.js";
import { findFlightById, type SandboxFlight } from "../flights/generate-flights.js";
import { requiredFields } from "../flights/required-fields.js";
import { fail, ok, param, say, type EndpointContext, type EndpointHandler } from "../http/context.js";
import { zonedDateTime } from "../wire/format.js";

export type FlightPick = { ok: true; go: SandboxFlight; back?: SandboxFlight } | { ok: false; message: string };

/** flight_id (+ ret_flight_id) → flights that can still be booked by this party. */
export function pickFlights(ctx: EndpointContext, party: Party): FlightPick {
  const go = findFlightById(param(ctx, "flight_id"));
  const retId = param(ctx, "ret_flight_id");
  const back = retId ? findFlightById(retId) : undefined;
  const notFound = say(ctx, "Flight not found, please search again", "Penerbangan tidak ditemukan, silakan cari ulang");
  if (!go || (retId && !back)) return { ok: false, message: notFound };
  const date = param(ctx, "date");
  const retDate = param(ctx, "ret_date");
  if ((date && date !== go.date) || (back && retDate && retDate !== back.date)) {
    return { ok: false, message: say(ctx, "The date does not match the flight", "Tanggal tidak sesuai dengan penerbangan") };
  }
  if (back && (back.from.code !== go.to.code || back.to.code !== go.from.code || back.date < go.date)) {
    return { ok: false, message: say(ctx, "The return flight does not match", "Penerbangan pulang tidak sesuai") };
  }
  for (const f of back ? [go, back] : [go]) {
    if (!bookable(ctx.state, f, party)) {
      return { ok: false, message: say(ctx, `${f.number} is full or no longer available`, `${f.number} sudah penuh atau tidak tersedia`) };
    }
  }
  return back ? { ok: true, go, back } : { ok: true, go };
}

export const getFlightData: EndpointHandler = (ctx) => {
  if (!param(ctx, "flight_id")) return fail(ctx, 201, say(ctx, "flight_id is required", "flight_id wajib diisi"));
  const session = ctx.session;
  const ids = [param(ctx, "flight_id"), param(ctx, "ret_flight_id")].filter(Boolean);
  if (!session?.lastParty || ids.some((id) => !session.shown.has(id))) {
    return fail(ctx, 201, say(ctx, "Search for this flight with this token first", "Cari penerbangan ini dengan token ini terlebih dahulu"));
  }
  const party = session.lastParty;
  const pick = pickFlights(ctx, party);
  if (!pick.ok) return fail(ctx, 201, pick.message);
  const { go, back } = pick;
  const flights = back ? [go, back] : [go];
  for (const f of flights) session.priced.add(f.id);
  const required = requiredFields({
    party,
    international: flights.some((f) => f.international),
    captcha: flights.some((f) => f.carrier.needsCaptcha),
    countryListUrl: `${ctx.origin}/general_api/listCountry`,
    travelDate: go.date,
  });
  const block = (f: SandboxFlight) => detailBlock(ctx, f, party);
  return ok(ctx, { required, departures: block(go), ...(back ? { returns: block(back) } : {}) });
};

function detailBlock(ctx: EndpointContext, flight: SandboxFlight, party: Party): Record<string, unknown> {
  const fares = faresOf(flight, ctx.state.priceDelta(flight.number));
  const timestamp = zonedDateTime(ctx.state.now(), ctx.state.timeZone);
  const view = flightView(flight, { lang: ctx.lang, party, fares, timestamp });
  return {
    ...view,
    count_adult: String(party.adult),
    count_child: String(party.child),
    count_infant: String(party.infant),
  };
}
