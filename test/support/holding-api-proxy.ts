import { createServer, request, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface HeldCall {
  method: string;
  body: string;
}

export interface HoldingApiProxy {
  /** Point the bot's TELEGRAM_API_ROOT here. */
  apiRoot: string;
  /** Every call that arrived, held or forwarded, in order. */
  calls: HeldCall[];
  /**
   * The next call that `matches` is kept open and never forwarded (the bot waits on it, as on a slow
   * Telegram), so a test can kill the bot in the middle of an update. Resolves once it arrived.
   */
  holdNext(matches: (call: HeldCall) => boolean): Promise<HeldCall>;
  close(): Promise<void>;
}

/**
 * Sits between a bot process and the Bot API emulator and forwards everything to `target`, except a
 * call armed with `holdNext`. Bodies are read whole (grammY sends JSON, or multipart for files).
 */
export async function startHoldingApiProxy(target: string): Promise<HoldingApiProxy> {
  const upstream = new URL(target);
  const calls: HeldCall[] = [];
  const armed: { matches: (call: HeldCall) => boolean; held: (call: HeldCall) => void }[] = [];
  const open = new Set<ServerResponse>();

  const forward = (req: IncomingMessage, res: ServerResponse, body: Buffer) => {
    const out = request({ host: upstream.hostname, port: upstream.port, path: req.url, method: req.method, headers: { ...req.headers, host: upstream.host } }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    out.on("error", () => res.destroy());
    out.end(body);
  };

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const body = Buffer.concat(chunks);
      const call = { method: /\/([^/]+)\/?$/.exec(req.url ?? "")?.[1] ?? "", body: body.toString("utf8") };
      calls.push(call);
      const hold = armed.findIndex((a) => a.matches(call));
      if (hold < 0) return forward(req, res, body);
      const [{ held }] = armed.splice(hold, 1) as [(typeof armed)[number]];
      // Never answered: the bot's call stays open until the bot dies (or the proxy closes).
      open.add(res);
      res.on("close", () => open.delete(res));
      held(call);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    apiRoot: `http://127.0.0.1:${port}`,
    calls,
    holdNext: (matches) => new Promise((held) => armed.push({ matches, held })),
    close: async () => {
      for (const res of open) res.destroy();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}
