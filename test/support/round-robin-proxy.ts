import { createServer, request, type Server } from "node:http";
import type { AddressInfo } from "node:net";

/**
 * A load balancer as small as it gets: each request goes to the next backend in turn, no stickiness,
 * no retries. It notes which backend got which update_id, so a test can see duplicates landing on two
 * different processes. `use(k)` narrows the rotation to the first k backends (1, 2, 3 bot processes).
 */
export interface RoundRobinProxy {
  url: string;
  server: Server;
  /** update_id → indexes of the backends that received it. */
  deliveries: Map<number, number[]>;
  use(count: number): void;
  close(): Promise<void>;
}

export async function startRoundRobinProxy(backends: readonly { host: string; port: number }[], port = 0): Promise<RoundRobinProxy> {
  let next = 0;
  let active = backends.length;
  const deliveries = new Map<number, number[]>();
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const body = Buffer.concat(chunks);
      const index = next++ % active;
      const target = backends[index]!;
      try {
        const id = (JSON.parse(body.toString("utf8")) as { update_id?: unknown }).update_id;
        if (typeof id === "number") deliveries.set(id, [...(deliveries.get(id) ?? []), index]);
      } catch {
        // not an update: proxied all the same
      }
      const upstream = request({ host: target.host, port: target.port, method: req.method, path: req.url, headers: { ...req.headers, host: `${target.host}:${target.port}` } }, (up) => {
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
      });
      upstream.on("error", () => {
        if (!res.headersSent) res.writeHead(502);
        res.end();
      });
      upstream.end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    server, deliveries,
    use: (count) => {
      active = Math.max(1, Math.min(count, backends.length));
    },
    close: () => new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    }),
  };
}
