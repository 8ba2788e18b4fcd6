import { z } from "zod";

/**
 * Codes a provider sends and the bot shows, stores, puts in buttons and sends back: airports, flight
 * numbers, booking codes, ids. Each is checked here, at the wire, against the forms the specs show,
 * and bounded: a code that is not one (markup, a 10 kB string) fails the schema, so the adapter raises
 * a typed ProviderError and nothing of it reaches the bot. Nothing longer than MAX_CODE is even trimmed.
 *
 * Tolerance, from spec/mmbc-api.md and spec/tiket-api.md, and no further:
 * - airports: IATA, three letters (CGK, SUB); any case, surrounding spaces (getAllRouteList's " BPN");
 *   upper-cased.
 * - flight numbers: a two-character airline designator (letters or digits: JT, QG, 3K), then an optional
 *   "-" or " ", 1–4 digits and an optional one-letter suffix: "QZ-7682", "SJ268", "GA 724". tiket.com's
 *   order detail joins a round trip's with "~" ("QG-682~QG-683"), up to four here.
 * - booking codes (MMBC kodebooking, tiket.com booking_code / PNR): 4–10 letters and digits, upper-cased —
 *   the document's "YDZADF" and placeholder "XXXXX" and what the bot's buttons and /status carry.
 * - tiket.com order ids (the booking code there): 4–10 digits ("20604252", 120005), for the same reason.
 * - tiket.com flight ids: 1–20 digits ("2490729"); add-order takes nothing else.
 */
const MAX_CODE = 64;

function code<T>(what: string, read: (s: string) => T | undefined) {
  return z.union([z.string(), z.number()]).transform((v, ctx): T => {
    const s = typeof v === "number" ? String(v) : v;
    const value = s.length <= MAX_CODE ? read(s.trim()) : undefined;
    if (value !== undefined) return value;
    ctx.addIssue({ code: "custom", message: `not ${what}: ${JSON.stringify(s.slice(0, 24))}${s.length > 24 ? `… (${s.length} characters)` : ""}` });
    return z.NEVER;
  });
}

const AIRPORT = /^[A-Za-z]{3}$/;
const FLIGHT = /^[A-Za-z0-9]{2}[ -]?\d{1,4}[A-Za-z]?$/;
const BOOKING = /^[A-Za-z0-9]{4,10}$/;

export const airportCode = code("an IATA airport code", (s) => (AIRPORT.test(s) ? s.toUpperCase() : undefined));

/** MMBC's "CGK-SUB" (spaces around the dash tolerated) → "CGK-SUB". */
export const routeCodes = code("a route of two airport codes", (s) => {
  const m = /^([A-Za-z]{3}) ?- ?([A-Za-z]{3})$/.exec(s);
  return m ? `${m[1]!.toUpperCase()}-${m[2]!.toUpperCase()}` : undefined;
});

/** One flight number, as the provider wrote it (trimmed): the provider takes it back in that form. */
export const flightNumber = code("a flight number", (s) => (FLIGHT.test(s) ? s : undefined));

/** A flight number, or a round trip's joined with "~" (tiket.com order detail). */
export const flightNumbers = code("a flight number", (s) => {
  const parts = s.split("~");
  return parts.length <= 4 && parts.every((p) => FLIGHT.test(p.trim())) ? parts.map((p) => p.trim()).join("~") : undefined;
});

export const bookingCode = code("a booking code", (s) => (BOOKING.test(s) ? s.toUpperCase() : undefined));

export const orderId = code("a tiket.com order id", (s) => (/^\d{4,10}$/.test(s) ? s : undefined));

export const flightId = code("a tiket.com flight id", (s) => (/^\d{1,20}$/.test(s) ? s : undefined));

/** A code that may be missing: null, undefined, "" and "-" mean "none"; anything else must be valid. */
export function optionalCode<T>(schema: z.ZodType<T, string | number>) {
  return z
    .union([z.string(), z.number(), z.null()])
    .optional()
    .transform((v) => (v === null || v === undefined || (typeof v === "string" && (v.trim() === "" || v.trim() === "-")) ? undefined : v))
    .pipe(schema.optional());
}
