import { TZDate } from "@date-fns/tz";
import { format } from "date-fns/format";

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** 50000000 → "50,000,000" (the document's money-with-commas form). */
export function thousands(n: number): string {
  return Math.trunc(n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

/** JSON as the PHP server writes it: slashes escaped as `\/`. */
export function phpJson(value: unknown): string {
  // "/" only ever occurs inside JSON strings, so a blind replace is safe.
  return JSON.stringify(value).replace(/\//g, "\\/");
}

/** `d MMM yyyy HH:mm` of an instant, in the sandbox zone. */
export function wireDateTime(ms: number, timeZone: string, withSeconds = false): string {
  return format(new TZDate(ms, timeZone), withSeconds ? "d MMM yyyy HH:mm:ss" : "d MMM yyyy HH:mm");
}

/**
 * The zone `flight_timelimit` is printed in: MMBC's own clock, WIB (spec), whatever zone the sandbox is
 * configured in (that zone stands for where the agents are, not for MMBC's clock).
 */
export const DEADLINE_ZONE = "Asia/Jakarta";

/** yyyy-mm-dd of an instant, in the sandbox zone. */
export function isoDateInZone(ms: number, timeZone: string): string {
  return format(new TZDate(ms, timeZone), "yyyy-MM-dd");
}

/** A zone-less local date and time ("2027-03-20", "08:15") → "20 Mar 2027 08:15". */
export function wireLocalDateTime(isoDate: string, hhmm: string): string {
  const [y, m, d] = isoDate.split("-").map(Number);
  return `${d ?? 0} ${MONTHS[(m ?? 1) - 1] ?? "Jan"} ${y ?? 0} ${hhmm}`;
}

/** Strict dd-mm-yyyy (the request form) → yyyy-mm-dd, or undefined if not a real calendar date. */
export function parseRequestDate(text: string): string | undefined {
  const m = /^(\d{2})-(\d{2})-(\d{4})$/.exec(text.trim());
  if (!m) return undefined;
  return validIso(`${m[3]}-${m[2]}-${m[1]}`);
}

/** Accepts dd-mm-yyyy or yyyy-mm-dd (for the controls). */
export function normalizeDate(text: string): string | undefined {
  if (/^\d{4}-\d{2}-\d{2}$/.test(text.trim())) return validIso(text.trim());
  return parseRequestDate(text);
}

function validIso(iso: string): string | undefined {
  const d = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(iso) ? iso : undefined;
}

/** Whole days from `a` to `b` (both yyyy-mm-dd). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

/** Minutes since midnight → "HH:mm", wrapping past midnight. */
export function hhmm(minutes: number): string {
  const m = ((Math.round(minutes) % 1440) + 1440) % 1440;
  return `${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`;
}

/** yyyy-mm-dd → dd-mm-yyyy. */
export function requestDate(iso: string): string {
  const [y, m, d] = iso.split("-");
  return `${d ?? ""}-${m ?? ""}-${y ?? ""}`;
}
