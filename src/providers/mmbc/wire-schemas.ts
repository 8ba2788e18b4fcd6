import { z } from "zod";
import { count, jsonInJson, optionalText, rupiah, statusText, stops, textOrEmpty, timeRange, trimmed } from "./wire-values.js";
import { airportCode, bookingCode, flightNumber, optionalCode, routeCodes } from "../wire-codes.js";

/** Success and failure share one URL and HTTP 200: `result` tells which. */
export const failureSchema = z.object({
  result: z.string().refine((r) => r.trim().toLowerCase() !== "ok"),
  reason: z.string().optional(),
  message: z.string().optional(),
  flight_seat: z.union([z.string(), z.number()]).optional(),
  /** A booking failure's code: "" in the seed's example (nothing held); anything else may be a hold. */
  kodebooking: z.union([z.string(), z.number(), z.null()]).optional(),
});

const ok = z.string().refine((r) => r.trim().toLowerCase() === "ok");

export const balanceSchema = z.object({ result: ok, saldo: rupiah });

export const resetPasswordSchema = z.object({ result: ok, username: trimmed });

export const citySchema = z.array(z.object({ code: trimmed, city: trimmed }));

export const airlineListSchema = z.array(
  z.object({ flight_code: trimmed, flight_name: trimmed, flight_image: optionalText }),
);

/**
 * A search row's fare before tax is "not given" on some rows (the spec shows 0 on AirAsia's), so
 * an empty one ("", "-", null) means the same, not 0 rupiah. Only this informational field is
 * lenient: an empty price, tax, total or balance is not an amount.
 */
const publishFareInRow = z.union([z.string().regex(/^\s*-?\s*$/), z.null()]).transform(() => undefined).or(rupiah).optional();

/** One search row. The per-airline endpoints send only the first six fields, so the rest are optional. */
export const searchRowSchema = z.object({
  flight: trimmed,
  flight_code: flightNumber,
  flight_route: optionalCode(routeCodes),
  flight_transit: stops,
  flight_datetime: timeRange,
  // A row priced 0 is no fare (a price not given): listed, it would sort first as "Rp 0" and could be sent to a customer.
  flight_price: rupiah.refine((n) => n > 0, "a row's price of 0 is no fare"),
  flight_from: optionalCode(airportCode),
  flight_to: optionalCode(airportCode),
  flight_date: trimmed.optional(),
  flight_infotransit: optionalText,
  flight_publishfare: publishFareInRow,
  flight_baggage: optionalText,
  flight_facilities: optionalText,
  flight_image: optionalText,
});
export type SearchRow = z.output<typeof searchRowSchema>;

export const searchSchema = z.array(z.unknown());

const echoCount = z.union([z.literal(""), z.null()]).transform(() => undefined).or(count).optional();

export const priceSchema = z.object({
  result: ok,
  flight: trimmed,
  flight_code: flightNumber,
  flight_seat: count,
  // Echoes of the route and day priced: price-echo.ts refuses an answer without them or naming others.
  flight_from: optionalCode(airportCode),
  flight_to: optionalCode(airportCode),
  flight_date: z.null().transform(() => undefined).or(trimmed).optional(),
  flight_transit: stops.optional(),
  flight_time: timeRange.optional(),
  flight_infotransit: optionalText,
  flight_class: optionalText,
  // What was priced, echoed: a count left out or empty is read here, and price-echo.ts refuses it.
  adult: echoCount,
  child: echoCount,
  infant: echoCount,
  publish: rupiah,
  tax: rupiah,
  totalfare: rupiah,
  // A total of nothing, or below its own tax ("totalfare": "1"), is no price to book at: unreadable, never quoted.
}).refine((p) => p.totalfare > 0 && p.totalfare >= p.tax, "a total below its own tax is no price");

/** The booking's own echo of what was sent: a null in it is empty, never a reason to lose the booking. */
const passengerSchema = z.object({
  passenger_title: textOrEmpty,
  passenger_fullname: textOrEmpty,
  passenger_type: textOrEmpty,
  passenger_dob: optionalText,
  passenger_passportnumber: optionalText,
});

const contactSchema = z.object({
  contact_fullname: optionalText,
  contact_email: optionalText,
  contact_phone: optionalText,
});

export const bookingSchema = z.object({
  result: ok,
  flight: trimmed,
  flight_code: flightNumber,
  kodebooking: bookingCode,
  flight_from: airportCode,
  flight_to: airportCode,
  // Null or empty departure and deadline do not sink a booking that was made: toBooking reads what it can.
  flight_departure: optionalText,
  flight_time: timeRange.optional(),
  flight_transit: stops.optional(),
  flight_infotransit: optionalText,
  flight_class: optionalText,
  // Echoes of the request: when unreadable they are left out, so a booking that was made (its code is
  // above) is never reported as "outcome unknown" and left unsaved for them.
  flight_datapassengers: jsonInJson(z.array(passengerSchema)).optional().catch(undefined),
  flight_contactdetails: jsonInJson(contactSchema.optional()).optional().catch(undefined),
  flight_publishfare: rupiah,
  flight_tax: rupiah,
  flight_totalfare: rupiah,
  flight_shownta: rupiah,
  // The commission is the agent's figure, not the customer's price: null, empty or negative reads as unknown.
  flight_bonus_agen: z.unknown().transform((v) => { const r = rupiah.safeParse(v); return r.success ? r.data : undefined; }),
  flight_timelimit: optionalText,
  flight_statusbooking: statusText.optional(),
});
export type BookingWire = z.output<typeof bookingSchema>;

export const issueSchema = z.object({
  result: ok,
  reason: z.string().optional().default(""),
  ticket_number: z.union([z.string(), z.number()]).optional(),
});

/** `kodebooking` echoes the code asked about; an empty echo falls back to it. */
export const statusSchema = z.object({ result: ok, kodebooking: optionalCode(bookingCode), status: statusText });

export const ticketSchema = z.object({ result: ok, reason: z.string() });
