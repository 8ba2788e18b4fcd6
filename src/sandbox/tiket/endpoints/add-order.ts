/**
 * GET (or POST) /order/add/flight → envelope only; the order is read back with /order.
 *
 * Decisions on unverified points:
 * - The token's cart is one order; each add puts one detail per flight into it (a round trip gives a
 *   "trip" and a "return" detail). A cart that expired is replaced by a new order on the next add.
 * - The order expires `orderExpirySeconds` after its first add (payment does not extend it).
 * - Duplicate (status 204): the same flight with the same passenger names already active in this
 *   token's cart.
 * - The contact of the first add stays the order's contact.
 * - Validation failures and sold-out flights are status 201 with `error_msgs`.
 * - Only a flight get_flight_data priced on this token goes into its cart ("adds the flight(s) to the
 *   cart that belongs to the token", spec §6; search → get_flight_data → add-order on one token, §10).
 */
import { randomBytes } from "node:crypto";
import { faresOf, partyTotal, type Party } from "../flights/flight-view.js";
import type { SandboxFlight } from "../flights/generate-flights.js";
import { fail, ok, param, say, type EndpointContext, type EndpointHandler } from "../http/context.js";
import type { TokenSession } from "../state/tiket-state.js";
import type { TiketContact, TiketOrder, TiketOrderDetail, TiketPassenger } from "../types.js";
import { localDateTime } from "../wire/format.js";
import { pickFlights } from "./flight-data.js";
import { readContact, readPassengers } from "./passenger-validation.js";
import { parseParty } from "./search-params.js";

export const addFlightOrder: EndpointHandler = (ctx) => {
  const session = ctx.session;
  if (!session) return fail(ctx, 401, "token is required");
  if (!param(ctx, "flight_id")) return fail(ctx, 201, say(ctx, "flight_id is required", "flight_id wajib diisi"));
  if ([param(ctx, "flight_id"), param(ctx, "ret_flight_id")].some((id) => id && !session.priced.has(id))) {
    return fail(ctx, 201, say(ctx, "Get this flight's data with this token first", "Ambil data penerbangan ini dengan token ini terlebih dahulu"));
  }
  const party = parseParty(ctx);
  if (!party.ok) return fail(ctx, 201, party.message);
  const pick = pickFlights(ctx, party.value);
  if (!pick.ok) return fail(ctx, 201, pick.message);
  const flights = pick.back ? [pick.go, pick.back] : [pick.go];
  const contact = readContact(ctx);
  if (!contact.ok) return fail(ctx, 201, contact.message);
  const passengers = readPassengers(ctx, {
    party: party.value, international: flights.some((f) => f.international), travelDate: pick.go.date,
  });
  if (!passengers.ok) return fail(ctx, 201, passengers.message);
  if (flights.some((f) => f.carrier.needsCaptcha)) {
    const problem = checkCaptcha(ctx, session);
    if (problem) return fail(ctx, 201, problem);
  }

  const order = cartOf(ctx, session, contact.value);
  const names = signature(passengers.value);
  const duplicate = order.details.some(
    (d) => d.status === "active" && d.flightId === pick.go.id && signature(d.passengers) === names,
  );
  if (duplicate) {
    return fail(ctx, 204, say(
      ctx,
      "The same booking has already been made. Please wait 10 minutes before booking again.",
      "Pemesanan yang sama sudah dilakukan. Silakan tunggu 10 menit sebelum memesan kembali.",
    ));
  }
  flights.forEach((f, i) => order.details.push(makeDetail(ctx, f, i === 0 ? "trip" : "return", party.value, passengers.value)));
  ctx.state.orders.set(order.orderId, order);
  session.orderId = order.orderId;
  return ok(ctx);
};

function checkCaptcha(ctx: EndpointContext, session: TokenSession): string | undefined {
  const id = param(ctx, "lionsessionid");
  const answer = param(ctx, "lioncaptcha");
  if (!id || !answer) return say(ctx, "Lion Air captcha is required", "Captcha Lion Air wajib diisi");
  const captcha = ctx.state.captchas.get(id);
  const expired = say(ctx, "Captcha session expired, request a new captcha", "Sesi captcha kedaluwarsa, minta captcha baru");
  if (!captcha || captcha.used || captcha.token !== session.token) return expired;
  captcha.used = true;
  return captcha.answer === answer.toUpperCase() ? undefined : say(ctx, "Wrong captcha", "Captcha salah");
}

function cartOf(ctx: EndpointContext, session: TokenSession, contact: TiketContact): TiketOrder {
  const current = session.orderId ? ctx.state.order(session.orderId) : undefined;
  if (current?.paymentStatus === "shoppingcart") return current;
  const now = ctx.state.now();
  session.checkoutPageDone = false;
  return {
    orderId: ctx.state.nextId("order"),
    token: session.token,
    createdAt: now,
    expiresAt: now + ctx.state.orderExpirySeconds * 1000,
    contact,
    details: [],
    paymentStatus: "shoppingcart",
    ticketStatus: "booked",
    orderHash: randomBytes(16).toString("hex"),
  };
}

function signature(passengers: Pick<TiketPassenger, "firstName" | "lastName">[]): string {
  return passengers.map((p) => `${p.firstName} ${p.lastName}`.toLowerCase()).sort().join("|");
}

function makeDetail(
  ctx: EndpointContext, flight: SandboxFlight, trip: "trip" | "return", party: Party,
  passengers: Omit<TiketPassenger, "passengerId">[],
): TiketOrderDetail {
  const fares = faresOf(flight, ctx.state.priceDelta(flight.number));
  const first = flight.legs[0];
  const last = flight.legs[flight.legs.length - 1];
  return {
    orderDetailId: ctx.state.nextId("detail"),
    flightId: flight.id,
    trip,
    carrierCode: flight.carrier.code,
    flightNumber: flight.number,
    from: flight.from.code,
    to: flight.to.code,
    date: flight.date,
    departure: localDateTime(flight.date, first?.depart ?? 0),
    arrival: localDateTime(flight.date, last?.arrive ?? 0),
    ticketClass: flight.ticketClass,
    priceAdult: fares.adult,
    priceChild: fares.child,
    priceInfant: fares.infant,
    price: partyTotal(fares, party),
    status: "active",
    ...party,
    passengers: passengers.map((p) => ({ ...p, passengerId: ctx.state.nextId("passenger") })),
  };
}
