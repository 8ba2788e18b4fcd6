import type { Logger } from "pino";
import type { Airline, Airport } from "../../domain/airport.js";
import type { Booking, BookingRequest, BookingStatusResult, IssueResult, TicketDocument } from "../../domain/booking.js";
import { ProviderError, TicketError } from "../../domain/errors.js";
import type { FlightOffer, Quote, SearchQuery } from "../../domain/flight.js";
import type { FlightProvider, SearchOptions } from "../../domain/flight-provider.js";
import type { PaxCount } from "../../domain/passenger.js";
import { MmbcHttp, type CallKind, type MmbcHttpOptions } from "./mmbc-http.js";
import { toAirlines, toAirports, toBooking, toIssueResult, toQuote, toStatus } from "./mapping.js";
import { bookingForm, type Credentials } from "./booking-form.js";
import { searchAll, searchOneAirline, AIRLINE_NAMES, AIRLINE_PATHS, type AirlineKey } from "./search.js";
import {
  airlineListSchema, balanceSchema, bookingSchema, citySchema, issueSchema, priceSchema, resetPasswordSchema,
  statusSchema, ticketSchema, type BookingWire,
} from "./wire-schemas.js";
import { withAskedFlight } from "./booking-echo.js";
import { extractUrl, toWireDate } from "./wire-values.js";
import { parse } from "./parse-body.js";
import { bookingCode, optionalCode } from "../wire-codes.js";

export interface MmbcProviderOptions extends Omit<MmbcHttpOptions, "logger"> {
  credentials: Credentials;
  timeZone: string;
  sandbox: boolean;
  logger: Logger;
  maxTicketBytes?: number;
  /**
   * Also ask the per-airline endpoints during a search, to report progress as each airline answers.
   * The spec marks them "under maintenance", so this is on for the sandbox and opt-in for live accounts.
   */
  progressiveSearch?: boolean;
}

const CODE = /^[A-Z0-9]{4,10}$/;

/** The MMBC v5 adapter: every quirk of the wire ends here, the rest of the app sees domain types. */
export class MmbcProvider implements FlightProvider {
  readonly id = "mmbc" as const;
  readonly sandbox: boolean;
  readonly http: MmbcHttp;
  private readonly credentials: Credentials;
  private readonly timeZone: string;

  constructor(private readonly options: MmbcProviderOptions) {
    this.http = new MmbcHttp(options);
    this.credentials = options.credentials;
    this.timeZone = options.timeZone;
    this.sandbox = options.sandbox;
  }

  /** The login this provider acts as (not secret: the operator's is refused when someone tries to link it). */
  get username(): string {
    return this.credentials.username;
  }

  async airports(): Promise<Airport[]> {
    return toAirports(parse("getcodearea-json", citySchema, await this.http.get("getcodearea-json")));
  }

  async airlines(): Promise<Airline[]> {
    return toAirlines(parse("getcodeflights-json", airlineListSchema, await this.http.get("getcodeflights-json")));
  }

  async search(query: SearchQuery, options: SearchOptions = {}): Promise<FlightOffer[]> {
    const ctx = { http: this.http, form: this.form({ from: query.from, to: query.to, date: toWireDate(query.date) }), query, timeZone: this.timeZone, logger: this.options.logger };
    if (options.airline) {
      const key = options.airline.toLowerCase() as AirlineKey;
      if (!(key in AIRLINE_PATHS)) throw new ProviderError("validation", `unknown airline ${options.airline}`, { messages: [options.airline] });
      return searchOneAirline(ctx, key);
    }
    if (!this.options.progressiveSearch) return searchAll(ctx);
    // A list the airlines made on their own lacks some of them: the agent is told, and it is never kept as complete.
    return searchAll(ctx, options.onPartial, options.onOffers, (missing) => {
      this.options.logger.warn({ from: query.from, to: query.to, date: query.date, ...missing }, "all-airlines search failed: the list lacks some airlines");
      options.onProviderFailed?.(this.id, [...missing.notAsked, ...missing.unanswered.map((k) => AIRLINE_NAMES[k])]);
    });
  }

  async quote(offer: FlightOffer, pax: PaxCount): Promise<Quote> {
    const body = await this.call("getprice-json", "read", {
      from: offer.from, to: offer.to, date: toWireDate(offer.date), flight: offer.flightCode,
      adult: String(pax.adult), child: String(pax.child), infant: String(pax.infant),
    });
    return toQuote(parse("getprice-json", priceSchema, body), offer, pax);
  }

  async book(request: BookingRequest): Promise<Booking> {
    const body = await this.http.post("postbooking-json", bookingForm(this.credentials, request), "book");
    let booking: Booking;
    let wire: BookingWire;
    try {
      wire = parse("postbooking-json", bookingSchema, body, "outcome_unknown");
      booking = toBooking(wire, this.timeZone, request.date);
      if (booking.timelimitUnknown) this.options.logger.warn({ code: booking.code, field: "flight_timelimit" }, "MMBC booking answer has no readable pay-before time: recorded without one");
    } catch (cause) {
      // A success answer we can't fully read (an amount "", a date in an unknown form) still made the
      // booking: its code, when the answer has a valid one, goes to the agent ("don't book again, check it").
      // A code that is no booking code ("YDZ-AD/1") is quoted to the agent to check, never used or booked over.
      const code = codeInAnswer(body);
      const unusable = code === undefined ? unusableCodeInAnswer(body) : undefined;
      const raw = cause instanceof ProviderError ? cause.raw : code;
      throw new ProviderError("outcome_unknown", code ? `booked as ${code}, but the booking answer is unreadable` : "booking answer unreadable", {
        endpoint: "postbooking-json", cause, raw, ...(code !== undefined && { messages: [code], bookingCode: code }), ...(unusable !== undefined && { unusableCode: unusable }),
      });
    }
    const checked = withAskedFlight(booking, wire, request);
    if (checked.otherFlight) this.options.logger.warn({ code: booking.code, ...checked.otherFlight }, "MMBC booked another flight, route or day than asked");
    return checked;
  }

  async issue(code: string): Promise<IssueResult> {
    const body = await this.call("getissued-json", "issue", { kodebooking: checkCode(code) });
    return toIssueResult(code, parse("getissued-json", issueSchema, body, "outcome_unknown"));
  }

  async status(code: string): Promise<BookingStatusResult> {
    const wire = parse("getstatusbooking-json", statusSchema, await this.call("getstatusbooking-json", "read", { kodebooking: checkCode(code) }));
    return { code: wire.kodebooking ?? code, status: toStatus(wire.status) };
  }

  async ticket(code: string): Promise<TicketDocument> {
    const wire = parse("getetiket-json", ticketSchema, await this.call("getetiket-json", "read", { kodebooking: checkCode(code) }));
    const url = extractUrl(wire.reason);
    if (!url) throw new TicketError("invalid_url", "e-ticket answer has no link", { endpoint: "getetiket-json", raw: wire.reason.slice(0, 500) });
    return { kind: "link", code, url, fileName: `etiket-${code}.pdf` };
  }

  async downloadTicket(doc: Extract<TicketDocument, { kind: "link" }>): Promise<Uint8Array> {
    return this.http.download(doc.url, this.options.maxTicketBytes ?? 10 * 1024 * 1024);
  }

  async balance(): Promise<number> {
    return parse("ceksaldo", balanceSchema, await this.call("ceksaldo", "read", {})).saldo;
  }

  /** MMBC's reset flow; not on the port because tiket.com has nothing like it. */
  async resetPassword(input: { username: string; email: string; phone: string; agentCode: string; newPassword: string }): Promise<void> {
    const body = await this.http.post("resetpassword", {
      username: input.username, email: input.email, phone: input.phone, agencode: input.agentCode, newpassword: input.newPassword,
    }, "read");
    parse("resetpassword", resetPasswordSchema, body);
  }

  async close(): Promise<void> {
    await this.http.close();
  }

  private call(endpoint: string, kind: CallKind, params: Record<string, string>): Promise<unknown> {
    return this.http.post(endpoint, this.form(params), kind);
  }

  private form(params: Record<string, string>): Record<string, string> {
    return { username: this.credentials.username, password: this.credentials.password, ...params };
  }
}

/** The booking code of an answer the schema refused, when it carries a valid one (else undefined). */
function codeInAnswer(body: unknown): string | undefined {
  if (typeof body !== "object" || body === null || Array.isArray(body)) return undefined;
  const code = optionalCode(bookingCode).safeParse((body as Record<string, unknown>).kodebooking);
  return code.success ? code.data : undefined;
}

/** Quoted to the agent: enough to find it at the provider, never a whole message's worth. */
const MAX_UNUSABLE_CODE = 24;

/**
 * The `kodebooking` of a booking answer when it names something that is not a booking code (else undefined):
 * trimmed and cut to MAX_UNUSABLE_CODE characters with "…". Empty, "-" and null mean no code, as for failures.
 */
function unusableCodeInAnswer(body: unknown): string | undefined {
  if (typeof body !== "object" || body === null || Array.isArray(body)) return undefined;
  const value = (body as Record<string, unknown>).kodebooking;
  if (typeof value !== "string" && typeof value !== "number") return undefined;
  const text = String(value).slice(0, 1_000).trim().replace(/\s+/g, " ");
  if (text === "" || text === "-") return undefined;
  const chars = Array.from(text);
  return chars.length <= MAX_UNUSABLE_CODE ? text : `${chars.slice(0, MAX_UNUSABLE_CODE - 1).join("")}…`;
}

function checkCode(code: string): string {
  const c = code.trim().toUpperCase();
  if (!CODE.test(c)) throw new ProviderError("booking_not_found", "not a booking code", { messages: [code] });
  return c;
}
