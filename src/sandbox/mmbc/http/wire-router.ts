import type { IncomingMessage, ServerResponse } from "node:http";
import type { SandboxState } from "../state/sandbox-state.js";
import { matchEndpoint, type EndpointSpec } from "./endpoint-table.js";
import { faultReply } from "./faults.js";
import { BodyTooLargeError, firstValues, isFormBody, readBody, send } from "../../http-io.js";
import { wait } from "../../latency.js";
import { failReply, htmlReply, type EndpointContext, type WireReply } from "./reply.js";

export interface WireRouterDeps {
  state: SandboxState;
  origin: () => string;
  /** Aborted on close, so latency waits stop early. */
  signal: AbortSignal;
}

const NOT_FOUND = `<!DOCTYPE html><html><head><title>404 Not Found</title></head><body><h1>Not Found</h1><p>The requested URL was not found on this server.</p></body></html>`;

/** Serves the MMBC wire format: call log, then latency and holds, then faults, then the endpoint itself. */
export function createWireRouter(deps: WireRouterDeps) {
  const { state, signal } = deps;
  return async (req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> => {
    const match = matchEndpoint(url.pathname);
    if (!match) {
      req.resume();
      send(res, htmlReply(404, NOT_FOUND));
      return;
    }
    const { spec } = match;
    let body: string;
    try {
      body = await readBody(req);
    } catch (err) {
      if (err instanceof BodyTooLargeError) send(res, htmlReply(413, "<h1>413 Request Entity Too Large</h1>"));
      return;
    }
    const isForm = req.method === "POST" && isFormBody(req);
    const params = {
      ...Object.fromEntries(url.searchParams),
      ...(isForm ? firstValues(new URLSearchParams(body)) : {}),
      ...match.pathParams,
    };
    state.record(spec.name, params);
    if (!(await wait(state.latencyFor(spec.name), signal))) return;
    const held = state.heldUntil(spec.name);
    if (held && !(await untilReleased(held, signal))) return;
    const ctx: EndpointContext = { state, params, origin: deps.origin() };
    const fault = state.takeFault(spec.name);
    if (fault?.kind === "timeout") {
      // The caller never hears back; close() destroys the socket.
      if (fault.commit) await run(spec, ctx, isForm);
      return;
    }
    if (fault?.kind === "upstream" && fault.commit) await run(spec, ctx, isForm);
    send(res, fault ? faultReply(fault, spec.name) : await run(spec, ctx, isForm));
  };
}

async function run(spec: EndpointSpec, ctx: EndpointContext, isForm: boolean): Promise<WireReply> {
  if (spec.auth !== "public") {
    const { params } = ctx;
    if (!isForm) return failReply("data invalid");
    if (spec.auth !== "form") {
      if (!params.username || !params.password) return failReply("data invalid");
      if (!ctx.state.checkLogin(params)) {
        return failReply(spec.auth === "airline-login" ? "system failed login" : "invalid login");
      }
    }
  }
  try {
    return await spec.handler(ctx);
  } catch {
    return htmlReply(500, "<h1>500 Internal Server Error</h1>");
  }
}

/** False when the sandbox closes first (the caller then never hears back, as with latency). */
async function untilReleased(released: Promise<void>, signal: AbortSignal): Promise<boolean> {
  if (signal.aborted) return false;
  let onAbort!: () => void;
  const aborted = new Promise<false>((resolve) => signal.addEventListener("abort", (onAbort = () => resolve(false)), { once: true }));
  try {
    return await Promise.race([released.then(() => true), aborted]);
  } finally {
    signal.removeEventListener("abort", onAbort);
  }
}
