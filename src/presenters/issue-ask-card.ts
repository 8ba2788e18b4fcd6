import { TZDate } from "@date-fns/tz";
import { format } from "date-fns/format";
import type { Booking } from "../domain/booking.js";
import { deadline, departure, money, untilParts, zoneName } from "./format.js";
import { escapeHtml } from "./html.js";

type T = (key: string, vars?: Record<string, string | number>) => string;

/** A person named so Telegram notifies them: a tg://user link with the first name (never a username or phone). */
export function personLink(p: { id: number; name: string }): string {
  return `<a href="tg://user?id=${p.id}">${escapeHtml(p.name)}</a>`;
}

/**
 * The booking as a request to the issuers shows it: code, flight and route, the amounts and the pay-before
 * time. No passenger, e-mail, phone or ID: the request sits in a group many read.
 */
export function askCardLines(t: T, locale: string, timeZone: string, b: Booking, now: Date, payBefore = true): string[] {
  const lines = [
    `<b>${escapeHtml(b.code)}</b>`,
    t("booking-flight", { code: escapeHtml(b.flightCode), airline: escapeHtml(b.airlineName), from: b.from, to: b.to, departs: escapeHtml(departure(b.departsAt, b.from, locale, timeZone)) }),
    t("booking-fares", { total: money(b.fares.total), nta: money(b.fares.nta), commission: b.fares.commission === undefined ? t("amount-unknown") : money(b.fares.commission) }),
  ];
  if (payBefore && b.timelimitUnknown) lines.push(t("booking-timelimit-unknown"));
  else if (payBefore) {
    const left = untilParts(b.timelimit, now);
    lines.push(t("booking-timelimit", { at: escapeHtml(deadline(b.timelimit, locale, timeZone)), days: left.days, hours: left.hours, minutes: left.minutes, past: left.past ? "yes" : "no" }));
  }
  return lines;
}

/** "13:41 WIB" on the chat's clock, named as every other time is: when an earlier request was made. */
export function clockAt(iso: string, timeZone: string): string {
  return `${format(new TZDate(iso, timeZone), "HH:mm")} ${zoneName(timeZone, iso)}`;
}
