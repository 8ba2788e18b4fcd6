import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { Logger } from "pino";
import type { Registry } from "prom-client";

export type Route = (req: IncomingMessage, res: ServerResponse) => Promise<void> | void;

export interface HttpServerOptions {
  port: number;
  logger: Logger;
  /** POST path → handler (the webhook). */
  webhook?: { path: string; handler: Route };
  health: () => Promise<{ ok: boolean; checks: Record<string, boolean> }>;
  metrics?: { path: string; registry: Registry };
}

/** Webhook endpoint and health check on node:http; everything else is a 404. */
export function startHttpServer(options: HttpServerOptions): Promise<Server> {
  const server = createServer((req, res) => {
    const path = (req.url ?? "/").split("?")[0];
    if (options.webhook && req.method === "POST" && path === options.webhook.path) {
      Promise.resolve(options.webhook.handler(req, res)).catch((err: unknown) => {
        options.logger.error({ err }, "webhook handler failed");
        if (!res.headersSent) res.writeHead(500).end();
      });
      return;
    }
    if (req.method === "GET" && path === "/healthz") {
      options.health().then(
        (h) => res.writeHead(h.ok ? 200 : 503, { "content-type": "application/json" }).end(JSON.stringify(h)),
        () => res.writeHead(503).end(),
      );
      return;
    }
    if (options.metrics && req.method === "GET" && path === options.metrics.path) {
      const { registry } = options.metrics;
      registry.metrics().then(
        (body) => res.writeHead(200, { "content-type": registry.contentType }).end(body),
        () => res.writeHead(500).end(),
      );
      return;
    }
    res.writeHead(404).end();
  });
  return new Promise((resolve) => server.listen(options.port, () => resolve(server)));
}
