import type { Logger } from "pino";
import { z } from "zod";
import { isTokenRejection } from "./failure-mapping.js";
import { parse } from "./parse-body.js";
import type { TiketHttp } from "./tiket-http.js";
import type { TiketTokenStore } from "./token-store.js";

/** The token lifetime is undocumented ("until checkout payment"): a pooled one is replaced well before a day. */
const POOL_TTL_S = 20 * 60;
/** Captcha answers are typed within minutes. */
const CAPTCHA_TTL_S = 30 * 60;
/** A quote's cart is booked right after the price check that primed it; a later booking primes its own. */
const CART_TTL_S = 30 * 60;
/** check_order needs the customer's e-mail for as long as the bot may ask about the booking. */
const EMAIL_TTL_S = 90 * 24 * 3600;

const KEYS = {
  pool: "pool",
  orderToken: (orderId: string) => `order:${orderId}:token`,
  orderEmail: (orderId: string) => `order:${orderId}:email`,
  captcha: (session: string) => `captcha:${session}`,
  cart: (cartId: string) => `cart:${cartId}`,
  paid: (orderId: string) => `order:${orderId}:paid`,
  paying: (orderId: string) => `order:${orderId}:paying`,
  refused: (orderId: string) => `order:${orderId}:refused`,
  confirming: (orderId: string) => `order:${orderId}:confirming`,
  unfinished: (orderId: string) => `order:${orderId}:unfinished`,
};

/**
 * getToken's answer, in whichever of the seed's three forms it came (JSON, XML, PHP serialize: TiketHttp
 * reads all three into one object): a token of URL-safe characters, 40 hex in the docs (CHAR(128)).
 */
const tokenAnswerSchema = z.looseObject({ token: z.string().trim().regex(/^[A-Za-z0-9._~-]{1,128}$/) });

/** A primed cart: its token and the flight_id get_flight_data priced on it. */
export interface Cart {
  token: string;
  /** Absent only on a cart stored before carts named their flight (a bare token). */
  flightId?: string;
}

const writeCart = (cart: Cart) => JSON.stringify({ token: cart.token, flightId: cart.flightId });

function readCart(value: string): Cart | undefined {
  if (!value.startsWith("{")) return value ? { token: value } : undefined;
  try {
    const v = JSON.parse(value) as { token?: unknown; flightId?: unknown };
    if (typeof v.token !== "string" || !v.token) return undefined;
    return typeof v.flightId === "string" && v.flightId ? { token: v.token, flightId: v.flightId } : { token: v.token };
  } catch {
    return undefined;
  }
}

/**
 * Token handling. A token is a cart (spec §2, "one token per booking session/cart" §10): the result
 * lists of searches share a pooled one; each quote gets its own, which searches for the party, prices
 * the flight and later carries the booking's cart (cart-flow.ts); that token is kept by order id
 * because paying (issuing) happens later, maybe elsewhere.
 * The kept token is the one that built the cart, as is: "Renew Token" (getToken with `token=old`)
 * carries a login over to a new token but not the cart, so this adapter never renews a booking's token.
 */
export class TiketSessions {
  constructor(
    private readonly http: TiketHttp,
    private readonly store: TiketTokenStore,
    private readonly secretKey: string,
    private readonly logger: Logger,
  ) {}

  /** getToken: the only token call, and one of the few carrying the secret key (so never logged as a URL). */
  async fresh(): Promise<string> {
    return this.getToken();
  }

  /**
   * Seed 004 lists `method` and `secretkey` only; `output=json` (TiketHttp) is kept, harmless where it is
   * ignored, and the answer is read as XML or PHP serialize too, the other two forms the seed shows.
   */
  private async getToken(): Promise<string> {
    const { body } = await this.http.get("apiv1/payexpress", { method: "getToken", secretkey: this.secretKey }, "read", { anyFormat: true });
    return parse("apiv1/payexpress", tokenAnswerSchema, body).token;
  }

  /**
   * A call that is no cart step (check_order, the partner calls): seed 004 says every call but getToken
   * takes a token. The order's own token while it has one (not yet paid), else the pooled one; should
   * the order's be refused, the pooled one is used, and a refused pooled one is replaced once.
   */
  async withOrderOrPooled<T>(orderId: string | undefined, call: (token: string) => Promise<T>): Promise<T> {
    const own = orderId === undefined ? undefined : await this.orderToken(orderId);
    if (own === undefined) return this.withPooled(call);
    try {
      return await call(own);
    } catch (e) {
      if (!isTokenRejection(e)) throw e;
      this.logger.info({ order: orderId }, "order's tiket token refused on a read, using the pooled one");
      return this.withPooled(call);
    }
  }

  /** Runs a cart-free call (airports, result lists) on the shared token; a rejected token is replaced once. */
  async withPooled<T>(call: (token: string) => Promise<T>): Promise<T> {
    let token = await this.store.get(KEYS.pool);
    if (!token) token = await this.replacePool();
    try {
      return await call(token);
    } catch (e) {
      if (!isTokenRejection(e)) throw e;
      this.logger.info("pooled tiket token rejected, taking a new one");
      return call(await this.replacePool());
    }
  }

  /**
   * The shared token, for a call that must never be repeated on a new one (confirmPayment): withPooled
   * would send it again when the token is refused.
   */
  async pooledToken(): Promise<string> {
    return (await this.store.get(KEYS.pool)) ?? this.replacePool();
  }

  /** A pooled token tiket.com refused: the next call takes a new one (kept if another call replaced it meanwhile). */
  async dropPooled(token: string): Promise<void> {
    if ((await this.store.get(KEYS.pool)) === token) await this.store.delete(KEYS.pool);
  }

  async saveOrder(orderId: string, token: string, email: string, expiresAt: Date): Promise<void> {
    const ttl = Math.max(3600, (expiresAt.getTime() - Date.now()) / 1000 + 3600);
    await this.store.set(KEYS.orderToken(orderId), token, ttl);
    await this.store.set(KEYS.orderEmail(orderId), email, EMAIL_TTL_S);
  }

  orderToken(orderId: string): Promise<string | undefined> {
    return this.store.get(KEYS.orderToken(orderId));
  }

  /** After checkout payment the token is spent (spec §2); forgetting it keeps a stale one from being reused. */
  forgetOrderToken(orderId: string): Promise<void> {
    return this.store.delete(KEYS.orderToken(orderId));
  }

  /**
   * Set when the order's checkout steps broke off without a clear answer: before paying it, its session is
   * asked whether checkout_customer went through (issue-flow.ts), since payment needs it (spec §7, §10).
   */
  async markCheckoutUnfinished(orderId: string): Promise<void> {
    await this.store.set(KEYS.unfinished(orderId), "1", EMAIL_TTL_S);
  }

  async checkoutUnfinished(orderId: string): Promise<boolean> {
    return (await this.store.get(KEYS.unfinished(orderId))) !== undefined;
  }

  async clearCheckoutUnfinished(orderId: string): Promise<void> {
    await this.store.delete(KEYS.unfinished(orderId));
  }

  /** Set once checkout_payment succeeded: only the confirmation may be repeated after that. */
  async markPaid(orderId: string): Promise<void> {
    await this.store.set(KEYS.paid(orderId), "1", EMAIL_TTL_S);
  }

  async isPaid(orderId: string): Promise<boolean> {
    return (await this.store.get(KEYS.paid(orderId))) !== undefined;
  }

  /**
   * Set just before checkout_payment places the order, with the amount its preview showed, and cleared
   * when it is refused: if it is still set on the next attempt, the last payment's answer was lost.
   */
  async markPaying(orderId: string, previewed: number): Promise<void> {
    await this.store.set(KEYS.paying(orderId), String(previewed), EMAIL_TTL_S);
  }

  /** The amount previewed before a payment whose answer was lost, if there was one. */
  async wasPaying(orderId: string): Promise<number | undefined> {
    const v = await this.store.get(KEYS.paying(orderId));
    return v === undefined ? undefined : Number(v);
  }

  /** A payment placed at more than its preview: never confirmed, and every later attempt says so. */
  async refuseCharge(orderId: string, amounts: { charged: number; expected: number }): Promise<void> {
    await this.store.set(KEYS.refused(orderId), JSON.stringify(amounts), EMAIL_TTL_S);
  }

  async refusedCharge(orderId: string): Promise<{ charged: number; expected: number } | undefined> {
    const v = await this.store.get(KEYS.refused(orderId));
    return v === undefined ? undefined : (JSON.parse(v) as { charged: number; expected: number });
  }

  /**
   * Set just before confirmPayment is sent, and cleared only when it is definitely refused: while it is
   * set, the confirmation went out (answered, lost, or cut off by a crash) and is never sent again.
   */
  async markConfirming(orderId: string): Promise<void> {
    await this.store.set(KEYS.confirming(orderId), "1", EMAIL_TTL_S);
  }

  async confirmationSent(orderId: string): Promise<boolean> {
    return (await this.store.get(KEYS.confirming(orderId))) !== undefined;
  }

  /** tiket.com answered the confirmation OK: its payment is under way there, not in doubt. */
  async markConfirmationAnswered(orderId: string): Promise<void> {
    await this.store.set(KEYS.confirming(orderId), "answered", EMAIL_TTL_S);
  }

  /** Whether a confirmation went out for this order, and whether tiket.com answered it OK. */
  async confirmation(orderId: string): Promise<"answered" | "unanswered" | undefined> {
    const v = await this.store.get(KEYS.confirming(orderId));
    return v === undefined ? undefined : v === "answered" ? "answered" : "unanswered";
  }

  clearConfirming(orderId: string): Promise<void> {
    return this.store.delete(KEYS.confirming(orderId));
  }

  clearPaying(orderId: string): Promise<void> {
    return this.store.delete(KEYS.paying(orderId));
  }

  orderEmail(orderId: string): Promise<string | undefined> {
    return this.store.get(KEYS.orderEmail(orderId));
  }

  /** The cart a Lion captcha was fetched on: the booking adds to it, in case the captcha is bound to its token. */
  async saveCaptchaToken(session: string, cart: Cart): Promise<void> {
    await this.store.set(KEYS.captcha(session), writeCart(cart), CAPTCHA_TTL_S);
  }

  async takeCaptchaToken(session: string): Promise<Cart | undefined> {
    return this.take(KEYS.captcha(session));
  }

  /**
   * The cart a quote primed (cart-flow.ts), under the cart id its offer ref carries: its token and the
   * flight_id get_flight_data priced on it, which is the one to add (a re-priced cart's search may have
   * given the flight another id than the offer ref's).
   */
  async saveCartToken(cartId: string, cart: Cart): Promise<void> {
    await this.store.set(KEYS.cart(cartId), writeCart(cart), CART_TTL_S);
  }

  /** Taken once: a cart token builds one order, so a second booking of the same quote primes its own. */
  async takeCartToken(cartId: string): Promise<Cart | undefined> {
    return this.take(KEYS.cart(cartId));
  }

  private async take(key: string): Promise<Cart | undefined> {
    const value = await this.store.get(key);
    if (value === undefined) return undefined;
    await this.store.delete(key);
    return readCart(value);
  }

  private async replacePool(): Promise<string> {
    const token = await this.fresh();
    await this.store.set(KEYS.pool, token, POOL_TTL_S);
    return token;
  }
}
