import type { Logger } from "pino";
import type { Airline, Airport } from "../../domain/airport.js";
import type { Booking, BookingRequest, BookingStatusResult, IssueResult, TicketDocument } from "../../domain/booking.js";
import { partyBreach, partyLimitError, ProviderError } from "../../domain/errors.js";
import type { FlightOffer, Quote, SearchQuery } from "../../domain/flight.js";
import type { FlightProvider, ForAgent, SearchOptions } from "../../domain/flight-provider.js";
import type { Rupiah } from "../../domain/money.js";
import type { PaxCount } from "../../domain/passenger.js";
import { bookOrder } from "./book-flow.js";
import { quoteOnCart, type CartContext } from "./cart-flow.js";
import { issueOrder } from "./issue-flow.js";
import { toAirports } from "./offer-mapping.js";
import { parse } from "./parse-body.js";
import { searchWithRefresh, type SearchRefresh } from "./search.js";
import { TiketSessions } from "./sessions.js";
import { checkoutDone } from "./checkout-state.js";
import { fetchableVoucher, toStatus, voucherLink } from "./status-mapping.js";
import { TiketHttp, tiketLang, type CallKind } from "./tiket-http.js";
import type { TiketTokenStore } from "./token-store.js";
import { airportsSchema, checkOrderSchema, saldoSchema, type CheckOrderWire } from "./wire-schemas.js";

export interface TiketProviderOptions {
  baseUrl: string;
  secretKey: string;
  businessId: string;
  businessName: string;
  confirmKey: string;
  username: string;
  timeZone: string;
  sandbox: boolean;
  logger: Logger;
  lang?: "id" | "en";
  timeouts?: Partial<Record<CallKind, number>>;
  retryDelaysMs?: number[];
  tokens: TiketTokenStore;
  searchRefresh?: SearchRefresh;
  /** How long issue() waits for the PNR after paying. */
  issuePoll?: { maxMs: number; intervalMs: number };
  maxTicketBytes?: number;
  onCall?: (endpoint: string, outcome: string, ms: number) => void;
}

const AIRPORTS_TTL_MS = 60 * 60 * 1000;
const ORDER_ID = /^\d{1,20}$/;

/** The tiket.com partner-API adapter: tokens, carts and envelopes end here; the app sees domain types. */
export class TiketProvider implements FlightProvider {
  readonly id = "tiket" as const;
  readonly sandbox: boolean;
  /**
   * issueOrder (issue-flow.ts) reads the partner list for a payment a lost answer placed before paying
   * again, and never sends a confirmation twice (one whose answer was lost marks its status `paymentUnconfirmed`).
   */
  readonly issueFindsEarlierPayment = true;
  readonly readsOnlyOwnBookings = true;
  readonly http: TiketHttp;
  private readonly sessions: TiketSessions;
  private airportCache?: { at: number; list: Promise<Airport[]> };
  /** The API has no airline list: the airlines seen in this process's searches stand in for one. */
  private readonly seenAirlines = new Map<string, Airline>();

  constructor(private readonly options: TiketProviderOptions) {
    this.sandbox = options.sandbox;
    this.http = new TiketHttp({ ...options, lang: options.lang ?? "id" });
    this.sessions = new TiketSessions(this.http, options.tokens, options.secretKey, options.logger);
  }

  async airports(): Promise<Airport[]> {
    const cached = this.airportCache;
    if (cached && Date.now() - cached.at < AIRPORTS_TTL_MS) return cached.list;
    const list = this.sessions.withPooled(async (token) => {
      const { body } = await this.http.get("flight_api/all_airport", { token }, "read");
      return toAirports(parse("flight_api/all_airport", airportsSchema, body));
    });
    this.airportCache = { at: Date.now(), list };
    list.catch(() => { if (this.airportCache?.list === list) this.airportCache = undefined; });
    return list;
  }

  async airlines(): Promise<Airline[]> {
    return [...this.seenAirlines.values()].sort((a, b) => a.name.localeCompare(b.name));
  }

  /** Result lists share the pooled token: a list holds no cart, and each quote searches again on its own. */
  async search(query: SearchQuery, options: SearchOptions = {}): Promise<FlightOffer[]> {
    refuseParty(query.pax, "search/flight");
    const offers = await this.sessions.withPooled((token) => searchWithRefresh({ ...this.cart(options.lang), token, query }, options));
    for (const o of offers) this.seenAirlines.set(o.airlineCode, { code: o.airlineCode, name: o.airlineName, logoUrl: o.logoUrl });
    const wanted = options.airline?.trim().toLowerCase();
    const picked = wanted ? offers.filter((o) => o.airlineCode.toLowerCase() === wanted || o.airlineName.toLowerCase().includes(wanted)) : offers;
    return picked.sort((a, b) => a.price - b.price || a.departsAt.localeCompare(b.departsAt));
  }

  /** On a cart token of its own, which the booking of this quote then uses (cart-flow.ts). */
  async quote(offer: FlightOffer, pax: PaxCount, options: ForAgent = {}): Promise<Quote> {
    refuseParty(pax, "search/flight");
    return quoteOnCart(this.cart(options.lang), offer, pax);
  }

  async book(request: BookingRequest): Promise<Booking> {
    refuseParty(request.pax, "order/add/flight");
    return bookOrder(this.cart(request.lang), request);
  }

  async issue(code: string, confirmedTotal?: Rupiah): Promise<IssueResult> {
    const { options } = this;
    return issueOrder({
      http: this.http, sessions: this.sessions, timeZone: options.timeZone, logger: options.logger,
      partner: { secretKey: options.secretKey, confirmKey: options.confirmKey, username: options.username },
      poll: options.issuePoll ?? { maxMs: 10_000, intervalMs: 1_000 },
      checkOrder: (id) => this.checkOrder(id),
    }, orderIdOf(code), confirmedTotal);
  }

  /**
   * tiket.com's own status. An order still "waiting" whose deposit confirmation tiket.com answered OK is
   * "pending": its payment is under way there. One whose confirmation went out without a clear answer
   * (issue-flow.ts) stays "waiting", as tiket.com says, with `paymentUnconfirmed`: that confirmation may
   * still go through, so nothing pays it again, yet no payment is known to be under way.
   */
  async status(code: string): Promise<BookingStatusResult> {
    const orderId = orderIdOf(code);
    const wire = await this.checkOrder(orderId);
    const status = toStatus(wire, new Date(), this.options.timeZone);
    const confirmation = status === "waiting" ? await this.sessions.confirmation(orderId) : undefined;
    const total = wire.total_customer_price;
    // Unpaid with no session left to pay it with (issue-flow.ts): said, so no Issue is offered that can't work.
    const unpaid = status === "waiting" && confirmation === undefined && !(await this.sessions.isPaid(orderId));
    const token = unpaid ? await this.sessions.orderToken(orderId) : undefined;
    const lost = unpaid && !token;
    // Its checkout broke off at booking and never got through checkout_customer: not payable from here either.
    // Not known (the read failed): not offered for paying either (that payment may be refused), but said as
    // unknown; the payment itself asks again.
    const done = token === undefined ? true : await checkoutDone(this.http, this.sessions, orderId, token).catch(() => undefined);
    return {
      code: orderId, status: confirmation === "answered" ? "pending" : status,
      ...(total !== undefined && { total }), ...(confirmation === "unanswered" && { paymentUnconfirmed: true }), ...(lost && { paySessionLost: true }),
      ...(done === false && { checkoutUnfinished: true }), ...(done === undefined && { checkoutUnknown: true }),
    };
  }

  async ticket(code: string): Promise<TicketDocument> {
    const orderId = orderIdOf(code);
    const wire = await this.checkOrder(orderId);
    const status = toStatus(wire, new Date(), this.options.timeZone);
    if (status !== "issued") {
      const details = { endpoint: "check_order", messages: [typeof status === "string" ? status : status.unknown] };
      if (status === "expired") throw new ProviderError("booking_expired", "order expired", details);
      if (status === "cancel") throw new ProviderError("booking_cancelled", "order cancelled", details);
      throw new ProviderError("ticket_not_ready", "the ticket is not issued yet", details);
    }
    const link = voucherLink(wire);
    const url = link === undefined ? undefined : fetchableVoucher(link, this.http.baseUrl);
    if (link !== undefined && url === undefined) this.options.logger.warn({ order: orderId }, "voucher link on another host: not fetched, the voucher is e-mailed");
    if (url) return { kind: "link", code: orderId, url, fileName: `etiket-${orderId}.pdf` };
    // tiket.com e-mails the PDF voucher to the contact (spec §9).
    return { kind: "emailed", code: orderId, email: await this.sessions.orderEmail(orderId) };
  }

  async downloadTicket(doc: Extract<TicketDocument, { kind: "link" }>): Promise<Uint8Array> {
    return this.http.download(doc.url, this.options.maxTicketBytes ?? 10 * 1024 * 1024);
  }

  /**
   * The deposit balance (spec §8 get_saldo): the partner keys the spec lists, and the pooled token, which
   * seed 004 says every call after getToken takes.
   */
  async balance(): Promise<number> {
    const { body } = await this.sessions.withPooled((token) => this.http.get("partner/transactionApi/get_saldo", {
      token, secretkey: this.options.secretKey, confirmkey: this.options.confirmKey, username: this.options.username,
    }, "read"));
    return parse("partner/transactionApi/get_saldo", saldoSchema, body).results;
  }

  async close(): Promise<void> {
    await this.http.close();
  }

  /** The calls of one search, quote or booking; made for an agent, they ask for texts in the agent's language. */
  private cart(locale?: string): CartContext {
    const { timeZone, logger } = this.options;
    const lang = tiketLang(locale);
    return { http: this.http, sessions: this.sessions, timeZone, logger, refresh: this.options.searchRefresh ?? { maxMs: 8_000, intervalMs: 1_000 }, ...(lang && { lang }) };
  }

  /**
   * check_order takes the secret key and the customer's e-mail (kept at booking), as the spec reads it,
   * and a token, as seed 004 reads it ("for the other link you only need to use token"): the order's own
   * while it has one, else the pooled one. An order
   * not booked here has no e-mail: it is not looked up without one (the docs require it), and reads as
   * unknown, exactly like a mistyped code.
   */
  private async checkOrder(orderId: string): Promise<CheckOrderWire> {
    const email = await this.sessions.orderEmail(orderId);
    if (!email) {
      throw new ProviderError("booking_not_found", "not booked through this bot: check_order needs the customer's e-mail, which only a booking made here keeps", { endpoint: "check_order", messages: [orderId] });
    }
    const { body } = await this.sessions.withOrderOrPooled(orderId, (token) =>
      this.http.get("check_order", { order_id: orderId, email, secretkey: this.options.secretKey, token }, "read"));
    return parse("check_order", checkOrderSchema, body).result;
  }
}

/**
 * The API takes at most 6 of each passenger type and at least one adult (spec §6): a larger party is refused
 * here, before any call (a token, a search, a cart), with the limit, never sent to be refused by tiket.com.
 */
function refuseParty(pax: PaxCount, endpoint: string): void {
  const breach = partyBreach("tiket", pax);
  if (breach) throw partyLimitError(breach, endpoint);
}

function orderIdOf(code: string): string {
  const id = code.trim();
  if (!ORDER_ID.test(id)) throw new ProviderError("booking_not_found", "not a tiket.com order id", { messages: [code] });
  return id;
}
