export const PER_AIRLINE_ENDPOINTS = [
  "getflightAirasia",
  "getflightAviastar",
  "getflightCitilink",
  "getflightJetstar",
  "getflightKalstar",
  "getflightLion",
  "getflightSriwijaya",
  "getflightTiger",
  "getflightTransnusa",
  "getflightTrigana",
  "getflightXpress",
] as const;
export type PerAirlineEndpoint = (typeof PER_AIRLINE_ENDPOINTS)[number];

export const ENDPOINT_NAMES = [
  "ceksaldo",
  "resetpassword",
  "getcodearea-json",
  "getcodeflights-json",
  "getflights-json",
  ...PER_AIRLINE_ENDPOINTS,
  "getprice-json",
  "postbooking-json",
  "getissued-json",
  "getstatusbooking-json",
  "getetiket-json",
  "etiket-pdf",
] as const;
export type EndpointName = (typeof ENDPOINT_NAMES)[number];

export type Fault =
  /** Never answers; with `commit` the operation is performed first ("outcome unknown"). */
  | { kind: "timeout"; commit?: boolean }
  | { kind: "http500" }
  | { kind: "html" }
  | { kind: "malformed" }
  | { kind: "empty" }
  | { kind: "login" }
  /** "failed to receive data"; with `commit` the operation is performed first (the airline answered late). */
  | { kind: "upstream"; commit?: boolean };

export interface SandboxCredentials {
  username: string;
  password: string;
}

export interface SandboxCall {
  endpoint: EndpointName;
  /** Request parameters (form body or query); passwords replaced by "***". */
  params: Record<string, string>;
  /** ms since epoch, from the sandbox clock. */
  at: number;
}

export type SandboxBookingStatus = "waiting" | "pending" | "issued" | "cancel" | "expired";
export type PassengerType = "Adult" | "Child" | "Infant";

export interface SandboxPassenger {
  title: string;
  fullName: string;
  type: PassengerType;
  dob: string;
  passportNumber: string;
  passportExpired: string;
  baggage: string;
}

export interface SandboxBooking {
  code: string;
  status: SandboxBookingStatus;
  airline: string;
  airlineCode: string;
  flightCode: string;
  from: string;
  to: string;
  /** yyyy-mm-dd */
  date: string;
  departTime: string;
  arriveTime: string;
  transit: string;
  flightClass: string;
  adult: number;
  child: number;
  infant: number;
  passengers: SandboxPassenger[];
  email: string;
  phone: string;
  publishFare: number;
  tax: number;
  totalFare: number;
  nta: number;
  commission: number;
  createdAt: number;
  /** Precise instant (ms) after which a waiting booking is expired. */
  timelimitAt: number;
  issuedAt?: number;
  /** One 13-digit number per passenger, or ["Confirm"] for AirAsia / Citilink. */
  ticketNumbers?: string[];
  /** The exact success body sent by postbooking-json. */
  response: Record<string, string>;
}

export interface SandboxControls {
  setLatency(endpoint: EndpointName | "*", ms: number): void;
  /** Calls to `endpoint` wait (after any latency) until it is released: an airline that is still searching. */
  hold(endpoint: EndpointName): void;
  /** Lets the held calls of `endpoint` (every endpoint when omitted) answer; later calls are not held. */
  release(endpoint?: EndpointName): void;
  /** `times`: how many calls the fault applies to; omitted = until cleared with `null`. */
  setFault(endpoint: EndpointName | "*", fault: Fault | null, times?: number): void;
  setTimelimitSeconds(seconds: number): void;
  setBalance(rupiah: number): void;
  getBalance(): number;
  setCredentials(credentials: SandboxCredentials): void;
  /** Another agent login beside the main one (same deposit); resetpassword works for it too. */
  addAccount(credentials: SandboxCredentials): void;
  /** getprice-json and booking fares differ from the search price by `deltaPerPax` per adult/child. */
  setPriceChange(flightCode: string | "*", deltaPerPax: number): void;
  /** `date` as dd-mm-yyyy or yyyy-mm-dd; sets the seats left right now. */
  setSeats(flightCode: string, date: string, seats: number): void;
  issueExternally(code: string): void;
  cancelExternally(code: string): void;
  /** A payment started on another channel and not finished: status "pending" (spec §10 lists it, undefined). */
  pendExternally(code: string): void;
  getBooking(code: string): SandboxBooking | undefined;
  /** Load tests: adds waiting placeholder bookings with these codes and timelimits (no search, seats or
   * balance); throws, adding none, on a malformed or existing code. Returns how many were added. */
  seedBookings(seeds: readonly { code: string; timelimitAt: number }[]): number;
  calls(endpoint?: EndpointName): SandboxCall[];
  callCount(endpoint: EndpointName): number;
  /** Clears faults, latency, holds, price changes, seat overrides and the call log; `bookings: true` also
   * drops bookings and extra accounts and restores balance, credentials and timelimit to the start options. */
  reset(options?: { bookings?: boolean }): void;
}
