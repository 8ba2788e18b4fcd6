import { ISSUE_CUTOFF_MINUTES, isPayable, tooLateToIssue, type Booking, type BookingStatus } from "../domain/booking.js";
import type { BookingRecord } from "../store/booking-store.js";
import { escapeHtml } from "./html.js";
import { deadline, departure, money, providerName, untilParts } from "./format.js";
import { cutText } from "./cut-text.js";
import { statusTextCut } from "../domain/provider-status-text.js";

type T = (key: string, vars?: Record<string, string | number>) => string;

export function statusLabel(t: T, s: BookingStatus): string {
  // Cut again here: a record saved before texts were cut where they are read may hold any length.
  return typeof s === "string" ? t(`status-${s}`) : escapeHtml(statusTextCut(s.unknown));
}

/**
 * Everything /status shows: status, route, times, deadline, passengers, fares. `heldUntil`: an issue of
 * it got no clear answer and nothing is paid before then (the deadline alone would read as "pay now").
 * `unconfirmed`: unpaid at the provider, but a payment confirmation the bot sent may still go through, so
 * the bot never sends it again (BookingStatusResult.paymentUnconfirmed): said instead of the hold.
 * `checkoutNoted`: the provider says the booking's last step is still unfinished, or that couldn't be read now:
 * the caller says that under the card, so the card leaves out "issuing it asks the provider first", which
 * applies only to one whose last step went through.
 */
export function statusCard(t: T, locale: string, timeZone: string, b: Booking, status: BookingStatus, now: Date, record?: BookingRecord, heldUntil?: string, unconfirmed = false, checkoutNoted = false): string {
  const left = untilParts(b.timelimit, now);
  const lines = [
    t("status-title", { code: escapeHtml(b.code), status: statusLabel(t, status) }),
    t("booking-flight", { code: escapeHtml(b.flightCode), airline: escapeHtml(b.airlineName), from: b.from, to: b.to, departs: escapeHtml(departure(b.departsAt, b.from, locale, timeZone)) }),
  ];
  // Unpaid but too close to departure to be issued: no "pay before" that invites a payment the bot refuses.
  if (isPayable(status) && tooLateToIssue(b, now)) lines.push(t("booking-too-late", { minutes: ISSUE_CUTOFF_MINUTES }));
  else if (isPayable(status) && b.timelimitUnknown) lines.push(t("booking-timelimit-unknown"));
  else if (isPayable(status)) {
    lines.push(t("booking-timelimit", { at: escapeHtml(deadline(b.timelimit, locale, timeZone)), days: left.days, hours: left.hours, minutes: left.minutes, past: left.past ? "yes" : "no" }));
  }
  if (isPayable(status) && unconfirmed) lines.push(t("status-payment-unconfirmed", { provider: providerName(b.provider) }));
  else if (isPayable(status) && heldUntil !== undefined) lines.push(issueHoldLine(t, locale, timeZone, b.timelimit, heldUntil));
  if (status === "pending") lines.push(t("status-pending-note"));
  // Recorded though its last booking step got no clear answer: said on every look at it.
  if (b.unconfirmed && status !== "issued" && !checkoutNoted) lines.push(t("status-booking-unconfirmed", { provider: providerName(b.provider) }));
  lines.push(t("status-passengers"));
  b.passengers.forEach((p, i) => {
    const ticket = record?.ticketNumbers?.[i];
    lines.push(`${i + 1}. ${escapeHtml(p.title)} ${escapeHtml(p.fullName)}${ticket ? ` · ${escapeHtml(ticket)}` : ""}`);
  });
  lines.push(t("booking-fares", { total: money(b.fares.total), nta: money(b.fares.nta), commission: b.fares.commission === undefined ? t("amount-unknown") : money(b.fares.commission) }));
  if (record) lines.push(t("status-booked-by", { name: escapeHtml(record.bookedBy.name) }));
  return lines.join("\n");
}

/**
 * What /status says while an issue of the booking may still be paying (until `heldUntil`), and so every
 * other card of an unpaid booking (the inline card, the digest) says the same beside its pay-before time.
 */
export function issueHoldLine(t: T, locale: string, timeZone: string, timelimit: string, heldUntil: string): string {
  // As holdOutlastsDeadline (services/issue-booking.ts): a hold past the deadline leaves the first payment to decide.
  const lapses = Date.parse(timelimit) <= Date.parse(heldUntil);
  return t(lapses ? "status-issue-hold-deadline" : "status-issue-hold", { until: escapeHtml(deadline(heldUntil, locale, timeZone)) });
}

export function ticketCaption(t: T, locale: string, timeZone: string, b: Booking): string {
  const names = b.passengers.map((p) => `${p.title} ${p.fullName}`).join(", ");
  return t("ticket-caption", {
    code: escapeHtml(b.code), flight: escapeHtml(b.flightCode), from: b.from, to: b.to,
    // The departure airport's own clock and zone, as on the booking card: this caption goes on to customers.
    departs: escapeHtml(departure(b.departsAt, b.from, locale, timeZone)), names: escapeHtml(cutText(names, 600)),
  });
}
