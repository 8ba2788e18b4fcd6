import { z } from "zod";
import { BOOKING_STATUSES } from "../domain/booking.js";

/** zod mirrors of the domain types, for values read back from Redis. */
export const offerSchema = z.object({
  provider: z.enum(["mmbc", "tiket"]),
  ref: z.string(),
  airlineName: z.string(),
  airlineCode: z.string(),
  flightCode: z.string(),
  from: z.string(),
  to: z.string(),
  date: z.string(),
  departsAt: z.string(),
  arrivesAt: z.string(),
  stops: z.number(),
  transitInfo: z.string().optional(),
  price: z.number(),
  baseFare: z.number().optional(),
  baggage: z.string().optional(),
  facilities: z.string().optional(),
  logoUrl: z.string().optional(),
});

/** A passenger as the booking flow holds them (PassengerInput): kept drafts and parties read back. */
export const passengerSchema = z.object({
  type: z.enum(["adult", "child", "infant"]),
  title: z.enum(["Mr", "Mrs", "Ms", "Mstr", "Miss"]),
  fullName: z.string(),
  birthDate: z.string().optional(),
  passport: z.object({ number: z.string(), expiry: z.string(), issued: z.string().optional() }).optional(),
  baggage: z.string().optional(),
  idNumber: z.string().optional(),
  nationality: z.string().optional(),
});

export const paxSchema = z.object({ adult: z.number().int(), child: z.number().int(), infant: z.number().int() });

const statusSchema = z.union([z.enum(BOOKING_STATUSES), z.object({ unknown: z.string() })]);

const namedFlightSchema = z.object({ flightCode: z.string(), from: z.string(), to: z.string(), date: z.string() });

export const bookingSchema = z.object({
  provider: z.enum(["mmbc", "tiket"]),
  code: z.string(),
  pnr: z.string().optional(),
  airlineName: z.string(),
  flightCode: z.string(),
  from: z.string(),
  to: z.string(),
  departsAt: z.string(),
  arrivesAt: z.string().optional(),
  stops: z.number(),
  transitInfo: z.string().optional(),
  flightClass: z.string().optional(),
  passengers: z.array(z.object({
    title: z.string(), fullName: z.string(), type: z.string(), birthDate: z.string().optional(), passportNumber: z.string().optional(),
  })),
  contact: z.object({ fullName: z.string().optional(), email: z.string().optional(), phone: z.string().optional() }).optional(),
  fares: z.object({
    publish: z.number(), tax: z.number(), total: z.number(), nta: z.number(), commission: z.number().optional(),
    each: z.object({ adult: z.number(), child: z.number(), infant: z.number() }).partial().optional(),
  }),
  timelimit: z.string(),
  timelimitUnknown: z.literal(true).optional(),
  status: statusSchema,
  otherFlight: z.object({ asked: namedFlightSchema, booked: namedFlightSchema }).optional(),
  unconfirmed: z.literal(true).optional(),
});

export const contactSchema = z.object({ email: z.string(), phone: z.string() });
