import type { Booking } from "../../../domain/booking.js";
import type { FlightOffer, Quote } from "../../../domain/flight.js";
import type { Contact, PassengerInput } from "../../../domain/passenger.js";
import { documentDateText } from "../../../presenters/document-date-text.js";
import { escapeHtml } from "../../../presenters/html.js";
import { deadline, departure, flightTimes, maskedEmail, maskedPhone, money, shortDate, untilParts } from "../../../presenters/format.js";
import { otherFlightHead } from "../../../presenters/other-flight-text.js";
import { birthDatesSent } from "../../../domain/sent-birth-dates.js";

/** A passport number as the ID question takes it: a letter or two, then digits ("A1234567"); a KTP is 16 digits. */
const PASSPORT_SHAPE = /^[A-Z]{1,2}\d{6,9}$/i;

type T = (key: string, vars?: Record<string, string | number>) => string;

export function flightLine(t: T, locale: string, o: FlightOffer): string {
  return t("flight-line", {
    code: escapeHtml(o.flightCode), airline: escapeHtml(o.airlineName), from: o.from, to: o.to,
    date: escapeHtml(shortDate(o.date, locale)), times: flightTimes(o), stops: o.stops,
  });
}

export function quoteText(t: T, locale: string, q: Quote, searchedTotal?: number): string {
  const lines = [
    flightLine(t, locale, q.offer),
    t("quote-details", { seats: q.seatsLeft, fare: money(q.baseFare), tax: money(q.tax), total: money(q.total), pax: q.pax.adult + q.pax.child + q.pax.infant }),
  ];
  if (q.offer.baggage) lines.push(t("quote-baggage", { baggage: escapeHtml(q.offer.baggage) }));
  if (searchedTotal !== undefined && searchedTotal !== q.total) lines.push(priceMoved(t, searchedTotal, q.total));
  return lines.join("\n");
}

export function priceMoved(t: T, before: number, after: number): string {
  const diff = after - before;
  return t(diff > 0 ? "price-up" : "price-down", { diff: money(Math.abs(diff)), before: money(before), after: money(after) });
}

/**
 * In a group, personal details are only marked as given (🔒), never shown to everyone. Their dates are
 * printed with the month as a word ("born 12 Mar 1985"): a day and month swapped can be seen.
 */
export function passengerLines(t: T, locale: string, passengers: readonly PassengerInput[], showPersonal = true): string {
  const country = (code: string) => {
    try {
      return new Intl.DisplayNames([locale], { type: "region" }).of(code.toUpperCase()) ?? code.toUpperCase();
    } catch {
      return code.toUpperCase();
    }
  };
  return passengers
    .map((p, i) => {
      const personal = [p.birthDate, p.passport, p.idNumber].some(Boolean);
      const extra = !showPersonal
        ? (personal ? t("summary-personal-given") : "")
        : [
            p.birthDate ? t("summary-born", { date: documentDateText(p.birthDate, locale) }) : "",
            // The ID question takes a passport number too (tiket.com): named as what it is.
            p.idNumber ? t(PASSPORT_SHAPE.test(p.idNumber) ? "summary-id-passport" : "summary-id", { number: escapeHtml(p.idNumber) }) : "",
            p.passport ? t("summary-passport", { number: escapeHtml(p.passport.number), expiry: documentDateText(p.passport.expiry, locale) }) : "",
            // Everything that is sent is shown, so the agent can check it before booking.
            p.passport?.issued ? t("summary-passport-issued", { date: documentDateText(p.passport.issued, locale) }) : "",
            p.nationality ? t("summary-nationality", { country: escapeHtml(country(p.nationality)) }) : "",
          ].filter(Boolean).join(", ");
      return `${i + 1}. ${p.title} ${escapeHtml(p.fullName)} (${t(`pax-type-${p.type}`)})${extra ? ` — ${extra}` : ""}`;
    })
    .join("\n");
}

export function summaryText(t: T, locale: string, q: Quote, passengers: readonly PassengerInput[], contact: Contact, group = false): string {
  // Only what the provider gets: birth dates it is not sent are neither shown nor confirmed (said why, once).
  const sent = birthDatesSent(q.offer.provider, q.needs, passengers);
  const shown = sent ? passengers : passengers.map(({ birthDate: _unsent, ...p }) => p);
  const unsent = !sent && !group && passengers.some((p) => p.birthDate);
  return [
    t("summary-title"),
    flightLine(t, locale, q.offer),
    "",
    passengerLines(t, locale, shown, !group),
    ...(unsent ? [t("summary-birth-dates-unsent")] : []),
    "",
    t("summary-contact", { email: escapeHtml(group ? maskedEmail(contact.email) : contact.email), phone: escapeHtml(group ? maskedPhone(contact.phone) : contact.phone) }),
    t("summary-total", { total: money(q.total) }),
  ].join("\n");
}

/**
 * The booking card: code, deadline (clock time and "in 2 h 15 min"), and the agent's figures. `issued`: the
 * card redrawn once it is paid (issued-card.ts), where a deadline still counting down would ask to pay again.
 */
export function bookingText(t: T, locale: string, timeZone: string, b: Booking, now: Date, issued = false): string {
  const left = untilParts(b.timelimit, now);
  // Another flight than asked: said first, both named, never under "Booked!".
  const head = b.otherFlight ? otherFlightHead(t, locale, b.code, b.otherFlight) : [t("booked-title", { code: escapeHtml(b.code) })];
  return [
    ...head,
    t("booking-flight", { code: escapeHtml(b.flightCode), airline: escapeHtml(b.airlineName), from: b.from, to: b.to, departs: escapeHtml(departure(b.departsAt, b.from, locale, timeZone)) }),
    issued ? t("booking-issued") : b.timelimitUnknown ? t("booking-timelimit-unknown") : t("booking-timelimit", { at: escapeHtml(deadline(b.timelimit, locale, timeZone)), days: left.days, hours: left.hours, minutes: left.minutes, past: left.past ? "yes" : "no" }),
    t("booking-fares", { total: money(b.fares.total), nta: money(b.fares.nta), commission: b.fares.commission === undefined ? t("amount-unknown") : money(b.fares.commission) }),
  ].join("\n");
}
