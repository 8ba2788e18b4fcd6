import { randomBytes } from "node:crypto";
import type { Logger } from "pino";
import type { z } from "zod";
import { ProviderError } from "../../domain/errors.js";
import type { FlightOffer, Quote } from "../../domain/flight.js";
import type { PaxCount } from "../../domain/passenger.js";
import { parse } from "./parse-body.js";
import { isLionAir, mandatoryFields, toQuote } from "./quote-mapping.js";
import { checkPartyEcho } from "./party-echo.js";
import { searchShowing, type SearchRefresh } from "./search.js";
import type { TiketSessions } from "./sessions.js";
import type { TiketHttp, TiketLang } from "./tiket-http.js";
import { captchaSchema, flightDataSchema } from "./wire-schemas.js";

export interface CartContext {
  http: TiketHttp;
  sessions: TiketSessions;
  timeZone: string;
  logger: Logger;
  refresh: SearchRefresh;
  /** The agent's language (error_msgs come back in it), when the cart is built for one. */
  lang?: TiketLang;
}

/** The flight a cart is for, as an offer or a booking request names it. */
export interface CartTarget {
  flightId: string;
  flightCode: string;
  from: string;
  to: string;
  date: string;
  departsAt?: string;
}

type FlightData = z.output<typeof flightDataSchema>;

const FLIGHT_DATA = "flight_api/get_flight_data";
const CAPTCHA = "flight_api/getLionCaptcha";
/** A quoted offer's ref is `<flight_id>~<cart id>`: the cart id leads `book` to the token the quote priced on. */
const CART_SEPARATOR = "~";
const CART_ID = /^[A-Za-z0-9_-]{8,32}$/;

export function cartRef(flightId: string, cartId: string): string {
  return `${flightId}${CART_SEPARATOR}${cartId}`;
}

/** An offer ref as search gives it (a flight_id) or as a quote gives it (with its cart id). */
export function readRef(ref: string): { flightId: string; cartId?: string } {
  const at = ref.lastIndexOf(CART_SEPARATOR);
  const cartId = at < 0 ? undefined : ref.slice(at + 1);
  return cartId && CART_ID.test(cartId) ? { flightId: ref.slice(0, at), cartId } : { flightId: ref };
}

const normalCode = (code: string) => code.replace(/[\s-]/g, "").toUpperCase();

/**
 * Readies a token's cart for one flight, the documented way (spec §10 steps 3–5): search with the party,
 * so the token's last search is this party's (get_flight_data takes no party), then get_flight_data on
 * the flight that search shows. The flight is found by its flight_id, else by flight number and time (in
 * case ids belong to the search that gave them); the id to book is the one this search gave.
 */
export async function primeCart(ctx: CartContext, token: string, target: CartTarget, pax: PaxCount): Promise<{ flightId: string; wire: FlightData }> {
  const sameFlight = (o: FlightOffer) => normalCode(o.flightCode) === normalCode(target.flightCode) && (!target.departsAt || o.departsAt === target.departsAt);
  const query = { from: target.from, to: target.to, date: target.date, pax };
  const offers = await searchShowing({ ...ctx, token, query }, (o) => o.ref === target.flightId || sameFlight(o));
  const shown = offers.find((o) => o.ref === target.flightId) ?? offers.find(sameFlight);
  if (!shown) {
    throw new ProviderError("seat_gone", "the flight is not in a new search for this party: sold out or gone", { endpoint: "search/flight", messages: [target.flightCode] });
  }
  const { body } = await ctx.http.get(FLIGHT_DATA, { flight_id: shown.ref, date: shown.date, token, lang: ctx.lang }, "read");
  const wire = parse(FLIGHT_DATA, flightDataSchema, body);
  // Priced for another party (another search on this token since?): neither quoted nor booked on.
  checkPartyEcho(wire.departures, pax);
  return { flightId: shown.ref, wire };
}

/**
 * A quote on a cart token of its own: a fresh token is primed for the party (primeCart), a Lion Air
 * captcha is fetched on that same token, and the token is kept, with the flight_id priced on it, under
 * the quote's cart id, which its ref carries, so booking this quote adds that flight to the cart that
 * priced it. A quote of an offer that already has a cart id (the re-check right before booking) primes a
 * new token for that cart id: the booking uses the token and flight_id of the last price check, even
 * when the caller books with the earlier quote's ref (whose flight_id that check's search may have
 * replaced). Calls: getToken, search (more rounds only while the flight is missing
 * and Check Update announces more), get_flight_data, and getLionCaptcha for Lion Air.
 */
export async function quoteOnCart(ctx: CartContext, offer: FlightOffer, pax: PaxCount): Promise<Quote> {
  const { flightId, cartId = randomBytes(9).toString("base64url") } = readRef(offer.ref);
  const token = await ctx.sessions.fresh();
  const primed = await primeCart(ctx, token, { ...offer, flightId }, pax);
  // The offer stays as searched (its price shows how far the quote moved); only its ref names the cart.
  const quote = toQuote(primed.wire, { ...offer, ref: cartRef(primed.flightId, cartId) }, pax);
  const cart = { token, flightId: primed.flightId };
  await ctx.sessions.saveCartToken(cartId, cart);
  if (!isLionAir(offer, mandatoryFields(primed.wire.required))) return quote;
  const captcha = parse(CAPTCHA, captchaSchema, (await ctx.http.get(CAPTCHA, { token, lang: ctx.lang }, "read")).body);
  if (!captcha.lioncaptcha || !captcha.lionsessionid) return quote;
  await ctx.sessions.saveCaptchaToken(captcha.lionsessionid, cart);
  return { ...quote, captcha: { image: captcha.lioncaptcha, session: captcha.lionsessionid } };
}
