import type { Logger } from "pino";
import { Agent, errors as undiciErrors, request } from "undici";
import { ProviderError } from "../../domain/errors.js";
import { failureSchema } from "./wire-schemas.js";
import { mapFailure } from "./failure-mapping.js";
import { refusedBeforeProcessing } from "../http-status.js";
import { readLimited, redactedBody } from "../read-limited.js";
import { downloadTicketPdf } from "../ticket-download.js";
import { MAX_JSON_DEPTH, nestsDeeperThan, parseProviderJson } from "../provider-text.js";

export interface MmbcHttpOptions {
  /** e.g. "http://klikmbc.co.id/json/" — endpoints are appended to it. */
  baseUrl: string;
  logger: Logger;
  /** Per-call timeouts in ms; search and book can take 30–45 s on the real API. */
  timeouts?: Partial<Record<CallKind, number>>;
  maxResponseBytes?: number;
  onCall?: (endpoint: string, outcome: string, ms: number) => void;
  /** Pauses before retrying a safe call; its length is the number of retries. */
  retryDelaysMs?: number[];
}

/**
 * Book and issue move money: they are never retried, and a broken answer means "outcome unknown".
 * A probe is a best-effort read (per-airline progress): one attempt, failures are the caller's to ignore.
 */
export type CallKind = "read" | "search" | "probe" | "book" | "issue";

const DEFAULT_TIMEOUTS: Record<CallKind, number> = { read: 15_000, search: 45_000, probe: 45_000, book: 60_000, issue: 60_000 };
const RETRY_DELAYS_MS = [300, 1_000];


function looksLikeHtml(text: string): boolean {
  return /^\s*</.test(text);
}

/**
 * The transport to MMBC: form-encoded POSTs over a keep-alive pool, credentials only in bodies,
 * answers parsed as JSON and failure bodies mapped to typed errors. Nothing here knows field meanings.
 */
export class MmbcHttp {
  private readonly agent = new Agent({ keepAliveTimeout: 30_000, connections: 64, pipelining: 1 });
  private readonly base: URL;
  private readonly timeouts: Record<CallKind, number>;
  private readonly maxBytes: number;

  constructor(private readonly options: MmbcHttpOptions) {
    this.base = new URL(options.baseUrl.endsWith("/") ? options.baseUrl : `${options.baseUrl}/`);
    this.timeouts = { ...DEFAULT_TIMEOUTS, ...options.timeouts };
    this.maxBytes = options.maxResponseBytes ?? 8 * 1024 * 1024;
  }

  get origin(): string {
    return this.base.origin;
  }

  /** POST a form and return the parsed JSON of a success body (failure bodies throw ProviderError). */
  async post(endpoint: string, form: Record<string, string>, kind: CallKind, signal?: AbortSignal): Promise<unknown> {
    return this.withRetry(endpoint, kind, () => this.once(endpoint, "POST", kind, new URLSearchParams(form).toString(), signal));
  }

  async get(endpoint: string): Promise<unknown> {
    return this.withRetry(endpoint, "read", () => this.once(endpoint, "GET", "read"));
  }

  /** Fetches the e-ticket PDF from the configured provider's origin only (see ticket-download). */
  async download(url: string, maxBytes: number): Promise<Uint8Array> {
    return downloadTicketPdf({ url, base: this.base, dispatcher: this.agent, timeoutMs: this.timeouts.read, maxBytes });
  }

  async close(): Promise<void> {
    await this.agent.close();
  }

  private async withRetry(endpoint: string, kind: CallKind, call: () => Promise<unknown>): Promise<unknown> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await call();
      } catch (e) {
        const canRetry = (kind === "read" || kind === "search") && e instanceof ProviderError && e.retryable;
        const delay = (this.options.retryDelaysMs ?? RETRY_DELAYS_MS)[attempt];
        if (!canRetry || delay === undefined) throw e;
        this.options.logger.warn({ endpoint, attempt: attempt + 1, code: e.code }, "mmbc call failed, retrying");
        await new Promise((r) => setTimeout(r, delay));
      }
    }
  }

  private async once(endpoint: string, method: "GET" | "POST", kind: CallKind, body?: string, signal?: AbortSignal): Promise<unknown> {
    const started = performance.now();
    let outcome = "ok";
    try {
      const text = await this.exchange(endpoint, method, kind, body, signal);
      const json = this.parseJson(endpoint, kind, text);
      const failure = failureSchema.safeParse(json);
      if (failure.success) throw mapFailure(endpoint, failure.data);
      return json;
    } catch (e) {
      outcome = e instanceof ProviderError ? e.code : "error";
      throw e;
    } finally {
      const ms = Math.round(performance.now() - started);
      if (!signal?.aborted) this.options.onCall?.(endpoint, outcome, ms);
      this.options.logger.debug({ endpoint, outcome, ms }, "mmbc call");
    }
  }

  private async exchange(endpoint: string, method: "GET" | "POST", kind: CallKind, body?: string, signal?: AbortSignal): Promise<string> {
    const unknownOutcome = kind === "book" || kind === "issue";
    const broken = (message: string, details: { status?: number; raw?: string; cause?: unknown } = {}) =>
      new ProviderError(unknownOutcome ? "outcome_unknown" : "unavailable", message, { endpoint, ...details });
    let res;
    try {
      res = await request(new URL(endpoint, this.base), {
        dispatcher: this.agent,
        method,
        body,
        headers: body === undefined ? { accept: "application/json" } : { "content-type": "application/x-www-form-urlencoded", accept: "application/json" },
        signal: signal ? AbortSignal.any([signal, AbortSignal.timeout(this.timeouts[kind])]) : AbortSignal.timeout(this.timeouts[kind]),
      });
    } catch (cause) {
      // A refused connection never reached the provider, so even book/issue are known not to have happened.
      const code = (cause as { code?: string }).code;
      if (code === "ECONNREFUSED" || code === "ENOTFOUND") {
        throw new ProviderError("unavailable", "provider unreachable", { endpoint, cause });
      }
      throw broken(cause instanceof DOMException || cause instanceof undiciErrors.HeadersTimeoutError ? "provider timed out" : "provider connection failed", { cause });
    }
    let text: string;
    try {
      text = Buffer.from(await readLimited(res.body, this.maxBytes, endpoint)).toString("utf8");
    } catch (cause) {
      if (cause instanceof ProviderError) throw cause;
      throw broken("provider timed out while answering", { cause });
    }
    if (res.statusCode >= 400) {
      const details = { status: res.statusCode, raw: redactedBody(text) };
      if (refusedBeforeProcessing(res.statusCode)) throw new ProviderError("unavailable", `provider answered HTTP ${res.statusCode}`, { endpoint, ...details });
      throw broken(`provider answered HTTP ${res.statusCode}`, details);
    }
    return text;
  }

  private parseJson(endpoint: string, kind: CallKind, text: string): unknown {
    const code = kind === "book" || kind === "issue" ? "outcome_unknown" : "unavailable";
    if (text.trim() === "") throw new ProviderError(code, "provider sent an empty answer", { endpoint });
    if (looksLikeHtml(text)) throw new ProviderError(code, "provider sent an HTML page", { endpoint, raw: redactedBody(text) });
    if (nestsDeeperThan(text, MAX_JSON_DEPTH)) throw new ProviderError(code, "provider answer nests too deeply", { endpoint: endpoint });
    try {
      return parseProviderJson(text);
    } catch (cause) {
      throw new ProviderError(code, "provider sent malformed JSON", { endpoint, raw: redactedBody(text), cause });
    }
  }
}
