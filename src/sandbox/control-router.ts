import type { IncomingMessage, ServerResponse } from "node:http";
import { z } from "zod";
import { readBody, sendControlJson } from "./http-io.js";

export type ControlHandler = (method: string, route: string, url: URL, body: unknown) => unknown;

/**
 * The `/__sandbox/*` control API of both sandboxes: a JSON body in, the handler's answer out as JSON;
 * 404 for a route the handler doesn't know (it answers undefined) or a thing `isNotFound` says is
 * missing, 400 with zod's readable message for a body that doesn't parse.
 */
export function controlRouter(handle: ControlHandler, isNotFound: (err: unknown) => boolean) {
  return async (req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> => {
    const route = url.pathname.replace(/^\/__sandbox\/?/, "").replace(/\/$/, "");
    try {
      const text = await readBody(req);
      const body: unknown = text.trim() === "" ? {} : JSON.parse(text);
      const answer = handle(req.method ?? "GET", route, url, body);
      if (answer === undefined) sendControlJson(res, 404, { error: `no control route ${req.method} ${url.pathname}` });
      else sendControlJson(res, 200, answer);
    } catch (err) {
      const error = err instanceof z.ZodError ? z.prettifyError(err) : err instanceof Error ? err.message : String(err);
      sendControlJson(res, isNotFound(err) ? 404 : 400, { error });
    }
  };
}
