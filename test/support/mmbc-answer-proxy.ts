import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { MmbcSandbox } from "../../src/sandbox/mmbc/index.js";

/** Changes one endpoint's answer: gets the sandbox's parsed answer and the request form, returns what to send instead. */
export type AnswerRewrite = (answer: unknown, form: URLSearchParams) => unknown;

export interface MmbcAnswerProxy {
  /** The sandbox as seen through the proxy (its origin and baseUrl point at the proxy; controls are the sandbox's). */
  sandbox: MmbcSandbox;
  /** By endpoint ("postbooking-json", "getstatusbooking-json"): set and delete freely between steps. */
  rewrites: Record<string, AnswerRewrite>;
  close(): Promise<void>;
}

/**
 * The real MMBC sandbox behind a proxy that can rewrite any endpoint's JSON answer, for answers the
 * sandbox never gives (a booking code another booking already has, an odd code, a huge status text).
 */
export async function startMmbcAnswerProxy(target: MmbcSandbox): Promise<MmbcAnswerProxy> {
  const rewrites: Record<string, AnswerRewrite> = {};
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      void (async () => {
        const body = chunks.length ? Buffer.concat(chunks) : undefined;
        const upstream = await fetch(`${target.origin}${req.url}`, { method: req.method, headers: { "content-type": req.headers["content-type"] ?? "application/x-www-form-urlencoded" }, body });
        let text = await upstream.text();
        const endpoint = (req.url ?? "").split("?")[0]!.replace(/\/$/, "").split("/").at(-1)!;
        const rewrite = rewrites[endpoint];
        if (rewrite) {
          let answer: unknown;
          try { answer = JSON.parse(text); } catch { answer = text; }
          text = JSON.stringify(rewrite(answer, new URLSearchParams(body?.toString("utf8") ?? "")));
        }
        res.writeHead(rewrite ? 200 : upstream.status, { "content-type": rewrite ? "application/json" : upstream.headers.get("content-type") ?? "application/json" });
        res.end(text);
      })();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const sandbox = Object.create(target, { origin: { value: origin }, baseUrl: { value: `${origin}/json/` } }) as MmbcSandbox;
  return {
    sandbox, rewrites,
    close: () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}
