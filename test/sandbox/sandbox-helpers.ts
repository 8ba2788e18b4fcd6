import { startMmbcSandbox, type MmbcSandbox, type MmbcSandboxOptions } from "../../src/sandbox/mmbc/index.js";
import { isoDateInZone, requestDate } from "../../src/sandbox/mmbc/wire-format.js";

export type Json = Record<string, unknown>;
export interface Flight {
  flight: string;
  flight_code: string;
  flight_transit: string;
  flight_datetime: string;
  flight_price: string;
  flight_publishfare: string | number;
  [key: string]: unknown;
}

const DAY = 86_400_000;

/** dd-mm-yyyy, `days` after `from`, in WIB. */
export function dateAhead(days: number, from = Date.now()): string {
  return requestDate(isoDateInZone(from + days * DAY, "Asia/Jakarta"));
}

export function isoAhead(days: number, from = Date.now()): string {
  return isoDateInZone(from + days * DAY, "Asia/Jakarta");
}

export async function withSandbox(options: MmbcSandboxOptions = {}): Promise<MmbcSandbox> {
  return startMmbcSandbox(options);
}

export interface Client {
  sandbox: MmbcSandbox;
  post(endpoint: string, params?: Record<string, string | number>, init?: RequestInit): Promise<Response>;
  postJson<T = Json>(endpoint: string, params?: Record<string, string | number>): Promise<T>;
  search(from: string, to: string, date: string): Promise<Flight[]>;
}

export function client(sandbox: MmbcSandbox): Client {
  const post = (endpoint: string, params: Record<string, string | number> = {}, init: RequestInit = {}) => {
    const { username, password } = sandbox.credentials;
    const body = new URLSearchParams({ username, password });
    for (const [k, v] of Object.entries(params)) body.set(k, String(v));
    return fetch(sandbox.baseUrl + endpoint, { method: "POST", body, ...init });
  };
  const postJson = async <T>(endpoint: string, params: Record<string, string | number> = {}) =>
    (await (await post(endpoint, params)).json()) as T;
  return {
    sandbox,
    post,
    postJson,
    search: (from, to, date) => postJson<Flight[]>("getflights-json", { from, to, date }),
  };
}

/** First flight of `airline` (code prefix like "QZ") on from-to within the next weeks. */
export async function findFlightOf(
  c: Client, airline: string, from: string, to: string, startDays = 20,
): Promise<{ flight: Flight; date: string }> {
  for (let d = startDays; d < startDays + 60; d++) {
    const date = dateAhead(d);
    const flights = await c.search(from, to, date);
    const flight = Array.isArray(flights) ? flights.find((f) => f.flight_code.startsWith(`${airline}-`)) : undefined;
    if (flight) return { flight, date };
  }
  throw new Error(`no ${airline} flight found ${from}-${to}`);
}

export interface BookParams {
  flight: Flight;
  date: string;
  from: string;
  to: string;
  adult?: number;
  child?: number;
  infant?: number;
  names?: string;
  extra?: Record<string, string>;
}

export function bookingParams(p: BookParams): Record<string, string | number> {
  return {
    flight: p.flight.flight_code,
    from: p.from,
    to: p.to,
    date: p.date,
    adult: p.adult ?? 1,
    child: p.child ?? 0,
    infant: p.infant ?? 0,
    email: "budi@example.co.id",
    phone: "081234567890",
    passengername: p.names ?? "Mr. Budi Santoso",
    ...p.extra,
  };
}
