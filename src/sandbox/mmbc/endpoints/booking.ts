import { randomInt } from "node:crypto";
import { normalizeFlightCode, type SandboxFlight } from "../flights/generate-flights.js";
import { agentPrice, partyFare, type Party } from "../flights/fares.js";
import { countParam, failReply, jsonReply, type EndpointHandler, type WireReply } from "../http/reply.js";
import type { SandboxState } from "../state/sandbox-state.js";
import type { SandboxBooking, SandboxPassenger } from "../types.js";
import { DEADLINE_ZONE, hhmm, wireDateTime, wireLocalDateTime } from "../wire-format.js";
import { validateBooking } from "./booking-validation.js";
import { searchRoute } from "./search.js";

export const postBooking: EndpointHandler = ({ state, params }) => {
  if (!params.flight?.trim()) return failReply("data invalid");
  const party = {
    adult: countParam(params, "adult"),
    child: countParam(params, "child", 0),
    infant: countParam(params, "infant", 0),
  };
  if (party.adult === undefined || party.child === undefined || party.infant === undefined) {
    return failReply("data invalid");
  }
  const pax: Party = { adult: party.adult, child: party.child, infant: party.infant };
  const outcome = searchRoute(state, params);
  if (!outcome.ok && outcome.reason === "data invalid") return failReply("data invalid");
  const wanted = normalizeFlightCode(params.flight);
  const flight = outcome.ok ? outcome.flights.find((f) => normalizeFlightCode(f.code) === wanted) : undefined;
  if (!flight) return messageReply(wanted, 0, [`Flight ${params.flight.trim()} not available on ${params.date ?? ""}`]);
  const seats = state.seatsLeft(flight);
  const checked = validateBooking(params, flight, pax);
  if (!checked.ok) return messageReply(wanted, seats, checked.lines);
  if (pax.adult + pax.child > seats) return messageReply(wanted, seats, ["Seat not available"]);
  const booking = createBooking(state, flight, pax, checked.passengers, params);
  return jsonReply(booking.response);
};

/** The airline-style failure: `flight_code` without the dash, lines joined by CRLF. */
function messageReply(flightCode: string, seats: number, lines: string[]): WireReply {
  return jsonReply({
    result: "no",
    flight_code: flightCode,
    flight_seat: String(seats),
    kodebooking: "",
    message: lines.map((l) => `${l}\r\n`).join(""),
  });
}

function createBooking(
  state: SandboxState, flight: SandboxFlight, party: Party, passengers: SandboxPassenger[],
  params: Record<string, string>,
): SandboxBooking {
  const now = state.now();
  const fare = partyFare(flight, party, state.priceDelta(flight.code));
  const { commission, nta } = agentPrice(flight.carrier, fare.total);
  const code = newBookingCode(state);
  // The wire shows minutes, so a deadline is a whole minute (as airlines give them) and what the client
  // reads is exactly when the booking expires. Test-length limits (under a minute) keep their seconds.
  const precise = now + state.timelimitSeconds * 1000;
  const timelimitAt = state.timelimitSeconds < 60 ? precise : Math.floor(precise / 60_000) * 60_000;
  const email = params.email?.trim() ?? "";
  const phone = (params.phone ?? "").replace(/[\s-]/g, "");
  const lead = passengers[0];
  // Single-word names are repeated as surname, as in the document's example ("Fransiskus Fransiskus").
  const leadName = lead && !lead.fullName.includes(" ") ? `${lead.fullName} ${lead.fullName}` : (lead?.fullName ?? "");
  const response: Record<string, string> = {
    login: "yes",
    result: "ok",
    flight: flight.carrier.name,
    flight_code: flight.code,
    kodebooking: code,
    flight_from: flight.from.code,
    flight_to: flight.to.code,
    flight_route: `${flight.from.code}-${flight.to.code}`,
    flight_departure: wireLocalDateTime(flight.date, flight.departTime),
    flight_time: `${flight.departTime} - ${flight.arriveTime}`,
    flight_transit: flight.transit,
    flight_infotransit: flight.legs
      .map((l) => `${l.from.city}(${l.from.code}) ${hhmm(l.depart)} - ${l.to.city}(${l.to.code}) ${hhmm(l.arrive)}`)
      .join(", "),
    flight_class: flight.flightClass,
    flight_totalpassenger: String(passengers.length),
    flight_datapassengers: JSON.stringify(passengers.map(passengerJson)),
    flight_contactdetails: JSON.stringify({
      contact_title: lead?.title ?? "",
      contact_fullname: leadName,
      contact_email: email,
      contact_phone: phone,
    }),
    flight_publishfare: String(fare.publish),
    flight_tax: String(fare.tax),
    flight_totalfare: String(fare.total),
    flight_shownta: String(nta),
    flight_bonus_agen: String(commission),
    flight_timelimit: wireDateTime(timelimitAt, DEADLINE_ZONE, state.timelimitSeconds < 60),
    flight_statusbooking: "waiting",
  };
  const booking: SandboxBooking = {
    code, status: "waiting", airline: flight.carrier.name, airlineCode: flight.carrier.code,
    flightCode: flight.code, from: flight.from.code, to: flight.to.code, date: flight.date,
    departTime: flight.departTime, arriveTime: flight.arriveTime, transit: flight.transit,
    flightClass: flight.flightClass, ...party, passengers, email, phone,
    publishFare: fare.publish, tax: fare.tax, totalFare: fare.total, nta, commission,
    createdAt: now, timelimitAt, response,
  };
  state.bookings.set(code, booking);
  return booking;
}

function passengerJson(p: SandboxPassenger): Record<string, string> {
  return {
    passenger_title: p.title,
    passenger_fullname: p.fullName,
    passenger_type: p.type,
    passenger_baggageintl: p.baggage,
    passenger_ffnumber: "",
    passenger_dob: p.dob,
    passenger_passportnumber: p.passportNumber,
    passenger_passportexpired: p.passportExpired,
  };
}

const CODE_CHARS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

function newBookingCode(state: SandboxState): string {
  for (;;) {
    let code = "";
    for (let i = 0; i < 6; i++) code += CODE_CHARS[randomInt(CODE_CHARS.length)] ?? "X";
    if (!state.bookings.has(code)) return code;
  }
}
