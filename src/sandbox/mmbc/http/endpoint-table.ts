import { cekSaldo, resetPassword } from "../endpoints/account.js";
import { getStatusBooking, getEtiket } from "../endpoints/booking-lookup.js";
import { postBooking } from "../endpoints/booking.js";
import { getCodeArea, getCodeFlights } from "../endpoints/catalog.js";
import { getEtiketPdf } from "../endpoints/etiket-pdf.js";
import { getIssued } from "../endpoints/issue.js";
import { getPrice } from "../endpoints/price.js";
import { getFlights, perAirlineSearch } from "../endpoints/search.js";
import { PER_AIRLINE_ENDPOINTS, type EndpointName } from "../types.js";
import type { EndpointHandler } from "./reply.js";

/**
 * public: GET, no login. login: form POST with username+password ("invalid login" when wrong).
 * airline-login: same, but wrong login reads "system failed login". form: form POST, handler checks.
 */
export type AuthMode = "public" | "login" | "airline-login" | "form";

export interface EndpointSpec {
  name: EndpointName;
  auth: AuthMode;
  handler: EndpointHandler;
}

const SPECS: EndpointSpec[] = [
  { name: "ceksaldo", auth: "login", handler: cekSaldo },
  { name: "resetpassword", auth: "form", handler: resetPassword },
  { name: "getcodearea-json", auth: "public", handler: getCodeArea },
  { name: "getcodeflights-json", auth: "public", handler: getCodeFlights },
  { name: "getflights-json", auth: "login", handler: getFlights },
  ...PER_AIRLINE_ENDPOINTS.map((name): EndpointSpec => ({ name, auth: "airline-login", handler: perAirlineSearch(name) })),
  { name: "getprice-json", auth: "login", handler: getPrice },
  { name: "postbooking-json", auth: "login", handler: postBooking },
  { name: "getissued-json", auth: "login", handler: getIssued },
  { name: "getstatusbooking-json", auth: "login", handler: getStatusBooking },
  { name: "getetiket-json", auth: "login", handler: getEtiket },
];

const BY_NAME = new Map(SPECS.map((s) => [s.name as string, s]));
const ETIKET_PDF: EndpointSpec = { name: "etiket-pdf", auth: "public", handler: getEtiketPdf };
const ETIKET_PATH = /^\/getbook\/etiket\/etiket-([A-Za-z0-9]+)\.pdf$/;

export interface EndpointMatch {
  spec: EndpointSpec;
  /** Parameters carried in the path itself. */
  pathParams: Record<string, string>;
}

/** `/json/<name>` with or without the trailing slash the per-airline paths are documented with. */
export function matchEndpoint(pathname: string): EndpointMatch | undefined {
  const pdf = ETIKET_PATH.exec(pathname);
  if (pdf?.[1]) return { spec: ETIKET_PDF, pathParams: { kodebooking: pdf[1] } };
  const m = /^\/json\/([^/]+)\/?$/.exec(pathname);
  const spec = m?.[1] ? BY_NAME.get(m[1]) : undefined;
  return spec ? { spec, pathParams: {} } : undefined;
}
