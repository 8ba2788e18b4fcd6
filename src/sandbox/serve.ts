import { setMaxListeners } from "node:events";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { sendControlJson } from "./http-io.js";

export type Route = (req: IncomingMessage, res: ServerResponse, url: URL) => Promise<void>;

export interface ServedSandbox {
  /** `http://host:port`, as links in the sandbox's answers (e-tickets, vouchers) must name it. */
  origin: string;
  /** Stops every call still waiting out its latency or hold, and the server with its connections. */
  close(): Promise<void>;
}

/**
 * The HTTP side both sandboxes share: `/__sandbox/*` goes to the controls, everything else to the
 * provider's wire routes, and a route that fails answers 500 instead of hanging the client.
 */
export async function serveSandbox(
  options: { host?: string; port?: number },
  routes: (env: { origin: () => string; signal: AbortSignal }) => { wire: Route; control: Route },
): Promise<ServedSandbox> {
  const lifecycle = new AbortController();
  // Every call waiting out its latency or hold listens on it: a search asks a dozen endpoints at once.
  setMaxListeners(0, lifecycle.signal);
  let origin = "";
  const { wire, control } = routes({ origin: () => origin, signal: lifecycle.signal });
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://sandbox.invalid");
    const route = url.pathname.startsWith("/__sandbox") ? control : wire;
    route(req, res, url).catch(() => {
      if (!res.headersSent) sendControlJson(res, 500, { error: "sandbox failure" });
      else res.destroy();
    });
  });
  const host = options.host ?? "127.0.0.1";
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  // A wildcard bind is still reached through loopback; links in the answers must be fetchable.
  const shown = host === "0.0.0.0" ? "127.0.0.1" : host === "::" ? "::1" : host;
  origin = `http://${shown.includes(":") ? `[${shown}]` : shown}:${port}`;

  let closing: Promise<void> | undefined;
  return {
    origin,
    close() {
      closing ??= new Promise<void>((resolve) => {
        lifecycle.abort();
        server.close(() => resolve());
        server.closeAllConnections();
      });
      return closing;
    },
  };
}
