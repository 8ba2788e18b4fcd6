import { TZDate } from "@date-fns/tz";
import { format } from "date-fns/format";
import { InlineKeyboard } from "grammy";
import type { Rupiah } from "../domain/money.js";
import type { BookingRecord } from "../store/booking-store.js";
import { bookingActionData } from "./booking-keyboard.js";
import { longDate, money, providerName } from "./format.js";
import { escapeHtml } from "./html.js";

type T = (key: string, vars?: Record<string, string | number>) => string;

/** What services/daily-digest.ts works out (presenters don't import services: the shape is restated). */
export interface DigestFacts {
  day: string;
  made: readonly BookingRecord[];
  issued: readonly BookingRecord[];
  madeTotal: Rupiah;
  issuedTotal: Rupiah;
  commission: Rupiah;
  expiring: readonly BookingRecord[];
  balances?: readonly { provider: string; balance: Rupiah; sandbox: boolean }[];
  noAccount?: boolean;
}

/** Ten of each kind is what a morning glance takes; the counts and totals cover them all. */
const LIST_MAX = 10;

function bookingLine(t: T, r: BookingRecord): string {
  const b = r.booking;
  return t("digest-booking-line", { code: escapeHtml(b.code), from: escapeHtml(b.from), to: escapeHtml(b.to), flight: escapeHtml(b.flightCode), total: money(b.fares.total), by: escapeHtml(r.bookedBy.name) });
}

/** A due booking's pay-before time, with "tomorrow" when it falls after midnight (the digest covers 24 hours). */
function dueLine(t: T, timeZone: string, today: string, r: BookingRecord): string {
  const at = new TZDate(r.booking.timelimit, timeZone);
  return t("digest-expiring-line", {
    code: escapeHtml(r.booking.code), from: escapeHtml(r.booking.from), to: escapeHtml(r.booking.to),
    time: format(at, "HH:mm"), day: format(at, "yyyy-MM-dd") === today ? "today" : "tomorrow", total: money(r.booking.fares.total),
  });
}

/**
 * The digest as a message (shared by the worker and /digest): yesterday's bookings and issues with their
 * totals and commission, the unpaid bookings due in the next 24 hours with their pay-before times and an Issue button each
 * (the booking card's own button, so issuing goes through the usual confirmation), and the deposit.
 */
export function digestMessage(t: T, locale: string, timeZone: string, d: DigestFacts): { text: string; keyboard?: InlineKeyboard } {
  const lines = [t("digest-title", { date: escapeHtml(longDate(d.day, locale)) }), ""];
  if (d.made.length === 0) lines.push(t("digest-made-none"));
  else {
    lines.push(t("digest-made", { count: d.made.length, total: money(d.madeTotal) }));
    lines.push(...d.made.slice(0, LIST_MAX).map((r) => bookingLine(t, r)));
  }
  if (d.issued.length === 0) lines.push(t("digest-issued-none"));
  else {
    lines.push(t("digest-issued", { count: d.issued.length, total: money(d.issuedTotal), commission: money(d.commission) }));
    lines.push(...d.issued.slice(0, LIST_MAX).map((r) => bookingLine(t, r)));
  }
  lines.push("");
  if (d.expiring.length === 0) lines.push(t("digest-expiring-none"));
  else {
    lines.push(t("digest-expiring", { count: d.expiring.length }));
    lines.push(...d.expiring.slice(0, LIST_MAX).map((r) => dueLine(t, timeZone, d.day, r)));
  }
  lines.push("");
  if (d.noAccount) lines.push(t("digest-balance-no-account"));
  else if (!d.balances) lines.push(t("digest-balance-unavailable"));
  else for (const b of d.balances) lines.push(t("digest-balance", { provider: providerName(b.provider), balance: money(b.balance), sandbox: b.sandbox ? "yes" : "no" }));
  if (d.expiring.length === 0) return { text: lines.join("\n") };
  const keyboard = new InlineKeyboard();
  for (const r of d.expiring.slice(0, LIST_MAX)) keyboard.text(t("digest-issue-button", { code: r.booking.code }), bookingActionData("i", r.booking.provider, r.booking.code)).row();
  return { text: lines.join("\n"), keyboard };
}
