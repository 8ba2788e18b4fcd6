import type { ServerResponse } from "node:http";
import { TiketProvider, type TiketProviderOptions } from "../../../src/providers/tiket/tiket-provider.js";
import { MemoryTiketTokenStore } from "../../../src/providers/tiket/token-store.js";
import { json, startCannedServer, type CannedRequest } from "../../support/canned-http.js";
import { captureLogger } from "../../support/test-logger.js";
import { okBody, SPEC } from "./spec-examples.js";

export const SECRET = "s3cret-key-0123456789";
export const CONFIRM = "c0nfirm-key-98765";

/** A body, or a full answer (status, headers, silence). */
export type Route = string | ((req: CannedRequest, res: ServerResponse) => void);

export const queryOf = (req: CannedRequest) => new URLSearchParams(req.path.split("?")[1] ?? "");
/** A payment's preview (no btn_booking=1: spec §7) is routed and counted apart from the payment, as `…#preview`. */
export const pathOf = (req: CannedRequest) => {
  const path = req.path.split("?")[0]!.replace(/^\//, "");
  return path.startsWith("checkout/checkout_payment/") && queryOf(req).get("btn_booking") !== "1" ? `${path}#preview` : path;
};
export const rawQueryOf = (req: CannedRequest) => req.path.split("?")[1] ?? "";

/** Answers each body in turn, repeating the last one. */
export function inTurn(...bodies: string[]): Route {
  let i = 0;
  return (_req, res) => json(res, bodies[Math.min(i++, bodies.length - 1)]!);
}

/** Never answers: only `quick` (or a provider with short timeouts) should meet it. */
export const silent: Route = () => undefined;
/** The timeout of `quick`: short, yet long enough for a request to reach the in-process server. */
export const QUICK_MS = 1_000;
export const html = (status: number, page = "<html><body>Service Unavailable</body></html>") => (_req: CannedRequest, res: ServerResponse) => {
  res.writeHead(status, { "content-type": "text/html" });
  res.end(page);
};

/**
 * A canned tiket.com: routes by path, getToken hands out tok1, tok2, … (a renewal, `token=old`, also
 * hands out a new one: it carries a login over, not the cart), and a provider wired to it with a memory
 * token store.
 *
 * `provider` waits generously (timeouts, search refresh, issue poll): every answered call must succeed
 * however busy the machine is, and the loops end as soon as the canned answers say so. `quick` is the
 * same client on the same token store (like a second process) that gives up after 1 s: use it for the
 * call that meets a `silent` route, so timeout cases stay fast.
 */
export async function startCannedTiket(overrides: Partial<TiketProviderOptions> = {}) {
  const routes = new Map<string, Route>();
  let issued = 0;
  const server = await startCannedServer((req, res) => {
    const path = pathOf(req);
    const route = routes.get(path);
    if (path === "apiv1/payexpress" && route === undefined) return json(res, okBody("", `tok${++issued}`));
    if (path.endsWith("#preview") && route === undefined) return json(res, SPEC.paymentPreview());
    if (route === undefined) return html(404, "<h1>Not Found</h1>")(req, res);
    if (typeof route === "string") return json(res, route);
    route(req, res);
  });
  const { logger, lines } = captureLogger();
  const tokens = new MemoryTiketTokenStore();
  const options: TiketProviderOptions = {
    baseUrl: server.origin, secretKey: SECRET, businessId: "123456789", businessName: "Partner Name", confirmKey: CONFIRM,
    username: "agen@example.com", timeZone: "Asia/Jakarta", sandbox: false, logger, tokens,
    timeouts: { read: 20_000, search: 20_000, book: 20_000, issue: 20_000 }, retryDelaysMs: [5, 5],
    searchRefresh: { maxMs: 20_000, intervalMs: 10 }, issuePoll: { maxMs: 20_000, intervalMs: 10 },
    ...overrides,
  };
  const provider = new TiketProvider(options);
  const quick = new TiketProvider({ ...options, timeouts: { read: QUICK_MS, search: QUICK_MS, book: QUICK_MS, issue: QUICK_MS } });
  const calls = (path: string) => server.requests.filter((r) => pathOf(r) === path);
  /**
   * Routes for a whole booking; `orderId` keeps orders apart in the token store. A booking with no
   * quote's cart searches and prices on its own token first, so search and get_flight_data answer too
   * (unless a test routed them already).
   */
  const bookingRoutes = (orderId: string) => {
    if (!routes.has("search/flight")) routes.set("search/flight", SPEC.searchCached);
    if (!routes.has("flight_api/get_flight_data")) routes.set("flight_api/get_flight_data", SPEC.flightData);
    routes.set("order/add/flight", SPEC.addOrder);
    routes.set("order", SPEC.order.replaceAll("20604252", orderId));
    routes.set(`order/checkout/${orderId}/IDR`, SPEC.checkout);
    routes.set("checkout/checkout_customer", SPEC.checkoutCustomer);
  };
  /** An order booked here as far as check_order goes: the customer's e-mail is kept (spec §9 needs it). */
  const knownOrder = (orderId: string) => tokens.set(`order:${orderId}:email`, "budi@example.com", 3600);
  return {
    server, provider, quick, options, routes, lines, tokens, calls, bookingRoutes, knownOrder,
    async close() {
      await provider.close();
      await quick.close();
      await server.close();
    },
  };
}
