import { findAirport, type Airport } from "../data/airports.js";
import { countryName } from "../data/countries.js";
import type { Party } from "../flights/flight-view.js";
import { countParam, say, type EndpointContext } from "../http/context.js";
import { AIRPORTS } from "../data/airports.js";
import { addDays, formattedDate, isoDateInZone, validIsoDate } from "../wire/format.js";

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

/** adult 1–6 (default 1), child 0–6, infant 0–6 and never more infants than adults. */
export function parseParty(ctx: EndpointContext, fallback?: Party): Parsed<Party> {
  const adult = countParam(ctx.params, "adult", fallback?.adult ?? 1);
  const child = countParam(ctx.params, "child", fallback?.child ?? 0);
  const infant = countParam(ctx.params, "infant", fallback?.infant ?? 0);
  if (adult === undefined || child === undefined || infant === undefined) {
    return { ok: false, message: say(ctx, "Invalid passenger count", "Jumlah penumpang tidak valid") };
  }
  if (adult < 1 || adult > 6 || child > 6 || infant > 6) {
    return { ok: false, message: say(ctx, "Maximum 6 passengers per type, at least 1 adult", "Maksimal 6 penumpang per jenis, minimal 1 dewasa") };
  }
  if (infant > adult) {
    return { ok: false, message: say(ctx, "Infants must not outnumber adults", "Jumlah bayi tidak boleh melebihi jumlah dewasa") };
  }
  return { ok: true, value: { adult, child, infant } };
}

/** A travel date: real, not before today (sandbox zone), at most 365 days ahead. */
export function parseTravelDate(ctx: EndpointContext, raw: string | undefined, after?: string): Parsed<string> {
  const date = validIsoDate(raw);
  if (!date) return { ok: false, message: say(ctx, "Invalid date, use YYYY-MM-DD", "Format tanggal salah, gunakan YYYY-MM-DD") };
  const today = isoDateInZone(ctx.state.now(), ctx.state.timeZone);
  if (date < today) return { ok: false, message: say(ctx, "The date has passed", "Tanggal sudah lewat") };
  if (date > addDays(today, 365)) return { ok: false, message: say(ctx, "The date is too far ahead", "Tanggal terlalu jauh") };
  if (after && date < after) {
    return { ok: false, message: say(ctx, "Return date is before departure date", "Tanggal pulang sebelum tanggal pergi") };
  }
  return { ok: true, value: date };
}

export function parseRoute(ctx: EndpointContext, d: string, a: string): Parsed<{ from: Airport; to: Airport }> {
  const from = findAirport(d);
  const to = findAirport(a);
  if (!from || !to) {
    return { ok: false, message: say(ctx, `Airport not found: ${from ? a : d}`, `Bandara tidak ditemukan: ${from ? a : d}`) };
  }
  if (from.code === to.code) {
    return { ok: false, message: say(ctx, "Departure and arrival are the same", "Bandara asal dan tujuan sama") };
  }
  return { ok: true, value: { from, to } };
}

/** go_det.dep_airport / arr_airport. */
export function airportDetail(a: Airport): Record<string, unknown> {
  const i = AIRPORTS.indexOf(a);
  return {
    airport_code: a.code,
    international: a.international || ["CGK", "DPS", "SUB", "KNO", "UPG", "BTH", "LOP"].includes(a.code) ? "1" : "0",
    trans_name_id: String(7500 + i),
    banner_image: "",
    short_name_trans_id: String(5800 + i),
    business_name: a.airportName,
    business_name_trans_id: String(5900 + i),
    business_country: a.countryId,
    business_id: String(20300 + i),
    country_name: countryName(a.countryId),
    city_name: a.city,
    province_name: a.province,
    location_name: a.locationName,
  };
}

export function tripDetail(ctx: EndpointContext, from: Airport, to: Airport, date: string): Record<string, unknown> {
  return { dep_airport: airportDetail(from), arr_airport: airportDetail(to), date, formatted_date: formattedDate(date, ctx.lang) };
}
