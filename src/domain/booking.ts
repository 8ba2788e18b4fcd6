import { departureInstant } from "./airport-zones.js";
import type { OtherFlightBooked } from "./booked-other-flight.js";
import type { ProviderId, Quote } from "./flight.js";
import type { Rupiah } from "./money.js";
import type { Contact, PassengerInput, PassengerType, PaxCount } from "./passenger.js";

export const BOOKING_STATUSES = ["waiting", "pending", "issued", "cancel", "expired"] as const;
export type KnownBookingStatus = (typeof BOOKING_STATUSES)[number];
/** Unknown provider values are kept as text rather than crashing. */
export type BookingStatus = KnownBookingStatus | { unknown: string };

/**
 * Only a waiting booking is paid. "pending" is payment or ticketing under way at the provider
 * (tiket.com: paid, not yet ticketed; MMBC lists it without a meaning), so it is never paid again:
 * under any reading of it, waiting for the provider is safe and paying may be twice.
 */
export function isPayable(s: BookingStatus): boolean {
  return s === "waiting";
}

/**
 * Minutes before departure after which a booking is no longer issued: check-in closes 30–45 minutes
 * before a domestic flight, so a ticket paid later can't be flown and the deposit is spent for nothing.
 */
export const ISSUE_CUTOFF_MINUTES = 30;

/** Whether a booking's flight leaves too soon (or has left) to be paid for, by its departure airport's clock. */
export function tooLateToIssue(b: Pick<Booking, "departsAt" | "from">, now: Date): boolean {
  const departs = departureInstant(b);
  return Number.isFinite(departs) && departs < now.getTime() + ISSUE_CUTOFF_MINUTES * 60_000;
}

export function isKnownStatus(s: BookingStatus): s is KnownBookingStatus {
  return typeof s === "string";
}

export interface BookingRequest {
  provider: ProviderId;
  offerRef: string;
  flightCode: string;
  /** The offer's airline name: MMBC decides some passenger fields by airline, not only by code. */
  airlineName?: string;
  from: string;
  to: string;
  /** yyyy-mm-dd */
  date: string;
  pax: PaxCount;
  passengers: PassengerInput[];
  contact: Contact;
  /** The agent's reading of the quote's captcha, with the captcha's session (tiket.com Lion Air). */
  captcha?: { answer: string; session: string };
  /** The titles the provider accepts per passenger type, from the quote (see Quote.titles). */
  titles?: Quote["titles"];
  /** What the quote said this flight needs: details a provider sends only when the flight asks for them. */
  needs?: Quote["needs"];
  /** The booking agent's language, for the provider's own texts (see ForAgent in flight-provider.ts). */
  lang?: string;
}

export interface BookedPassenger {
  title: string;
  fullName: string;
  type: string;
  birthDate?: string;
  passportNumber?: string;
}

export interface Fares {
  /** Airline fare before tax, whole party. */
  publish: Rupiah;
  tax: Rupiah;
  /** What the customer pays. */
  total: Rupiah;
  /** Net-to-agent: what the provider takes from the deposit when issuing. */
  nta: Rupiah;
  /** The agent's commission, credited on issue; undefined when the provider's figure was missing or negative. */
  commission?: Rupiah;
  /**
   * One passenger's price per type, when the quote it was booked at priced each type (tiket.com) and
   * the booked total is that quote's: customer cards then show the same lines before and after booking.
   */
  each?: Partial<Record<PassengerType, Rupiah>>;
}

export interface Booking {
  provider: ProviderId;
  /** What the agent uses to refer to it: MMBC's PNR, or tiket.com's order id. */
  code: string;
  /** The airline's PNR when it differs from `code` (tiket.com gives it after issuing). */
  pnr?: string;
  airlineName: string;
  flightCode: string;
  from: string;
  to: string;
  departsAt: string;
  arrivesAt?: string;
  stops: number;
  transitInfo?: string;
  flightClass?: string;
  passengers: BookedPassenger[];
  contact?: { fullName?: string; email?: string; phone?: string };
  fares: Fares;
  /** ISO instant: the deadline to issue. */
  timelimit: string;
  /**
   * The provider's answer gave no readable deadline (MMBC's flight_timelimit null, "" or in an unknown
   * form): `timelimit` is then the departure, the latest it can be, never shown as the deadline, and no
   * reminder is scheduled from it. The agent is told to check /status.
   */
  timelimitUnknown?: true;
  status: BookingStatus;
  /** The provider booked another flight, route or day than asked: the fields above are its, and it is not issued here. */
  otherFlight?: OtherFlightBooked;
  /**
   * The provider holds it, but the last booking steps broke off without a clear answer (tiket.com's
   * checkout): its outcome is unclear, and it may not be payable as it stands (see ProviderError.unfinished).
   */
  unconfirmed?: true;
}

export interface BookingStatusResult {
  code: string;
  status: BookingStatus;
  /** The provider that knows the code, when the answer comes from more than one (PROVIDER=both). */
  provider?: ProviderId;
  /**
   * What paying it would take from the deposit now, when the provider's answer says (tiket.com's order
   * total; MMBC's status names none). A code booked outside the bot is issued only with it shown and confirmed.
   */
  total?: Rupiah;
  /**
   * The provider says unpaid ("waiting"), but a payment confirmation the bot sent earlier got no clear
   * answer (tiket.com's confirmPayment): it may still go through, so the bot never sends it again. The
   * status stays the provider's own; this is the bot's note beside it.
   */
  paymentUnconfirmed?: boolean;
  /**
   * Unpaid, but the session it can be paid with is gone (tiket.com: the order's token, spec §2; see
   * ProviderError.paySessionLost): the bot can't pay it; the provider's partner dashboard can.
   */
  paySessionLost?: boolean;
  /**
   * Unpaid, and its booking's last step never went through at the provider (tiket.com: checkout_customer,
   * which payment needs; see ProviderError.checkoutUnfinished): the bot can't pay it; the provider's dashboard can.
   */
  checkoutUnfinished?: boolean;
  /**
   * Unpaid, its booking's last step broke off at booking, and whether it went through since could not be read
   * now (the provider's answer failed): nothing offers to pay it (that payment may be refused), and it is not
   * said to be unpayable either. Paying it asks again (tiket.com's issue flow checks before paying).
   */
  checkoutUnknown?: boolean;
}

export interface IssueResult {
  code: string;
  pnr?: string;
  /** Empty when the airline gives none (AirAsia and Citilink say "Confirm"). */
  ticketNumbers: string[];
  message: string;
  /**
   * Paid from the deposit, but the airline had not issued the ticket when the call ended (tiket.com's
   * ticketing queue: paid, ticket_status still "booked"). Not issued: nobody may be told it is, and it is
   * never paid again.
   */
  awaitingTickets?: boolean;
}

/** Where an e-ticket can be had: a link to a PDF, or the provider e-mailed it to the customer. */
export type TicketDocument =
  | { kind: "link"; code: string; url: string; fileName: string }
  | { kind: "emailed"; code: string; email?: string };
