import type { Server } from "node:http";
import type { Logger } from "pino";
import type { Registry } from "prom-client";
import type { Config } from "../config.js";
import { HealthMonitor } from "./health.js";
import { startHttpServer, type Route } from "./http-server.js";
import { listenError } from "./listen-errors.js";

export interface ServerParts {
  registry: Registry;
  /** Reachability checks, run in the background (HealthMonitor). */
  checks: Record<string, () => Promise<unknown>>;
  webhook?: { path: string | readonly string[]; handler: Route };
}

/**
 * The process's listeners. On PORT (when set; webhook mode always sets it): the webhook, /healthz, and
 * /metrics only behind METRICS_TOKEN. On METRICS_HOST:METRICS_PORT (when set; loopback by default):
 * /metrics, behind METRICS_TOKEN too when it is set. Neither: no /metrics at all.
 */
export async function startServers(config: Config, logger: Logger, parts: ServerParts): Promise<{ close(): Promise<void> }> {
  const servers: Server[] = [];
  let health: HealthMonitor | undefined;
  const metrics = { path: "/metrics", registry: parts.registry, token: config.METRICS_TOKEN };
  const close = async () => {
    health?.stop();
    await Promise.all(servers.map((s) => new Promise<void>((resolve) => {
      s.close(() => resolve());
      s.closeIdleConnections();
    })));
  };
  try {
    if (config.METRICS_PORT !== undefined) {
      const port = config.METRICS_PORT;
      servers.push(await startHttpServer({ port, host: config.METRICS_HOST, logger, metrics }).catch((e: unknown) => {
        throw listenError(e, { port: { name: "METRICS_PORT", value: port }, host: { name: "METRICS_HOST", value: config.METRICS_HOST } });
      }));
      logger.info({ host: config.METRICS_HOST, port: config.METRICS_PORT, token: config.METRICS_TOKEN !== undefined }, "metrics listener");
    } else if (config.METRICS_TOKEN === undefined) {
      logger.info("no /metrics: set METRICS_PORT (a listener of its own) or METRICS_TOKEN");
    } else if (config.PORT === undefined) {
      // The token would guard /metrics on PORT, but no PORT listener runs here (polling mode or a worker).
      logger.warn("METRICS_TOKEN is set but nothing serves /metrics: PORT is unset here; set METRICS_PORT (a listener of its own, e.g. 9464) or PORT");
    }
    if (config.PORT !== undefined) {
      health = new HealthMonitor(parts.checks, { intervalMs: config.HEALTH_INTERVAL_SECONDS * 1000, logger });
      health.start();
      const monitor = health;
      const port = config.PORT;
      servers.push(await startHttpServer({
        port, logger, webhook: parts.webhook, health: () => monitor.ok,
        metrics: config.METRICS_PORT === undefined && config.METRICS_TOKEN !== undefined ? metrics : undefined,
      }).catch((e: unknown) => {
        throw listenError(e, { port: { name: "PORT", value: port } });
      }));
    }
  } catch (e) {
    await close();
    throw e;
  }
  return { close };
}
