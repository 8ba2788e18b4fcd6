/**
 * Out-of-process test controls, JSON in and out (same semantics as `SandboxControls`):
 *
 *   GET  /__sandbox/state                    → { balance, timelimitSeconds, credentials, timeZone, bookings: [codes] }
 *   GET  /__sandbox/balance                  → { balance }
 *   POST /__sandbox/balance      { balance }
 *   POST /__sandbox/latency      { endpoint: EndpointName | "*", ms }
 *   POST /__sandbox/hold         { endpoint: EndpointName, held: boolean }   (hold / release)
 *   POST /__sandbox/fault        { endpoint: EndpointName | "*", fault: Fault | null, times? }
 *   POST /__sandbox/timelimit    { seconds }
 *   POST /__sandbox/credentials  { username, password }
 *   POST /__sandbox/accounts     { username, password }              (addAccount)
 *   POST /__sandbox/price-change { flightCode: string | "*", deltaPerPax }
 *   POST /__sandbox/seats        { flightCode, date (dd-mm-yyyy | yyyy-mm-dd), seats }
 *   GET  /__sandbox/bookings/:code            → the internal booking record (404 if unknown)
 *   POST /__sandbox/bookings/:code/issue      (issueExternally)
 *   POST /__sandbox/bookings/:code/cancel     (cancelExternally)
 *   POST /__sandbox/bookings/:code/pend       (pendExternally)
 *   GET  /__sandbox/calls[?endpoint=name]     → [{ endpoint, params, at }]
 *   GET  /__sandbox/call-count?endpoint=name  → { endpoint, count }
 *   POST /__sandbox/reset        { bookings?: boolean }
 *   POST /__sandbox/seed-bookings { bookings: [{ code, timelimitAt }] }  (seedBookings; load tests)
 *
 * Success answers 200 (`{ "ok": true }` for setters); bad input 400 `{ error }`; unknown route or booking 404.
 */
import { z } from "zod";
import { UnknownBookingError } from "../state/controls.js";
import type { SandboxState } from "../state/sandbox-state.js";
import { ENDPOINT_NAMES, type SandboxControls } from "../types.js";
import { controlRouter } from "../../control-router.js";

const endpointSchema = z.enum([...ENDPOINT_NAMES, "*"]);
const faultSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("timeout"), commit: z.boolean().optional() }),
  z.object({ kind: z.literal("upstream"), commit: z.boolean().optional() }),
  ...(["http500", "html", "malformed", "empty", "login"] as const).map((kind) =>
    z.object({ kind: z.literal(kind) }),
  ),
]);
const num = z.number();

type Action = (controls: SandboxControls, body: unknown) => unknown;

const SETTERS: Record<string, Action> = {
  balance: (c, b) => c.setBalance(z.object({ balance: num }).parse(b).balance),
  latency: (c, b) => {
    const { endpoint, ms } = z.object({ endpoint: endpointSchema, ms: num }).parse(b);
    c.setLatency(endpoint, ms);
  },
  hold: (c, b) => {
    const { endpoint, held } = z.object({ endpoint: endpointSchema.exclude(["*"]), held: z.boolean() }).parse(b);
    if (held) c.hold(endpoint);
    else c.release(endpoint);
  },
  fault: (c, b) => {
    const p = z.object({ endpoint: endpointSchema, fault: faultSchema.nullable(), times: num.optional() }).parse(b);
    c.setFault(p.endpoint, p.fault, p.times);
  },
  timelimit: (c, b) => c.setTimelimitSeconds(z.object({ seconds: num }).parse(b).seconds),
  credentials: (c, b) => c.setCredentials(z.object({ username: z.string(), password: z.string() }).parse(b)),
  accounts: (c, b) => c.addAccount(z.object({ username: z.string().min(1), password: z.string().min(1) }).parse(b)),
  "price-change": (c, b) => {
    const p = z.object({ flightCode: z.string().min(1), deltaPerPax: num }).parse(b);
    c.setPriceChange(p.flightCode, p.deltaPerPax);
  },
  seats: (c, b) => {
    const p = z.object({ flightCode: z.string().min(1), date: z.string(), seats: num }).parse(b);
    c.setSeats(p.flightCode, p.date, p.seats);
  },
  reset: (c, b) => c.reset(z.object({ bookings: z.boolean().optional() }).parse(b ?? {})),
  "seed-bookings": (c, b) => c.seedBookings(z.object({ bookings: z.array(z.object({ code: z.string(), timelimitAt: num })) }).parse(b).bookings),
};

export function createControlRouter(state: SandboxState, controls: SandboxControls) {
  return controlRouter((method, route, url, body) => handle(method, route, url, body, state, controls), (err) => err instanceof UnknownBookingError);
}

function handle(
  method: string, route: string, url: URL, body: unknown, state: SandboxState, controls: SandboxControls,
): unknown {
  const endpoint = url.searchParams.get("endpoint");
  const name = endpoint === null ? undefined : endpointSchema.exclude(["*"]).parse(endpoint);
  if (method === "GET") {
    if (route === "state") {
      const { balance, timelimitSeconds, credentials, timeZone } = state;
      return { balance, timelimitSeconds, credentials, timeZone, bookings: [...state.bookings.keys()] };
    }
    if (route === "balance") return { balance: controls.getBalance() };
    if (route === "calls") return controls.calls(name);
    if (route === "call-count" && name) return { endpoint: name, count: controls.callCount(name) };
    const code = /^bookings\/([^/]+)$/.exec(route)?.[1];
    if (code) {
      const booking = controls.getBooking(code);
      if (!booking) throw new UnknownBookingError(code);
      return booking;
    }
    return undefined;
  }
  if (method !== "POST") return undefined;
  const action = /^bookings\/([^/]+)\/(issue|cancel|pend)$/.exec(route);
  if (action?.[1]) {
    if (action[2] === "issue") controls.issueExternally(action[1]);
    else if (action[2] === "pend") controls.pendExternally(action[1]);
    else controls.cancelExternally(action[1]);
    return { ok: true, booking: controls.getBooking(action[1]) };
  }
  const setter = SETTERS[route];
  if (!setter) return undefined;
  setter(controls, body);
  return { ok: true };
}
