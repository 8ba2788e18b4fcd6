import type { IncomingMessage, ServerResponse } from "node:http";

/** One answer of a sandbox, as its endpoints build it (the MMBC and tiket.com sandboxes alike). */
export interface WireReply {
  status: number;
  contentType: string;
  body: string | Uint8Array;
}

const MAX_BODY = 1024 * 1024;

export class BodyTooLargeError extends Error {}

export async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buf = chunk as Buffer;
    size += buf.length;
    if (size > MAX_BODY) throw new BodyTooLargeError("request body too large");
    chunks.push(buf);
  }
  return Buffer.concat(chunks).toString("utf8");
}

export function isFormBody(req: IncomingMessage): boolean {
  const type = req.headers["content-type"]?.split(";")[0]?.trim().toLowerCase();
  return type === "application/x-www-form-urlencoded";
}

/** First value wins for repeated keys, as PHP's $_POST / $_GET give one value per plain key. */
export function firstValues(params: URLSearchParams): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of params) if (!(k in out)) out[k] = v;
  return out;
}

export function send(res: ServerResponse, reply: WireReply): void {
  if (res.destroyed || res.writableEnded) return;
  const body = typeof reply.body === "string" ? Buffer.from(reply.body, "utf8") : reply.body;
  res.writeHead(reply.status, { "content-type": reply.contentType, "content-length": body.length });
  res.end(body);
}

export function sendControlJson(res: ServerResponse, status: number, value: unknown): void {
  send(res, { status, contentType: "application/json", body: JSON.stringify(value) });
}
