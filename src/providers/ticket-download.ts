import { errors as undiciErrors, request, type Dispatcher } from "undici";
import { TicketError } from "../domain/errors.js";

export interface TicketDownload {
  /** The link from the provider's answer: untrusted text. */
  url: string;
  /** The configured provider base URL: the only origin a link may lead to. */
  base: URL;
  dispatcher: Dispatcher;
  /** For the whole download, headers and body: a server that stalls mid-body fails like one that never answers. */
  timeoutMs: number;
  maxBytes: number;
  headers?: Record<string, string>;
}

/** Links longer than this are not links: nothing is parsed out of them. */
const MAX_URL_LENGTH = 2048;

/**
 * Parses the link and accepts only the configured provider: the same host, and the same scheme and
 * port. One exception, from the MMBC document itself (API at `http://klikmbc.co.id/json/`, e-tickets at
 * `https://klikmbc.co.id/…`): under a plain-http base on the default port, the same host over https on
 * its default port is accepted — an upgrade to TLS, never the reverse. No user info, no other scheme.
 */
export function checkTicketUrl(url: string, base: URL): URL {
  if (url.length > MAX_URL_LENGTH) throw new TicketError("invalid_url", "e-ticket link is too long");
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    throw new TicketError("invalid_url", "e-ticket link is not a URL");
  }
  if (target.protocol !== "http:" && target.protocol !== "https:") {
    throw new TicketError("invalid_url", `e-ticket link has scheme ${target.protocol.slice(0, 20)}`);
  }
  if (target.username !== "" || target.password !== "") throw new TicketError("other_origin", "e-ticket link carries user info");
  const sameOrigin = target.protocol === base.protocol && target.hostname === base.hostname && target.port === base.port;
  const upgraded = base.protocol === "http:" && base.port === "" && target.protocol === "https:" && target.port === "" && target.hostname === base.hostname;
  if (!sameOrigin && !upgraded) {
    const downgrade = base.protocol === "https:" && target.protocol === "http:";
    throw new TicketError("other_origin", `e-ticket link ${downgrade ? "downgrades to http" : "points to another origin"}: ${target.origin} (provider ${base.origin})`);
  }
  return target;
}

/**
 * Fetches an e-ticket PDF from the provider: the link checked first, no redirects followed, one time
 * limit over headers and body, a size limit (the declared length is checked before reading), and the
 * `%PDF-` header. Every failure is a `TicketError`.
 */
export async function downloadTicketPdf(o: TicketDownload): Promise<Uint8Array> {
  const target = checkTicketUrl(o.url, o.base);
  const signal = AbortSignal.timeout(o.timeoutMs);
  const broken = (cause: unknown, what: string) =>
    isTimeout(cause, signal)
      ? new TicketError("timeout", `e-ticket download timed out ${what} (${o.timeoutMs} ms)`, { cause })
      : new TicketError("unreachable", `e-ticket download failed ${what}`, { cause });
  let res: Dispatcher.ResponseData;
  try {
    res = await request(target, { dispatcher: o.dispatcher, method: "GET", headers: o.headers, signal });
  } catch (cause) {
    throw broken(cause, "before an answer");
  }
  if (res.statusCode !== 200) {
    discard(res.body);
    throw new TicketError("http_status", `e-ticket download answered HTTP ${res.statusCode}`, { status: res.statusCode });
  }
  const declared = Number(res.headers["content-length"]);
  if (Number.isFinite(declared) && declared > o.maxBytes) {
    discard(res.body);
    throw new TicketError("too_large", `e-ticket is ${declared} bytes, over the limit of ${o.maxBytes}`);
  }
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of res.body as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > o.maxBytes) {
        discard(res.body);
        throw new TicketError("too_large", `e-ticket is over the limit of ${o.maxBytes} bytes`);
      }
      chunks.push(chunk);
    }
  } catch (cause) {
    if (cause instanceof TicketError) throw cause;
    throw broken(cause, "while reading the body");
  }
  const bytes = Buffer.concat(chunks);
  if (bytes.subarray(0, 5).toString("latin1") !== "%PDF-") throw new TicketError("not_pdf", "e-ticket is not a PDF");
  return bytes;
}

/** Drops a body we won't read; destroying it without a listener would surface as an uncaught AbortError. */
function discard(body: Dispatcher.ResponseData["body"]): void {
  body.on("error", () => undefined);
  body.destroy();
}

function isTimeout(cause: unknown, signal: AbortSignal): boolean {
  return signal.aborted
    || cause instanceof undiciErrors.HeadersTimeoutError
    || cause instanceof undiciErrors.BodyTimeoutError
    || (cause instanceof DOMException && cause.name === "TimeoutError");
}
