import { normalizeFlightCode } from "../flights/generate-flights.js";
import { partyFare } from "../flights/fares.js";
import { countParam, failReply, jsonReply, type EndpointHandler } from "../http/reply.js";
import { thousands } from "../wire-format.js";
import { searchRoute } from "./search.js";

export const getPrice: EndpointHandler = ({ state, params }) => {
  const outcome = searchRoute(state, params);
  if (!outcome.ok) return failReply(outcome.reason);
  const wanted = normalizeFlightCode(params.flight ?? "");
  const flight = outcome.flights.find((f) => normalizeFlightCode(f.code) === wanted);
  const adult = countParam(params, "adult", 1);
  const child = countParam(params, "child", 0);
  const infant = countParam(params, "infant", 0);
  if (adult === undefined || child === undefined || infant === undefined) return failReply("data invalid");
  if (!flight || adult < 1) return failReply("no result");
  const fare = partyFare(flight, { adult, child, infant }, state.priceDelta(flight.code));
  return jsonReply({
    login: "yes",
    result: "ok",
    flight: flight.carrier.name,
    flight_code: flight.code,
    flight_image: flight.carrier.image,
    flight_seat: String(state.seatsLeft(flight)),
    flight_from: flight.from.code,
    flight_to: flight.to.code,
    flight_date: flight.date,
    flight_transit: flight.transit,
    flight_time: `${flight.departTime} - ${flight.arriveTime}`,
    adult: String(adult),
    child: String(child),
    infant: String(infant),
    publish: thousands(fare.publish),
    tax: thousands(fare.tax),
    totalfare: thousands(fare.total),
  });
};
