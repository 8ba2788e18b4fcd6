import { ProviderError } from "../domain/errors.js";

/** Reads a body up to a limit: a provider (or a fault) must not make us buffer without end. */
export async function readLimited(body: AsyncIterable<Buffer>, limit: number, endpoint: string): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of body) {
    size += chunk.length;
    if (size > limit) throw new ProviderError("unavailable", "provider answer too large", { endpoint });
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/** Keys whose values say what went wrong (kept, masked); everything else is reduced to its shape. */
const ERROR_KEYS = /^(diagnostic|status|status_?code|code|error|errors|error_?msgs?|error_?code|error_?message|message|messages|reason|desc|description|confirm)$/i;
/** What could still be personal inside an error text: e-mail addresses, long numbers (phones, ID numbers), dates. */
const MASKS: [RegExp, string][] = [
  [/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g, "<email>"],
  [/\b\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}\b/g, "<date>"],
  [/\+?\d[\d\s-]{4,}\d/g, "<number>"],
];
const MAX_DEPTH = 6;
const MAX_KEYS = 40;
const MAX_ITEMS = 3;

function maskText(text: string): string {
  const masked = MASKS.reduce((t, [re, by]) => t.replace(re, by), text);
  return masked.length > 200 ? `${masked.slice(0, 200)}…` : masked;
}

function shape(value: unknown, depth: number, keep: boolean): unknown {
  if (value === null || value === undefined || typeof value === "boolean") return value ?? null;
  if (typeof value === "number") return keep && Math.abs(value) < 100_000 ? value : "<number>";
  if (typeof value === "string") return keep ? maskText(value) : `<${value.length} chars>`;
  if (depth >= MAX_DEPTH) return "<…>";
  if (Array.isArray(value)) {
    const head = value.slice(0, MAX_ITEMS).map((v) => shape(v, depth + 1, keep));
    return value.length > MAX_ITEMS ? [...head, `<${value.length - MAX_ITEMS} more>`] : head;
  }
  if (typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>);
    // MMBC's `result` is "ok"/"fail" (kept); tiket.com's is the payload (shaped like the rest).
    const isError = (k: string, v: unknown) => ERROR_KEYS.test(k) || (k === "result" && typeof v !== "object");
    const kept = entries.slice(0, MAX_KEYS).map(([k, v]) => [k, shape(v, depth + 1, keep || isError(k, v))]);
    if (entries.length > MAX_KEYS) kept.push(["…", `<${entries.length - MAX_KEYS} more keys>`]);
    return Object.fromEntries(kept);
  }
  return `<${typeof value}>`;
}

/**
 * A provider body as it may appear in an error (and so in logs): its structure and keys, with the
 * values of error fields (diagnostic, status, error messages, reason) kept but e-mails, long numbers
 * and dates masked; every other value becomes its kind and length. Booking and order answers echo
 * passengers' names, birth dates, ID numbers, phones and e-mails: none of that may reach a log.
 */
export function redactedBody(body: unknown): string {
  let value = body;
  if (typeof body === "string") {
    try {
      value = JSON.parse(body.replace(/^\uFEFF/, ""));
    } catch {
      // An HTML page is the server's own error page (a PHP warning, a proxy's 502): its text, masked, says what broke.
      if (/^\s*</.test(body)) return `HTML page (${body.length} chars): ${maskText(body.replace(/<[^>]*>/g, " ").replace(/\s+/g, " ").trim())}`;
      return `<not JSON, ${body.length} chars>`;
    }
  }
  const text = JSON.stringify(shape(value, 0, false)) ?? "";
  return text.length > 500 ? `${text.slice(0, 500)}…` : text;
}
