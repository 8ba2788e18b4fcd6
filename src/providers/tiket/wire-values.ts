import { TZDate } from "@date-fns/tz";
import { landsNextDay } from "../../domain/airport-zones.js";
import { clockInZone, dayInZone, isoInZone, zonedInstant } from "../../domain/zoned-time.js";
import { isValid } from "date-fns/isValid";
import { parse } from "date-fns/parse";
import { z } from "zod";

/**
 * tiket.com money: "936900.00", a bare number (1113285), or a promo price with a comma decimal ("0,00").
 * Thousands separators are not seen on this API, so "." or "," before one or two final digits is the
 * decimal mark. Rupiah are whole in the domain: a fraction is rounded. A blank amount is no amount
 * (undefined), never 0: a total of "" must not pass for a payment of nothing, nor a price of "" for a free seat.
 */
export const amount = z.union([z.number(), z.string()]).transform((v, ctx): number | undefined => {
  if (typeof v === "number" && Number.isFinite(v) && v >= 0) return Math.round(v);
  if (typeof v === "string") {
    const s = v.trim().replace(/^(idr|rp\.?)\s*/i, "");
    if (s === "") return undefined;
    const m = /^(\d+)(?:[.,](\d{1,2}))?$/.exec(s);
    if (m) return Math.round(Number(`${m[1]}.${m[2] ?? "0"}`));
  }
  ctx.addIssue({ code: "custom", message: `not an amount: ${JSON.stringify(v)}` });
  return z.NEVER;
});

/** Counts and ids arrive as "7" or 7. */
export const count = z.union([z.number().int().nonnegative(), z.string().trim().regex(/^\d+$/).transform(Number)]);

/**
 * A party count an answer echoes ("2", " 2", 2): undefined when the field is left out, null when it is there
 * but names no count ("", null, "dua"), so the caller can refuse an echo it cannot read rather than skip it.
 */
export const echoedCount = z.unknown().optional().transform((v): number | null | undefined => {
  if (v === undefined) return undefined;
  if (typeof v === "number") return Number.isInteger(v) && v >= 0 ? v : null;
  return typeof v === "string" && /^\d+$/.test(v.trim()) ? Number(v.trim()) : null;
});

/** Optional text that may be null, missing, "" or "-": all mean "nothing". */
export const optionalText = z
  .union([z.string(), z.number(), z.boolean(), z.null()])
  .optional()
  .transform((v) => {
    if (v === null || v === undefined || typeof v === "boolean") return undefined;
    const s = String(v).trim();
    return s === "" || s === "-" ? undefined : s;
  });

/** A list the API may send as an array, one object, or nothing (PHP-style encoders). */
export function listOf<T extends z.ZodType>(item: T) {
  return z
    .union([z.array(z.unknown()), z.record(z.string(), z.unknown()), z.null()])
    .optional()
    .transform((v) => (v == null ? [] : Array.isArray(v) ? v : Object.values(v)))
    .pipe(z.array(item));
}

/** "Langsung" / "Nonstop" / "Direct" → 0, "1 Transit" / "2 stops" → n; unknown → undefined. */
export function stopsFromText(text: string | undefined): number | undefined {
  const t = (text ?? "").trim().toLowerCase();
  if (/^(langsung|nonstop|non-stop|direct)$/.test(t)) return 0;
  const m = /(\d+)/.exec(t);
  return m ? Number(m[1]) : undefined;
}

/** "QG-660", "GA 724", "JT690" → "QG", "GA", "JT". */
export function airlineCodeOf(flightNumber: string): string {
  const m = /^([A-Z0-9]{2})[\s-]?\d/i.exec(flightNumber.trim());
  return (m?.[1] ?? flightNumber.trim().slice(0, 2)).toUpperCase();
}

const DATE_TIME_FORMATS = ["yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd"];

/**
 * tiket.com is a Jakarta company and writes its own moments (order expiry, order and payment stamps)
 * zone-less in WIB; the bot's display zone (config TIMEZONE) may be WITA or UTC and must not shift them.
 */
export const WIRE_ZONE = "Asia/Jakarta";

function parseZoneless(text: string | undefined, timeZone: string): string | undefined {
  // "2013-06-18 06:15:00" and its kin are short: anything much longer is not a date, and is not parsed.
  if (text && text.length > 64) return undefined;
  const s = (text ?? "").trim();
  if (!s || s.startsWith("0000")) return undefined;
  for (const f of DATE_TIME_FORMATS) {
    const d = parse(s, f, new TZDate(2000, 0, 1, timeZone));
    if (isValid(d)) return new TZDate(d, timeZone).toISOString();
  }
  return undefined;
}

/** A zone-less wire moment ("2016-10-29 15:28:17", WIB) as an absolute ISO instant: deadlines are compared with now. */
export function wireInstant(text: string | undefined): string | undefined {
  return parseZoneless(text, WIRE_ZONE);
}

/**
 * A flight's departure or arrival written as a full date-time: the airport's own clock, read in the
 * display zone like `localInstant` so the agent is shown the clock printed on the ticket.
 */
export function wireFlightClock(text: string | undefined, timeZone: string): string | undefined {
  return parseZoneless(text, timeZone);
}

/** yyyy-mm-dd + "15:25" in the zone → ISO instant with offset. */
export function localInstant(date: string, hhmm: string, timeZone: string): string | undefined {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date.trim());
  const t = /^(\d{1,2})[:.](\d{2})/.exec(hhmm.trim());
  if (!d || !t) return undefined;
  return isoInZone(zonedInstant(Number(d[1]), Number(d[2]), Number(d[3]), Number(t[1]), Number(t[2]), timeZone), timeZone);
}

/**
 * An arrival clock earlier than the departure lands the next day, unless the two airports' own zones
 * say otherwise (DPS 07:35 WITA → SUB 07:25 WIB lands the same day).
 */
export function arrivalAfter(departsAt: string, date: string, hhmm: string, timeZone: string, route: { from: string; to: string }): string | undefined {
  const arrives = localInstant(date, hhmm, timeZone);
  if (!arrives) return undefined;
  const departs = clockInZone(Date.parse(departsAt), timeZone);
  if (!landsNextDay(route, date, departs, hhmm.trim(), timeZone)) return arrives;
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return localInstant(new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10), hhmm, timeZone);
}

/** Local yyyy-mm-dd of an instant in a zone. */
export function localDate(at: Date, timeZone: string): string {
  return dayInZone(at.getTime(), timeZone);
}
