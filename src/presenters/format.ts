import { airportZone } from "../domain/airport-zones.js";
import { TZDate } from "@date-fns/tz";
import { differenceInMinutes } from "date-fns/differenceInMinutes";
import { format } from "date-fns/format";
import { enUS } from "date-fns/locale/en-US";
import { id as idLocale } from "date-fns/locale/id";
import type { Booking } from "../domain/booking.js";
import type { FlightOffer } from "../domain/flight.js";
import { formatRupiah } from "../domain/money.js";
import { localClock } from "../domain/offer-list.js";
import type { PaxCount } from "../domain/passenger.js";

export const money = formatRupiah;

function dfLocale(locale: string) {
  return locale === "en" ? enUS : idLocale;
}

/** "Sel, 30 Des 2026 05:00" in the given zone. */
export function dateTime(iso: string, locale: string, timeZone: string): string {
  return format(new TZDate(iso, timeZone), "EEE, d MMM yyyy HH:mm", { locale: dfLocale(locale) });
}

/** "Rabu, 30 Desember 2026" for a local yyyy-mm-dd. */
export function longDate(date: string, locale: string): string {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return format(new Date(y, m - 1, d), "EEEE, d MMMM yyyy", { locale: dfLocale(locale) });
}

/** Further ahead than this, a date says its year even in this year ("Jum 31 Des 2027" seen on 1 January 2027). */
const YEAR_SHOWN_AFTER_DAYS = 183;

/**
 * "Jum 25 Des", or "Rab 1 Des 2027" when the year isn't this year's (or the date is half a year away or
 * more): a January flight seen in December (results, quote, fare calendar, inline cards) always says its
 * year. `today` is the bot's local date; without it, today in Jakarta (Indonesia's zones differ by two
 * hours at most, and a year shown in the first hours of 1 January east of Java is still right).
 */
export function shortDate(date: string, locale: string, today: string = format(new TZDate(Date.now(), "Asia/Jakarta"), "yyyy-MM-dd")): string {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const [ty, tm, td] = today.split("-").map(Number) as [number, number, number];
  const ahead = (Date.UTC(y, m - 1, d) - Date.UTC(ty, tm - 1, td)) / 86_400_000;
  const withYear = today.slice(0, 4) !== date.slice(0, 4) || ahead > YEAR_SHOWN_AFTER_DAYS;
  return format(new Date(y, m - 1, d), withYear ? "EEE d MMM yyyy" : "EEE d MMM", { locale: dfLocale(locale) });
}

/** Hours and minutes until an instant (never negative), for "in 2 h 15 min". */
export function untilParts(iso: string, now: Date): { days: number; hours: number; minutes: number; past: boolean } {
  const mins = differenceInMinutes(new Date(iso), now);
  const abs = Math.max(0, mins);
  return { days: Math.floor(abs / 1440), hours: Math.floor((abs % 1440) / 60), minutes: abs % 60, past: mins < 0 };
}

/** Indonesia's zones by the names agents and customers know; elsewhere the offset ("GMT+8"). */
const ZONE_NAMES: Record<string, string> = { "Asia/Jakarta": "WIB", "Asia/Pontianak": "WIB", "Asia/Makassar": "WITA", "Asia/Jayapura": "WIT" };

export function zoneName(timeZone: string, at: string): string {
  return ZONE_NAMES[timeZone] ?? new Intl.DateTimeFormat("en", { timeZone, timeZoneName: "short" }).formatToParts(new Date(at)).find((p) => p.type === "timeZoneName")?.value ?? timeZone;
}

/**
 * A departure as printed (the airport's own clock) with that airport's zone: "Rab, 30 Des 2026 12:25 WIT"
 * next to a deadline in WIB, so nobody reads two hours of margin that aren't there.
 */
export function departure(iso: string, from: string, locale: string, timeZone: string): string {
  return `${dateTime(iso, locale, timeZone)} ${zoneName(airportZone(from) ?? timeZone, iso)}`;
}

/**
 * A deadline with its zone ("Kam, 3 Des 2026 13:41 WIB"): flight times are the airports' own, so an
 * agent in Bali or Papua must be told which clock a deadline is on.
 */
export function deadline(iso: string, locale: string, timeZone: string): string {
  return `${dateTime(iso, locale, timeZone)} ${zoneName(timeZone, iso)}`;
}

/** Arrival on a later day gets a "+1". */
function arrival(o: { departsAt: string; arrivesAt?: string }): string {
  if (!o.arrivesAt) return "";
  const plus = o.arrivesAt.slice(0, 10) > o.departsAt.slice(0, 10) ? "+1" : "";
  return `${localClock(o.arrivesAt)}${plus}`;
}

/** The button text of a flight: `JT-690 05:00–06:30 · Rp 440.000`, stops when there are any. */
/**
 * A party as the agent should see it read back: "2 penumpang" when all are adults, otherwise each type
 * ("1 dewasa, 5 anak"), so a typed "1,5" is never silently six people of unknown ages.
 */
export function partyText(t: (key: string, vars?: Record<string, string | number>) => string, pax: PaxCount): string {
  if (pax.child === 0 && pax.infant === 0) return t("party-adults", { n: pax.adult });
  return PAX_TYPES.filter((k) => pax[k] > 0).map((k) => t(`party-${k}`, { n: pax[k] })).join(", ");
}
const PAX_TYPES = ["adult", "child", "infant"] as const;

/** A provider as agents know it. */
export function providerName(id: string): string {
  return id === "tiket" ? "tiket.com" : id.toUpperCase();
}

/** A flight as a one-line button: number, times, stops ("1 transit", "2 stops") and price. */
export function flightLabel(o: FlightOffer, t: (key: string, vars?: Record<string, string | number>) => string): string {
  const stops = o.stops > 0 ? ` · ${t("label-stops", { n: o.stops })}` : "";
  return `${o.flightCode} ${localClock(o.departsAt)}–${arrival(o)}${stops} · ${money(o.price)}`;
}

export function flightTimes(o: { departsAt: string; arrivesAt?: string }): string {
  return `${localClock(o.departsAt)}–${arrival(o)}`;
}

export function bookingRoute(b: Booking): string {
  return `${b.from} → ${b.to}`;
}

/** The locale the translations of this update use; read through a key each locale file defines. */
export function localeOf(ctx: { t: (key: string) => string }): string {
  return ctx.t("locale-code");
}

/**
 * A phone number as a group sees it: enough to recognise ("0812…890"), not to call. The member typed it,
 * but the bot doesn't repeat a customer's number to the whole group, nor offer it to the next member.
 */
export function maskedPhone(phone: string): string {
  const digits = phone.replace(/\D/g, "");
  if (digits.length < 8) return "…";
  return `${phone.trim().startsWith("+") ? "+" : ""}${digits.slice(0, 4)}…${digits.slice(-3)}`;
}

/**
 * An e-mail address as a group sees it, like the phone: its first letters and its domain ("jo…@example.com"),
 * enough to recognise the customer's, not to write to it. Names of one or two letters keep fewer.
 */
export function maskedEmail(email: string): string {
  const at = email.trim().lastIndexOf("@");
  if (at < 1) return "…";
  const name = email.trim().slice(0, at);
  return `${name.slice(0, Math.max(0, Math.min(2, name.length - 1)))}…${email.trim().slice(at)}`;
}
