import type { IncomingMessage, ServerResponse } from "node:http";
import type { TiketState } from "../state/tiket-state.js";
import type { FaultTarget } from "../types.js";
import { langOf } from "../wire/format.js";
import { authorize } from "./auth.js";
import { html, type EndpointContext, type WireReply } from "./context.js";
import { matchEndpoint, type EndpointSpec } from "./endpoint-table.js";
import { faultReply } from "./faults.js";
import { BodyTooLargeError, firstValues, isFormBody, readBody, send } from "../../http-io.js";
import { wait } from "../../latency.js";

export interface WireRouterDeps {
  state: TiketState;
  origin: () => string;
  /** Aborted on close, so latency waits stop early. */
  signal: AbortSignal;
}

const NOT_FOUND = `<!DOCTYPE html><html><head><title>404 Not Found</title></head><body><h1>Not Found</h1><p>The requested URL was not found on this server.</p></body></html>`;

/** Serves the tiket.com wire format: call log, latency, faults, checks, then the endpoint. */
export function createWireRouter(deps: WireRouterDeps) {
  const { state, signal } = deps;
  return async (req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> => {
    const startedAt = performance.now();
    const match = matchEndpoint(url.pathname);
    if (!match) {
      req.resume();
      send(res, html(404, NOT_FOUND));
      return;
    }
    let body: string;
    try {
      body = await readBody(req);
    } catch (err) {
      if (err instanceof BodyTooLargeError) send(res, html(413, "<h1>413 Request Entity Too Large</h1>"));
      return;
    }
    // The docs only use GET; one client POSTs add-order, so a form body is merged in (it wins).
    const form = req.method === "POST" && isFormBody(req) ? firstValues(new URLSearchParams(body)) : {};
    const params = { ...firstValues(url.searchParams), ...form };
    const userAgent = req.headers["user-agent"] ?? "";
    const { spec } = match;
    const preview = match.pathParams.payment_id !== undefined && params.btn_booking !== "1";
    const targets: FaultTarget[] = preview ? ["checkout/checkout_payment/preview"] : match.targets;
    state.record(preview ? "checkout/checkout_payment/preview" : spec.name, params, userAgent);
    if (!(await wait(state.latencyFor(targets), signal))) return;
    const ctx: EndpointContext = {
      state, params, pathParams: match.pathParams, origin: deps.origin(), lang: langOf(params.lang), startedAt,
    };
    const fault = state.takeFault(targets);
    if (fault?.kind === "timeout") {
      // The caller never hears back; close() destroys the socket.
      if (fault.commit) await run(spec, ctx, userAgent);
      return;
    }
    if (fault) {
      // Performed, yet answered with the fault: the caller must not take the answer for "nothing happened".
      if ("commit" in fault && fault.commit) await run(spec, ctx, userAgent);
      const token = params.token;
      const meta = { lang: ctx.lang, nowMs: state.now(), startedAt, ...(token ? { session: { token } } : {}) };
      send(res, faultReply(fault, spec.name, meta));
      return;
    }
    send(res, await run(spec, ctx, userAgent));
  };
}

async function run(spec: EndpointSpec, ctx: EndpointContext, userAgent: string): Promise<WireReply> {
  const denied = authorize(spec.auth, ctx, userAgent);
  if (denied) return denied;
  try {
    return await spec.handler(ctx);
  } catch {
    return html(500, "<h1>500 Internal Server Error</h1>");
  }
}
