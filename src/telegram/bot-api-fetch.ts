import type { Readable } from "node:stream";
import { Agent, request } from "undici";

/** What grammY's API client passes to `fetch` (core/client.js): a JSON string or a multipart stream. */
interface GrammyRequestInit {
  method?: string;
  headers?: Record<string, string>;
  body?: string | Readable;
  signal?: AbortSignal;
}

/** The part of a fetch Response grammY reads: it parses every answer, errors included, as JSON. */
interface JsonResponse {
  ok: boolean;
  status: number;
  json(): Promise<unknown>;
  text(): Promise<string>;
}

export interface BotApiFetchOptions {
  /** Idle keep-alive sockets are closed after this long. */
  keepAliveTimeoutMs?: number;
}

/**
 * The Bot API client's HTTP, on undici's `request` instead of grammY's default node-fetch over
 * node:http. Every update makes one or two Bot API calls, and node-fetch's Request/Headers/stream
 * layers made them the largest CPU item after GC in `npm run bench:flow` (bot process profile). undici
 * is already the providers' client; `request` skips the WHATWG fetch machinery while keeping what
 * grammY relies on: the method, headers and body it built (JSON, or a multipart stream for uploads),
 * its abort signal (timeouts), and a JSON answer whatever the status (Telegram's errors are JSON; an
 * HTML error page fails to parse and becomes grammY's HttpError, as before).
 */
export function botApiFetch(options: BotApiFetchOptions = {}): typeof fetch {
  const dispatcher = new Agent({ keepAliveTimeout: options.keepAliveTimeoutMs ?? 30_000 });
  const call = async (input: string | URL, init: GrammyRequestInit = {}): Promise<JsonResponse> => {
    const method = (init.method ?? "GET") as "GET" | "POST";
    const body = typeof init.body === "string" ? wellFormed(init.body) : init.body;
    const answer = await request(input, { method, headers: init.headers, body, signal: init.signal, dispatcher });
    return {
      ok: answer.statusCode >= 200 && answer.statusCode < 300,
      status: answer.statusCode,
      json: () => answer.body.json(),
      text: () => answer.body.text(),
    };
  };
  return call as unknown as typeof fetch;
}

/**
 * Half of an emoji left in a JSON body, as JSON.stringify writes it (`\ud83d`: it escapes lone surrogates
 * and only them in that range), made U+FFFD. Telegram refuses the whole call otherwise ("strings must be
 * encoded in UTF-8"), and a hint quoting the agent's words would cost her the question. Texts are cut
 * whole (presenters/cut-text.ts); this is the last guard. A backslash before it that is itself escaped
 * (`\\ud83d`, typed literally) is text, left as it is.
 */
const LONE_SURROGATE_ESCAPE = /(?<!\\)((?:\\\\)*)\\ud[89a-f][0-9a-f]{2}/g;

export function wellFormed(json: string): string {
  return json.includes("\\ud") ? json.replace(LONE_SURROGATE_ESCAPE, "$1\\ufffd") : json;
}
