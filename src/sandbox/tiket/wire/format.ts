import { TZDate } from "@date-fns/tz";
import { format } from "date-fns/format";

export type Lang = "id" | "en";

const MONTHS_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const MONTHS_ID = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"];

export function langOf(value: string | undefined): Lang {
  return value?.trim().toLowerCase() === "en" ? "en" : "id";
}

/** 1086300 → "1086300.00" (the API's decimal-string money). */
export function money(n: number): string {
  return (Math.round(n * 100) / 100).toFixed(2);
}

/** Minutes since midnight → "HH:mm", wrapping past midnight. */
export function hhmm(minutes: number): string {
  const m = ((Math.round(minutes) % 1440) + 1440) % 1440;
  return `${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`;
}

/** A local date plus minutes (possibly past midnight) → "yyyy-MM-dd HH:mm:ss". */
export function localDateTime(isoDate: string, minutes: number): string {
  return `${addDays(isoDate, Math.floor(minutes / 1440))} ${hhmm(minutes)}:00`;
}

export function addDays(isoDate: string, days: number): string {
  const t = Date.parse(`${isoDate}T00:00:00Z`) + days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

/** An instant → "yyyy-MM-dd HH:mm:ss" in the sandbox zone. */
export function zonedDateTime(ms: number, timeZone: string): string {
  return format(new TZDate(ms, timeZone), "yyyy-MM-dd HH:mm:ss");
}

export function isoDateInZone(ms: number, timeZone: string): string {
  return format(new TZDate(ms, timeZone), "yyyy-MM-dd");
}

/** "2014-06-25" → "25 Jun 2014" (the cart's flight_date). */
export function shortDate(isoDate: string): string {
  const [y, m, d] = isoDate.split("-").map(Number);
  return `${d ?? 0} ${MONTHS_EN[(m ?? 1) - 1] ?? "Jan"} ${y ?? 0}`;
}

/** "2014-05-25" → "25 Mei 2014" / "25 May 2014" (search's formatted_date). */
export function formattedDate(isoDate: string, lang: Lang): string {
  const [y, m, d] = isoDate.split("-").map(Number);
  const months = lang === "en" ? MONTHS_EN : MONTHS_ID;
  return `${d ?? 0} ${months[(m ?? 1) - 1] ?? "Jan"} ${y ?? 0}`;
}

/** 105 → "1 j 45 m" (id) / "1 h 45 m" (en). */
export function durationText(minutes: number, lang: Lang): string {
  return `${Math.floor(minutes / 60)} ${lang === "en" ? "h" : "j"} ${minutes % 60} m`;
}

/** "Langsung" / "Nonstop" for direct flights, "1 Transit" otherwise. */
export function stopText(stops: number, lang: Lang): string {
  if (stops === 0) return lang === "en" ? "Nonstop" : "Langsung";
  return `${stops} Transit`;
}

/** Strict yyyy-mm-dd that is a real calendar date. */
export function validIsoDate(text: string | undefined): string | undefined {
  const t = text?.trim() ?? "";
  if (!/^\d{4}-\d{2}-\d{2}$/.test(t)) return undefined;
  const d = new Date(`${t}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(t) ? t : undefined;
}

/** Whole years between two yyyy-mm-dd dates (age on `on`). */
export function ageOn(birth: string, on: string): number {
  const [by, bm, bd] = birth.split("-").map(Number);
  const [oy, om, od] = on.split("-").map(Number);
  if (!by || !bm || !bd || !oy || !om || !od) return -1;
  const beforeBirthday = om < bm || (om === bm && od < bd);
  return oy - by - (beforeBirthday ? 1 : 0);
}
