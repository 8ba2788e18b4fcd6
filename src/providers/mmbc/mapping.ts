import { ProviderError } from "../../domain/errors.js";
import { airlineDisplayName } from "../../domain/airline-names.js";
import type { Airline, Airport } from "../../domain/airport.js";
import type { Booking, BookingStatus, IssueResult } from "../../domain/booking.js";
import { BOOKING_STATUSES } from "../../domain/booking.js";
import { statusTextCut } from "../../domain/provider-status-text.js";
import type { FlightOffer, Quote, SearchQuery } from "../../domain/flight.js";
import type { PaxCount } from "../../domain/passenger.js";
import type { z } from "zod";
import type { airlineListSchema, BookingWire, citySchema, issueSchema, priceSchema, SearchRow } from "./wire-schemas.js";
import { checkPriceEcho } from "./price-echo.js";
import { airlineCodeOf, requirementsFor } from "./airline-requirements.js";
import { flightInstants, localDate, parseWireDateTime, parseWireTimelimit, splitTicketNumbers } from "./wire-values.js";

export function offerRef(flightCode: string, from: string, to: string, date: string): string {
  return [flightCode, from, to, date].join("|");
}

export function toOffer(row: SearchRow, query: SearchQuery, timeZone: string): FlightOffer {
  const [routeFrom, routeTo] = (row.flight_route ?? "").split("-").map((s) => s.trim());
  const from = (row.flight_from ?? routeFrom ?? query.from).toUpperCase();
  const to = (row.flight_to ?? routeTo ?? query.to).toUpperCase();
  const date = /^\d{4}-\d{2}-\d{2}$/.test(row.flight_date ?? "") ? row.flight_date! : query.date;
  const { departsAt, arrivesAt } = flightInstants(date, row.flight_datetime, timeZone, { from, to });
  return {
    provider: "mmbc",
    ref: offerRef(row.flight_code, from, to, date),
    airlineName: airlineDisplayName(airlineCodeOf(row.flight_code), row.flight),
    airlineCode: airlineCodeOf(row.flight_code),
    flightCode: row.flight_code,
    from,
    to,
    date,
    departsAt,
    arrivesAt,
    stops: row.flight_transit,
    transitInfo: row.flight_infotransit,
    price: row.flight_price,
    // 0 means "not given" on this API (AirAsia rows), not a free fare.
    baseFare: row.flight_publishfare ? row.flight_publishfare : undefined,
    baggage: row.flight_baggage,
    facilities: row.flight_facilities,
    logoUrl: row.flight_image,
  };
}

export function toQuote(wire: z.output<typeof priceSchema>, offer: FlightOffer, pax: PaxCount): Quote {
  checkPriceEcho(wire, offer, pax);
  return {
    offer,
    pax,
    seatsLeft: wire.flight_seat,
    baseFare: wire.publish,
    tax: wire.tax,
    total: wire.totalfare,
    flightClass: wire.flight_class,
    // The same inputs as the booking form's (book-flight passes the offer's name), so what the agent
    // is asked for is exactly what the form sends.
    needs: requirementsFor(offer.flightCode, offer.from, offer.to, offer.airlineName),
  };
}

export function toStatus(raw: string): BookingStatus {
  const s = raw.trim().toLowerCase();
  const known = BOOKING_STATUSES.find((k) => k === s || (k === "cancel" && s === "cancelled"));
  return known ?? { unknown: statusTextCut(raw) };
}

/**
 * The booking as MMBC describes it. A booking that was made (it has a code) is never lost over a date:
 * a departure left out (null, "") is the day asked at the answer's own clock times; a deadline left out
 * or in no form read here is unknown (`timelimitUnknown`, see Booking). Only a departure written in a form
 * nobody reads is refused: its day can't be told to be the one asked.
 */
export function toBooking(wire: BookingWire, timeZone: string, askedDate?: string): Booking {
  const departsAt = wire.flight_departure !== undefined
    ? parseWireDateTime(wire.flight_departure, timeZone)
    : askedDate && flightInstants(askedDate, wire.flight_time ?? ["00:00", "00:00"], timeZone, { from: wire.flight_from, to: wire.flight_to }).departsAt;
  // Named by field, never by value: the caller logs the message.
  if (!departsAt) throw new Error("unparseable booking date: flight_departure");
  const timelimit = wire.flight_timelimit !== undefined ? parseWireTimelimit(wire.flight_timelimit, wire.flight_from, timeZone) : undefined;
  const arrivesAt = wire.flight_time
    ? flightInstants(localDate(departsAt, timeZone), wire.flight_time, timeZone, { from: wire.flight_from, to: wire.flight_to }).arrivesAt
    : undefined;
  const contact = wire.flight_contactdetails;
  return {
    provider: "mmbc",
    code: wire.kodebooking.toUpperCase(),
    airlineName: airlineDisplayName(airlineCodeOf(wire.flight_code), wire.flight),
    flightCode: wire.flight_code,
    from: wire.flight_from.toUpperCase(),
    to: wire.flight_to.toUpperCase(),
    departsAt,
    arrivesAt,
    stops: wire.flight_transit ?? 0,
    transitInfo: wire.flight_infotransit,
    flightClass: wire.flight_class,
    passengers: (wire.flight_datapassengers ?? []).map((p) => ({
      title: p.passenger_title,
      fullName: p.passenger_fullname,
      type: p.passenger_type.toLowerCase(),
      birthDate: p.passenger_dob,
      passportNumber: p.passenger_passportnumber,
    })),
    contact: contact ? { fullName: contact.contact_fullname, email: contact.contact_email, phone: contact.contact_phone } : undefined,
    fares: {
      publish: wire.flight_publishfare,
      tax: wire.flight_tax,
      total: wire.flight_totalfare,
      nta: wire.flight_shownta,
      commission: wire.flight_bonus_agen,
    },
    // Unknown: the latest it can be is the departure, which is what the bot's checks read; nothing
    // shows it as the deadline and no reminder is set from it (timelimitUnknown).
    timelimit: timelimit ?? departsAt,
    ...(timelimit === undefined && { timelimitUnknown: true as const }),
    status: toStatus(wire.flight_statusbooking ?? "waiting"),
  };
}

/** "Kode Booking XXXXX sudah berhasil terissued!" (seed): the code the answer says it issued. */
const CODE_IN_REASON = /kode\s*booking\s*:?\s*([A-Za-z0-9]{4,10})\b/i;

/**
 * An "ok" whose reason names another booking code than the one asked says nothing sure about this one
 * (another booking paid? a mixed-up answer?): it is an unclear outcome, which the issue use case settles
 * by the status and never by paying again, not "issued".
 */
export function toIssueResult(code: string, wire: z.output<typeof issueSchema>): IssueResult {
  // Only a token written as codes are (upper case, digits): "Kode Booking sudah …" names no code.
  const named = CODE_IN_REASON.exec(wire.reason)?.[1];
  if (named !== undefined && /^[A-Z0-9]+$/.test(named) && named !== code.toUpperCase()) {
    throw new ProviderError("outcome_unknown", "issue answer names another booking code", { endpoint: "getissued-json", raw: named });
  }
  return { code, ticketNumbers: splitTicketNumbers(wire.ticket_number), message: wire.reason.trim() };
}

export function toAirports(rows: z.output<typeof citySchema>): Airport[] {
  return rows.filter((r) => /^[A-Z]{3}$/i.test(r.code)).map((r) => ({ code: r.code.toUpperCase(), city: r.city }));
}

export function toAirlines(rows: z.output<typeof airlineListSchema>): Airline[] {
  return rows.map((r) => ({ code: r.flight_code, name: r.flight_name, logoUrl: r.flight_image }));
}
