import { TZDate } from "@date-fns/tz";
import { format } from "date-fns/format";
import { InlineKeyboard } from "grammy";
import type { Rupiah } from "../domain/money.js";
import type { BookingRecord } from "../store/booking-store.js";
import { bookingActionData } from "./booking-keyboard.js";
import { issueHoldLine } from "./booking-card.js";
import { offersIssue } from "./pay-offer.js";
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
  /** Due bookings an issue of which may still be paying, by `provider:code`: the hold's end (ISO). */
  holds?: Readonly<Record<string, string>>;
  /** Due bookings the provider says the bot can't pay now, by `provider:code`: what /status notes of each. */
  notes?: Readonly<Record<string, { paymentUnconfirmed?: boolean; paySessionLost?: boolean; checkoutUnfinished?: boolean; checkoutUnknown?: boolean }>>;
  balances?: readonly { provider: string; balance: Rupiah; sandbox: boolean }[];
  noAccount?: boolean;
}

/**
 * How much is listed. The counts and totals in each heading always cover everything; a list cut short
 * says how many more there are and where they all are (/bookings), so nothing is hidden silently.
 * - Yesterday's bookings and issues: ten each, what a morning glance takes.
 * - Due bookings: twenty, each with its Issue button, two to a row (ten rows at most: the keyboard stays
 *   one short scroll, and far under Telegram's 100 buttons). They are soonest first, so what is cut is due later.
 * - Telegram refuses a text over 4096 characters: while the text is longer than TEXT_BUDGET (a margin
 *   for counting), yesterday's lists shrink first, the longer one first, then the due list (its buttons with it).
 */
const LIST_MAX = 10;
const DUE_MAX = 20;
const BUTTONS_PER_ROW = 2;
export const TEXT_BUDGET = 4000;

/** The length Telegram counts: the text after HTML parsing (our tags gone, an entity one character). */
export function visibleLength(html: string): number {
  return html.replace(/<[^>]*>/g, "").replace(/&(?:lt|gt|amp|quot|#\d+);/g, "_").length;
}

function bookingLine(t: T, r: BookingRecord): string {
  const b = r.booking;
  return t("digest-booking-line", { code: escapeHtml(b.code), from: escapeHtml(b.from), to: escapeHtml(b.to), flight: escapeHtml(b.flightCode), total: money(b.fares.total), by: escapeHtml(r.bookedBy.name) });
}

const heldUntil = (d: DigestFacts, r: BookingRecord) => d.holds?.[`${r.booking.provider}:${r.booking.code}`];

/** Whether the digest offers a due booking for issuing: as its reminder would (offersIssue). */
function issueOffered(d: DigestFacts, r: BookingRecord): boolean {
  const note = d.notes?.[`${r.booking.provider}:${r.booking.code}`] ?? {};
  return offersIssue({ heldUntil: heldUntil(d, r), paymentUnconfirmed: note.paymentUnconfirmed, sessionLost: note.paySessionLost, checkoutUnfinished: note.checkoutUnfinished, checkoutUnknown: note.checkoutUnknown });
}

/**
 * A due booking's pay-before time, with "tomorrow" when it falls after midnight (the digest covers 24 hours);
 * while an issue of it may still be paying, followed by what /status says of that hold.
 */
function dueLine(t: T, locale: string, timeZone: string, today: string, r: BookingRecord, held: string | undefined): string {
  const at = new TZDate(r.booking.timelimit, timeZone);
  const line = t("digest-expiring-line", {
    code: escapeHtml(r.booking.code), from: escapeHtml(r.booking.from), to: escapeHtml(r.booking.to),
    time: format(at, "HH:mm"), day: format(at, "yyyy-MM-dd") === today ? "today" : "tomorrow", total: money(r.booking.fares.total),
  });
  return held === undefined ? line : `${line}\n  ${issueHoldLine(t, locale, timeZone, r.booking.timelimit, held)}`;
}

interface Shown { made: number; issued: number; due: number }

/**
 * The on-demand digest's own frame (bot/features/digest/on-demand-view.ts): its title, a section before
 * yesterday's figures (today so far), and yesterday's heading. Inside the text measured, so cutting counts it.
 */
export interface DigestFrame { title: string; lead: string; yesterday: string }

function digestText(t: T, locale: string, timeZone: string, d: DigestFacts, shown: Shown, frame?: DigestFrame): string {
  const lines = frame ? [frame.title, "", frame.lead, "", frame.yesterday] : [t("digest-title", { date: escapeHtml(longDate(d.day, locale)) }), ""];
  const more = (all: number, listed: number, key: string) => { if (all > listed) lines.push(t(key, { count: all - listed })); };
  if (d.made.length === 0) lines.push(t("digest-made-none"));
  else {
    lines.push(t("digest-made", { count: d.made.length, total: money(d.madeTotal) }));
    lines.push(...d.made.slice(0, shown.made).map((r) => bookingLine(t, r)));
    more(d.made.length, shown.made, "digest-more");
  }
  if (d.issued.length === 0) lines.push(t("digest-issued-none"));
  else {
    lines.push(t("digest-issued", { count: d.issued.length, total: money(d.issuedTotal), commission: money(d.commission) }));
    lines.push(...d.issued.slice(0, shown.issued).map((r) => bookingLine(t, r)));
    more(d.issued.length, shown.issued, "digest-more");
  }
  lines.push("");
  if (d.expiring.length === 0) lines.push(t("digest-expiring-none"));
  else {
    lines.push(t("digest-expiring", { count: d.expiring.length }));
    lines.push(...d.expiring.slice(0, shown.due).map((r) => dueLine(t, locale, timeZone, d.day, r, heldUntil(d, r))));
    more(d.expiring.length, shown.due, "digest-expiring-more");
  }
  lines.push("");
  if (d.noAccount) lines.push(t("digest-balance-no-account"));
  else if (!d.balances) lines.push(t("digest-balance-unavailable"));
  else for (const b of d.balances) lines.push(t("digest-balance", { provider: providerName(b.provider), balance: money(b.balance), sandbox: b.sandbox ? "yes" : "no" }));
  return lines.join("\n");
}

/**
 * The digest as a message (shared by the worker and /digest): yesterday's bookings and issues with their
 * totals and commission, the unpaid bookings due in the next 24 hours with their pay-before times and an
 * Issue button each (the booking card's own button, so issuing goes through the usual confirmation; a
 * Status button instead, and /status's words, while an issue of it may still be paying; a Status button,
 * as its reminder offers, when the provider says the bot can't pay it now: DigestFacts.notes), and
 * the deposit. Long lists are cut as said above LIST_MAX, always saying how many more.
 */
export function digestMessage(t: T, locale: string, timeZone: string, d: DigestFacts, frame?: DigestFrame): { text: string; keyboard?: InlineKeyboard } {
  const shown: Shown = { made: Math.min(d.made.length, LIST_MAX), issued: Math.min(d.issued.length, LIST_MAX), due: Math.min(d.expiring.length, DUE_MAX) };
  let text = digestText(t, locale, timeZone, d, shown, frame);
  while (visibleLength(text) > TEXT_BUDGET) {
    if (shown.made > 0 && shown.made >= shown.issued) shown.made--;
    else if (shown.issued > 0) shown.issued--;
    else if (shown.due > 0) shown.due--;
    else break;
    text = digestText(t, locale, timeZone, d, shown, frame);
  }
  if (shown.due === 0) return { text };
  // A booking whose payment is being checked, or that the provider says the bot can't pay now, gets its
  // Status (which says why), not an Issue the bot would refuse.
  const buttons = d.expiring.slice(0, shown.due).map((r) => issueOffered(d, r)
    ? InlineKeyboard.text(t("digest-issue-button", { code: r.booking.code }), bookingActionData("i", r.booking.provider, r.booking.code))
    : InlineKeyboard.text(t("digest-status-button", { code: r.booking.code }), bookingActionData("s", r.booking.provider, r.booking.code)));
  const rows = Array.from({ length: Math.ceil(buttons.length / BUTTONS_PER_ROW) }, (_, i) => buttons.slice(i * BUTTONS_PER_ROW, (i + 1) * BUTTONS_PER_ROW));
  return { text, keyboard: new InlineKeyboard(rows) };
}
