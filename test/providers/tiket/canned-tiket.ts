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

export const pathOf = (req: CannedRequest) => req.path.split("?")[0]!.replace(/^\//, "");
export const queryOf = (req: CannedRequest) => new URLSearchParams(req.path.split("?")[1] ?? "");
export const rawQueryOf = (req: CannedRequest) => req.path.split("?")[1] ?? "";

/** Answers each body in turn, repeating the last one. */
export function inTurn(...bodies: string[]): Route {
  let i = 0;
  return (_req, res) => json(res, bodies[Math.min(i++, bodies.length - 1)]!);
}

export const silent: Route = () => undefined;
export const html = (status: number, page = "<html><body>Service Unavailable</body></html>") => (_req: CannedRequest, res: ServerResponse) => {
  res.writeHead(status, { "content-type": "text/html" });
  res.end(page);
};

/**
 * A canned tiket.com: routes by path, getToken hands out tok1, tok2, … (a renewal, `token=old`, also
 * hands out a new one: it carries a login over, not the cart), and a provider wired to it with short
 * timeouts and a memory token store.
 */
export async function startCannedTiket(overrides: Partial<TiketProviderOptions> = {}) {
  const routes = new Map<string, Route>();
  let issued = 0;
  const server = await startCannedServer((req, res) => {
    const path = pathOf(req);
    const route = routes.get(path);
    if (path === "apiv1/payexpress" && route === undefined) return json(res, okBody("", `tok${++issued}`));
    if (route === undefined) return html(404, "<h1>Not Found</h1>")(req, res);
    if (typeof route === "string") return json(res, route);
    route(req, res);
  });
  const { logger, lines } = captureLogger();
  const tokens = new MemoryTiketTokenStore();
  const options: TiketProviderOptions = {
    baseUrl: server.origin, secretKey: SECRET, businessId: "123456789", businessName: "Partner Name", confirmKey: CONFIRM,
    username: "agen@example.com", timeZone: "Asia/Jakarta", sandbox: false, logger, tokens,
    timeouts: { read: 300, search: 300, book: 300, issue: 300 }, retryDelaysMs: [5, 5],
    searchRefresh: { maxMs: 2_000, intervalMs: 10 }, issuePoll: { maxMs: 200, intervalMs: 10 },
    ...overrides,
  };
  const provider = new TiketProvider(options);
  const calls = (path: string) => server.requests.filter((r) => pathOf(r) === path);
  /** Routes for a whole booking; `orderId` keeps orders apart in the token store. */
  const bookingRoutes = (orderId: string) => {
    routes.set("order/add/flight", SPEC.addOrder);
    routes.set("order", SPEC.order.replaceAll("20604252", orderId));
    routes.set(`order/checkout/${orderId}/IDR`, SPEC.checkout);
    routes.set("checkout/checkout_customer", SPEC.checkoutCustomer);
  };
  return {
    server, provider, options, routes, lines, tokens, calls, bookingRoutes,
    async close() {
      await provider.close();
      await server.close();
    },
  };
}
