import { z } from "zod";
import { amount, count, echoedCount, listOf, optionalText } from "./wire-values.js";
import { airportCode, bookingCode, flightId, flightNumber, flightNumbers, optionalCode, orderId } from "../wire-codes.js";

/**
 * Payloads of each call, beside the envelope. Lenient on purpose: fields the adapter doesn't use are
 * let through, optional ones may be missing, null or "", and numbers may be strings.
 */
const text = z.union([z.string(), z.number()]).transform((v) => String(v).trim());

const legSchema = z.looseObject({
  flight_number: optionalCode(flightNumber),
  class: optionalText,
  departure_city: optionalCode(airportCode),
  arrival_city: optionalCode(airportCode),
});

/** `flight_infos.flight_info[]`, one per leg; some encoders send "" or [] when there is none. */
const legsSchema = z.union([z.looseObject({ flight_info: listOf(legSchema) }), z.string(), z.array(z.unknown()), z.null()]).optional();

export const searchRowSchema = z.looseObject({
  flight_id: flightId,
  airlines_name: text,
  flight_number: flightNumbers,
  departure_city: optionalCode(airportCode),
  arrival_city: optionalCode(airportCode),
  stop: optionalText,
  full_via: optionalText,
  price_value: amount.optional(),
  price_adult: amount.optional(),
  simple_departure_time: text,
  simple_arrival_time: text,
  departure_flight_date: optionalText,
  arrival_flight_date: optionalText,
  check_in_baggage: optionalText,
  check_in_baggage_unit: optionalText,
  image: optionalText,
  flight_infos: legsSchema,
});
export type SearchRow = z.output<typeof searchRowSchema>;

/** Rows stay unknown here: one odd row is skipped, not the whole search. */
export const searchSchema = z.looseObject({
  departures: z.union([z.looseObject({ result: listOf(z.unknown()) }), z.array(z.unknown()), z.null()]).optional(),
});

export const checkUpdateSchema = z.looseObject({ update: count.optional().default(0), timestamp: optionalText });

export const airportsSchema = z.looseObject({
  all_airport: z.looseObject({
    airport: listOf(z.looseObject({ airport_code: text, location_name: optionalText, airport_name: optionalText })),
  }),
});

export const flightDataSchema = z.looseObject({
  required: z.union([z.record(z.string(), z.unknown()), z.array(z.unknown()), z.null()]).optional(),
  departures: z.looseObject({
    flight_id: optionalCode(flightId),
    airlines_name: optionalText,
    flight_number: optionalCode(flightNumbers),
    price_value: amount.optional(),
    // The party priced (spec §5): party-echo.ts refuses an answer naming another one.
    count_adult: echoedCount,
    count_child: echoedCount,
    count_infant: echoedCount,
    price_adult: amount.optional(),
    price_child: amount.optional(),
    price_infant: amount.optional(),
    need_baggage: z.union([z.number(), z.string(), z.boolean()]).optional(),
    flight_class: optionalText,
    flight_infos: legsSchema,
  }),
});

export const requiredField = z.looseObject({ mandatory: z.union([z.number(), z.string(), z.boolean()]).optional(), category: optionalText });

export const captchaSchema = z.looseObject({ lioncaptcha: optionalText, lionsessionid: optionalText });

const orderDetailSchema = z.looseObject({
  expire: z.union([z.number(), z.string()]).optional(),
  order_expire_datetime: optionalText,
  customer_price: amount.optional(),
  detail: z.looseObject({
    airlines_name: optionalText,
    flight_number: optionalCode(flightNumbers),
    flight_date: optionalText,
    real_flight_date: optionalText,
    departure_time: optionalText,
    arrival_time: optionalText,
    departure_city: optionalCode(airportCode),
    arrival_city: optionalCode(airportCode),
    ticket_class: optionalText,
    stop: optionalText,
  }).optional(),
});
export type OrderDetail = z.output<typeof orderDetailSchema>;

export const orderSchema = z.looseObject({
  myorder: z.looseObject({
    order_id: orderId,
    data: listOf(orderDetailSchema),
    total: amount.optional(),
    total_tax: amount.optional(),
    total_without_tax: amount.optional(),
    order_expire_datetime: optionalText,
  }),
});
export type OrderWire = z.output<typeof orderSchema>["myorder"];

const cartPassenger = z.looseObject({ first_name: optionalText, last_name: optionalText });
/**
 * An order detail's `detail.passengers` (spec §6: `{adult[]{first_name, last_name, title, …}}`), read on
 * its own with safeParse: the normal booking path doesn't need it, so an odd shape must not break it.
 */
export const cartPassengersSchema = z.looseObject({ adult: listOf(cartPassenger), child: listOf(cartPassenger), infant: listOf(cartPassenger) });

export const paymentSchema = z.looseObject({ orderId: optionalCode(orderId), order_id: optionalCode(orderId), grand_total: amount.optional(), message: optionalText });

/** partner/transactionApi (spec §8): deposit orders placed and waiting for confirmPayment, by page. */
export const transactionListSchema = z.looseObject({
  result: listOf(z.looseObject({ order_id: optionalCode(orderId), total_customer_price: amount.optional() })),
  search: z.looseObject({ page: count.optional(), total_page: count.optional() }).optional(),
});

/** checkout_payment without btn_booking (spec §7): what paying would take, nothing placed. */
const previewFields = z.looseObject({ order_id: optionalCode(orderId), grand_total: amount.optional(), grand_subtotal: amount.optional(), sub_total: amount.optional() });
export const paymentPreviewSchema = previewFields.extend({ result: previewFields.optional() });

const passengerSchema = z.looseObject({ passenger_name: optionalText, passenger_ticket_number: optionalText });

const cartDetailSchema = z.looseObject({
  order_detail_id: optionalText,
  order_type: optionalText,
  detail: z.looseObject({
    order_detail_status: optionalText,
    order_expire_datetime: optionalText,
    booking_code: optionalCode(bookingCode),
    ticket_status: optionalText,
    flight_number: optionalCode(flightNumbers),
  }).optional(),
  passanger: listOf(passengerSchema),
  passenger: listOf(passengerSchema),
  print_uri: optionalText,
  send_uri: optionalText,
});

export const checkOrderSchema = z.looseObject({
  result: z.looseObject({
    order_id: optionalCode(orderId),
    payment_status: optionalText,
    total_customer_price: amount.optional(),
    order__cart_detail: listOf(cartDetailSchema),
  }),
});
export type CheckOrderWire = z.output<typeof checkOrderSchema>["result"];

/** A balance of "" is unreadable, not an empty deposit. */
export const saldoSchema = z.looseObject({ results: amount.pipe(z.number()) });
