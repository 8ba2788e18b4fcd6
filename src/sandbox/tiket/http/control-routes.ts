/**
 * Out-of-process test controls, JSON in and out (same semantics as `TiketSandboxControls`):
 *
 *   GET  /__sandbox/state                   → { deposit, orderExpirySeconds, issueDelayMs, searchRefreshMs, credentials, timeZone, orders }
 *   GET  /__sandbox/deposit                 → { deposit }
 *   POST /__sandbox/deposit      { deposit }
 *   POST /__sandbox/latency      { endpoint: name | "checkout/checkout_payment/<id>" | "*", ms }
 *   POST /__sandbox/fault        { endpoint, fault: Fault | null, times? }
 *   POST /__sandbox/price-change { flightNumber: string | "*", delta }
 *   POST /__sandbox/seats        { flightNumber, date: yyyy-mm-dd, seats }
 *   POST /__sandbox/settings     { orderExpirySeconds?, issueDelayMs?, searchRefreshMs? }
 *   GET  /__sandbox/orders/:id              → the internal order record (404 if unknown)
 *   POST /__sandbox/orders/:id/expire       (expireOrder)
 *   POST /__sandbox/orders/:id/issue        (issueExternally)
 *   GET  /__sandbox/captcha?sessionId=…     → { sessionId, answer } (404 if unknown)
 *   GET  /__sandbox/calls[?endpoint=name]   → [{ endpoint, params, userAgent, at }]
 *   GET  /__sandbox/call-count?endpoint=name → { endpoint, count }
 *   POST /__sandbox/reset        { orders?: boolean }
 *
 * Success answers 200 (`{ "ok": true }` for setters); bad input 400 `{ error }`; unknown route, order or captcha 404.
 */
import { z } from "zod";
import { UnknownOrderError } from "../state/controls.js";
import type { TiketState } from "../state/tiket-state.js";
import { ENDPOINT_NAMES, type FaultTarget, type TiketSandboxControls } from "../types.js";
import { controlRouter } from "../../control-router.js";

const nameSchema = z.enum(ENDPOINT_NAMES);
const targetSchema = z.union([
  nameSchema,
  z.literal("*"),
  z.string().regex(/^checkout\/checkout_payment\/\d+$/).transform((s) => s as FaultTarget),
]);
const faultSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("timeout"), commit: z.boolean().optional() }),
  z.object({ kind: z.literal("status201"), commit: z.boolean().optional() }),
  z.object({ kind: z.literal("status500"), commit: z.boolean().optional() }),
  z.object({ kind: z.literal("status"), status: z.number().int().min(100).max(999).refine((s) => s !== 200), en: z.string(), id: z.string(), commit: z.boolean().optional() }),
  ...(["http500", "html", "malformed", "empty", "status204"] as const).map((kind) =>
    z.object({ kind: z.literal(kind) }),
  ),
]);
const num = z.number();

class NotFound extends Error {}

type Action = (controls: TiketSandboxControls, body: unknown) => unknown;

const SETTERS: Record<string, Action> = {
  deposit: (c, b) => c.setDeposit(z.object({ deposit: num }).parse(b).deposit),
  latency: (c, b) => {
    const p = z.object({ endpoint: targetSchema, ms: num }).parse(b);
    c.setLatency(p.endpoint, p.ms);
  },
  fault: (c, b) => {
    const p = z.object({ endpoint: targetSchema, fault: faultSchema.nullable(), times: num.optional() }).parse(b);
    c.setFault(p.endpoint, p.fault, p.times);
  },
  "price-change": (c, b) => {
    const p = z.object({ flightNumber: z.string().min(1), delta: num }).parse(b);
    c.setPriceChange(p.flightNumber, p.delta);
  },
  seats: (c, b) => {
    const p = z.object({ flightNumber: z.string().min(1), date: z.string(), seats: num }).parse(b);
    c.setSeats(p.flightNumber, p.date, p.seats);
  },
  settings: (c, b) => {
    const p = z.object({ orderExpirySeconds: num.optional(), issueDelayMs: num.optional(), searchRefreshMs: num.optional(), depositCharge: num.optional() }).parse(b);
    if (p.depositCharge !== undefined) c.setDepositCharge(p.depositCharge);
    if (p.orderExpirySeconds !== undefined) c.setOrderExpirySeconds(p.orderExpirySeconds);
    if (p.issueDelayMs !== undefined) c.setIssueDelayMs(p.issueDelayMs);
    if (p.searchRefreshMs !== undefined) c.setSearchRefreshMs(p.searchRefreshMs);
  },
  reset: (c, b) => c.reset(z.object({ orders: z.boolean().optional() }).parse(b ?? {})),
};

export function createControlRouter(state: TiketState, controls: TiketSandboxControls) {
  return controlRouter((method, route, url, body) => handle(method, route, url, body, state, controls), (err) => err instanceof UnknownOrderError || err instanceof NotFound);
}

function handle(
  method: string, route: string, url: URL, body: unknown, state: TiketState, controls: TiketSandboxControls,
): unknown {
  const endpoint = url.searchParams.get("endpoint");
  const name = endpoint === null ? undefined : nameSchema.parse(endpoint);
  if (method === "GET") {
    if (route === "state") {
      const { deposit, orderExpirySeconds, issueDelayMs, searchRefreshMs, credentials, timeZone } = state;
      return { deposit, orderExpirySeconds, issueDelayMs, searchRefreshMs, credentials, timeZone, orders: [...state.orders.keys()] };
    }
    if (route === "deposit") return { deposit: controls.getDeposit() };
    if (route === "calls") return controls.calls(name);
    if (route === "call-count" && name) return { endpoint: name, count: controls.callCount(name) };
    if (route === "captcha") {
      const sessionId = url.searchParams.get("sessionId") ?? "";
      const answer = controls.captchaAnswer(sessionId);
      if (answer === undefined) throw new NotFound(`unknown captcha session ${sessionId}`);
      return { sessionId, answer };
    }
    const id = /^orders\/([^/]+)$/.exec(route)?.[1];
    if (id) {
      const order = controls.getOrder(id);
      if (!order) throw new UnknownOrderError(id);
      return order;
    }
    return undefined;
  }
  if (method !== "POST") return undefined;
  const action = /^orders\/([^/]+)\/(expire|issue)$/.exec(route);
  if (action?.[1]) {
    if (action[2] === "expire") controls.expireOrder(action[1]);
    else controls.issueExternally(action[1]);
    return { ok: true, order: controls.getOrder(action[1]) };
  }
  const setter = SETTERS[route];
  if (!setter) return undefined;
  setter(controls, body);
  return { ok: true };
}
