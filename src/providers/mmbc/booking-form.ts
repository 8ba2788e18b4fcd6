import type { BookingRequest } from "../../domain/booking.js";
import { ProviderError } from "../../domain/errors.js";
import { checkPassengers, checkPaxCount, type PassengerInput } from "../../domain/passenger.js";
import { plainLatinName } from "../../domain/plain-latin-name.js";
import { requirementsFor } from "./airline-requirements.js";
import { toWireDate } from "./wire-values.js";
import { birthDatesSent } from "../../domain/sent-birth-dates.js";

export interface Credentials {
  username: string;
  password: string;
}

/**
 * Builds postbooking-json's form: multi-value fields joined with ":" in passenger order.
 * Validates first, because a bad name would otherwise book the wrong people.
 */
export function bookingForm(credentials: Credentials, r: BookingRequest): Record<string, string> {
  const needs = requirementsFor(r.flightCode, r.from, r.to, r.airlineName);
  const paxProblem = checkPaxCount(r.pax);
  if (paxProblem) throw new ProviderError("validation", "party not bookable", { messages: [paxProblem] });
  const problems = checkPassengers(r.pax, r.passengers, { ...needs, baggage: false });
  if (problems.length > 0) {
    throw new ProviderError("validation", "passenger data incomplete", { messages: problems.map((p) => JSON.stringify(p)) });
  }
  const phone = wirePhone(r.contact.phone);
  if (!r.contact.email.trim() || !phone) {
    throw new ProviderError("validation", "contact incomplete", { messages: ["contact"] });
  }
  const join = (values: string[]) => values.join(":");
  const form: Record<string, string> = {
    ...credentials,
    flight: r.flightCode,
    from: r.from,
    to: r.to,
    date: toWireDate(r.date),
    adult: String(r.pax.adult),
    child: String(r.pax.child),
    infant: String(r.pax.infant),
    email: r.contact.email.trim(),
    phone,
    // Airline systems take plain Latin letters: "Dési" travels as "Desi" (as on tiket.com).
    passengername: join(r.passengers.map((p) => `${p.title}. ${plainLatinName(p.fullName).trim().replace(/\s+/g, " ")}`)),
  };
  // Spec §8 requires birth dates for Citilink, AirAsia and JetStar. Other airlines get them too when the
  // agent gave one for every passenger (the list is then well formed under any reading); never a list with
  // empty places, which a server that checks each date it is sent would refuse, failing the booking.
  if (birthDatesSent("mmbc", needs, r.passengers)) {
    form.dateofbirth = join(r.passengers.map((p) => toWireDate(p.birthDate!)));
  }
  if (needs.baggage) form.baggagevolume = join(r.passengers.map(baggageVolume));
  if (needs.passport) {
    form.passportnumber = join(r.passengers.map((p) => p.passport!.number.trim()));
    form.passportexpired = join(r.passengers.map((p) => toWireDate(p.passport!.expiry)));
  }
  return form;
}

/**
 * The seed shows phones as digits only ("0812111111", and "081290188790" echoed back). Indonesian
 * numbers already come as 08…; a foreign one (+6591234567) goes as its digits with the country code
 * (6591234567): a server that takes only digits refuses the "+", and one that takes anything reads
 * the country code all the same.
 */
function wirePhone(phone: string): string {
  return phone.replace(/\D/g, "");
}

/** No paid baggage unless the agent chose some: see baggageVolume. */
const NO_PAID_BAGGAGE = "0 Kg";

/**
 * Spec §8 asks for `baggagevolume` ("20 Kg:15 Kg") on AirAsia and JetStar, one value per passenger,
 * and says no more: the price call takes no baggage, and the booked total includes baggage "if any".
 * So baggage the agent did not choose would be bought silently and move the total agreed to; every
 * passenger gets "0 Kg" (the value that adds no cost, in the spec's own form) unless the agent chose
 * a weight, and infants never get paid baggage.
 */
function baggageVolume(p: PassengerInput): string {
  if (p.type === "infant" || p.baggage === undefined) return NO_PAID_BAGGAGE;
  const kg = /^\s*(\d{1,3})\s*kg\s*$/i.exec(p.baggage);
  if (!kg) throw new ProviderError("validation", "baggage not a weight", { messages: ["baggage"] });
  return `${Number(kg[1])} Kg`;
}
