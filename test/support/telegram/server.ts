import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { EmulatorContext } from "./context.js";
import { collectFiles, decodeFields } from "./decode-fields.js";
import { ApiError } from "./errors.js";
import type { Faults } from "./faults.js";
import { handlerFor, isSend } from "./methods.js";
import { readBody } from "./multipart.js";
import { findMethod } from "./spec.js";
import { compact } from "./timers.js";
import type { RecordedCall } from "./types.js";
import { validateCall } from "./validate-call.js";

export interface ServerDeps {
  ctx: EmulatorContext;
  faults: Faults;
  calls: RecordedCall[];
  errors: RecordedCall[];
}

export interface ApiServer {
  server: Server;
  /** Resolves once every request being handled has been answered. */
  idle(): Promise<void>;
}

export function createApiServer(deps: ServerDeps): ApiServer {
  const inFlight = new Set<Promise<void>>();
  const server = createServer((req, res) => {
    const handling = handle(deps, req, res).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500).end(String(error));
    });
    inFlight.add(handling);
    void handling.finally(() => inFlight.delete(handling));
  });
  return { server, idle: async () => void (await Promise.all(inFlight)) };
}

async function handle(deps: ServerDeps, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? "/", "http://emulator");
  const download = /^\/file\/bot([^/]+)\/(.+)$/.exec(url.pathname);
  if (download) return serveFile(deps.ctx, download[1], download[2], res);

  const route = /^\/bot([^/]*)\/(?:test\/)?([^/]+)\/?$/.exec(url.pathname);
  // Recorded on arrival, so a test can print what grammY sent even when it fails validation.
  const call: RecordedCall = { method: route?.[2] ?? url.pathname, payload: {}, ok: false, response: undefined, at: Date.now() };
  deps.calls.push(call);
  const clientGone = new AbortController();
  res.on("close", () => clientGone.abort());

  let status = 200;
  let envelope: Record<string, unknown>;
  try {
    envelope = { ok: true, result: await dispatch(deps, call, route, req, url, clientGone.signal) };
  } catch (error) {
    const e = error instanceof ApiError ? error : new ApiError(500, `Internal Server Error: ${String(error)}`);
    status = e.error_code;
    envelope = compact({ ok: false, error_code: e.error_code, description: e.description, parameters: e.parameters });
  }
  call.ok = envelope["ok"] === true;
  call.response = envelope;
  if (!call.ok) deps.errors.push(call);
  // A long poll whose client aborted (bot.stop()) has nobody left to answer.
  if (clientGone.signal.aborted || res.writableEnded) return;
  res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(envelope));
}

async function dispatch(
  deps: ServerDeps,
  call: RecordedCall,
  route: RegExpExecArray | null,
  req: IncomingMessage,
  url: URL,
  signal: AbortSignal,
): Promise<unknown> {
  if (!route) throw new ApiError(404, "Not Found");
  if (route[1] !== deps.ctx.token) throw new ApiError(401, "Unauthorized");
  const method = findMethod(route[2] ?? "");
  if (!method) throw new ApiError(404, "Not Found");
  call.method = method.name;

  const payload = decodeFields(method, await readBody(req, url.searchParams));
  call.payload = payload;
  const files = collectFiles(payload);
  if (files.length > 0) call.files = files.map(({ field, fileName, bytes }) => ({ field, fileName, bytes }));

  validateCall(method, payload);
  const injected = deps.faults.take(method.name);
  if (injected) {
    call.injected = true;
    throw injected;
  }
  if (payload["chat_id"] !== undefined) {
    try {
      deps.ctx.chats.requireChat(payload["chat_id"], isSend(method.name));
    } catch (error) {
      if (error instanceof ApiError && error.error_code === 403) call.injected = true;
      throw error;
    }
  }
  return await handlerFor(method.name)(deps.ctx, payload, signal);
}

function serveFile(ctx: EmulatorContext, token: string | undefined, path: string | undefined, res: ServerResponse): void {
  const file = token === ctx.token && path ? ctx.files.byPath(decodeURIComponent(path)) : undefined;
  if (!file) {
    res.writeHead(404, { "content-type": "application/json" }).end('{"ok":false,"error_code":404,"description":"Not Found"}');
    return;
  }
  res.writeHead(200, { "content-type": file.mimeType, "content-length": file.bytes.length }).end(file.bytes);
}
