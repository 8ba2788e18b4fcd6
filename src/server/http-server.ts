import { createHash, timingSafeEqual } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { Logger } from "pino";
import type { Registry } from "prom-client";

export type Route = (req: IncomingMessage, res: ServerResponse) => Promise<void> | void;

export interface HttpServerOptions {
  port: number;
  /** Interface to listen on; all of them when unset. */
  host?: string;
  logger: Logger;
  /** POST path(s) → handler (the webhook). */
  webhook?: { path: string | readonly string[]; handler: Route };
  /** The cached health verdict (see HealthMonitor): answering it costs nothing. */
  health?: () => boolean;
  /** Prometheus metrics; with a token, only for `Authorization: Bearer <token>`. */
  metrics?: { path: string; registry: Registry; token?: string };
}

/** Compares in constant time, whatever the lengths (both sides are hashed first). */
function sameSecret(given: string, expected: string): boolean {
  const digest = (s: string) => createHash("sha256").update(s).digest();
  return timingSafeEqual(digest(given), digest(expected));
}

function bearer(req: IncomingMessage): string | undefined {
  const m = /^Bearer ([\x21-\x7e]{1,512})$/.exec(req.headers.authorization ?? "");
  return m?.[1];
}

/**
 * Webhook endpoint, health check and (where configured) metrics on node:http; everything else is a 404.
 * /healthz says `{"ok":true}` (200) or `{"ok":false}` (503) and nothing more.
 */
export function startHttpServer(options: HttpServerOptions): Promise<Server> {
  const webhookPaths = new Set(options.webhook ? [options.webhook.path].flat() : []);
  const server = createServer((req, res) => {
    const path = (req.url ?? "/").split("?")[0] ?? "/";
    if (options.webhook && req.method === "POST" && webhookPaths.has(path)) {
      Promise.resolve(options.webhook.handler(req, res)).catch((err: unknown) => {
        // The handler logs what went wrong (without the update); here only that the request failed.
        options.logger.error({ path, error: err instanceof Error ? err.name : typeof err }, "webhook request failed");
        if (!res.headersSent) res.writeHead(500).end();
      });
      return;
    }
    if (options.health && (req.method === "GET" || req.method === "HEAD") && path === "/healthz") {
      const ok = options.health();
      res.writeHead(ok ? 200 : 503, { "content-type": "application/json", "cache-control": "no-store" }).end(req.method === "HEAD" ? undefined : JSON.stringify({ ok }));
      return;
    }
    if (options.metrics && req.method === "GET" && path === options.metrics.path) {
      const { registry, token } = options.metrics;
      const given = bearer(req);
      if (token !== undefined && (given === undefined || !sameSecret(given, token))) {
        res.writeHead(401, { "www-authenticate": 'Bearer realm="metrics"' }).end();
        return;
      }
      registry.metrics().then(
        (body) => res.writeHead(200, { "content-type": registry.contentType, "cache-control": "no-store" }).end(body),
        () => res.writeHead(500).end(),
      );
      return;
    }
    req.resume();
    res.writeHead(404).end();
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host, () => {
      server.off("error", reject);
      resolve(server);
    });
  });
}
