import { AIRLINE_LIST } from "../data/airlines.js";
import { CITIES } from "../data/cities.js";
import { jsonReply, type EndpointHandler } from "../http/reply.js";

export const getCodeArea: EndpointHandler = () => jsonReply(CITIES.map(({ code, city }) => ({ code, city })));

export const getCodeFlights: EndpointHandler = () => jsonReply(AIRLINE_LIST);
