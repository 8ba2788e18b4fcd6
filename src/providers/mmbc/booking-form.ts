import type { BookingRequest } from "../../domain/booking.js";
import { ProviderError } from "../../domain/errors.js";
import { checkPassengers, checkPaxCount } from "../../domain/passenger.js";
import { requirementsFor } from "./mapping.js";
import { toWireDate } from "./wire-values.js";

export interface Credentials {
  username: string;
  password: string;
}

/**
 * Builds postbooking-json's form: multi-value fields joined with ":" in passenger order.
 * Validates first, because a bad name would otherwise book the wrong people.
 */
export function bookingForm(credentials: Credentials, r: BookingRequest): Record<string, string> {
  const needs = requirementsFor(r.flightCode, r.from, r.to);
  const paxProblem = checkPaxCount(r.pax);
  if (paxProblem) throw new ProviderError("validation", "party not bookable", { messages: [paxProblem] });
  const problems = checkPassengers(r.pax, r.passengers, { ...needs, baggage: false });
  if (problems.length > 0) {
    throw new ProviderError("validation", "passenger data incomplete", { messages: problems.map((p) => JSON.stringify(p)) });
  }
  if (!r.contact.email.trim() || !r.contact.phone.trim()) {
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
    phone: r.contact.phone.trim(),
    passengername: join(r.passengers.map((p) => `${p.title}. ${p.fullName.trim().replace(/\s+/g, " ")}`)),
  };
  if (needs.birthDate) form.dateofbirth = join(r.passengers.map((p) => toWireDate(p.birthDate!)));
  if (needs.baggage) form.baggagevolume = join(r.passengers.map((p) => p.baggage ?? "20 Kg"));
  if (needs.passport) {
    form.passportnumber = join(r.passengers.map((p) => p.passport!.number.trim()));
    form.passportexpired = join(r.passengers.map((p) => toWireDate(p.passport!.expiry)));
  }
  return form;
}
