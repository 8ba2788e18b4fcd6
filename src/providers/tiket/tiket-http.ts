import type { Logger } from "pino";
import { Agent, errors as undiciErrors, request } from "undici";
import { ProviderError } from "../../domain/errors.js";
import { envelopeSchema, STATUS, type Envelope } from "./envelope.js";
import { isTokenRejection, mapFailure } from "./failure-mapping.js";
import { refusedBeforeProcessing } from "../http-status.js";
import { readLimited, textOf } from "./read-body.js";
import { downloadTicketPdf } from "../ticket-download.js";
import { MAX_JSON_DEPTH, nestsDeeperThan, parseProviderJson } from "../provider-text.js";
import { looksSerialized, parsePhpSerialized, parseXmlAnswer, tiketRaw } from "./wire-formats.js";

/** tiket.com's `lang` (spec §1): it localises `error_msgs` and texts such as `stop` and `duration`. */
export type TiketLang = "id" | "en";

/** An agent's locale ("en", "id", "en-US") as tiket.com's `lang`; any other is left to the default. */
export function tiketLang(locale: string | undefined): TiketLang | undefined {
  const base = locale?.trim().toLowerCase().split(/[-_]/)[0];
  return base === "id" || base === "en" ? base : undefined;
}

export interface TiketHttpOptions {
  /** e.g. "https://api.tiket.com" (a path prefix is kept). */
  baseUrl: string;
  businessId: string;
  businessName: string;
  /** The process's language: calls made for no agent (jobs, the pooled lists) speak it. */
  lang: TiketLang;
  logger: Logger;
  /** Per-call timeouts in ms. */
  timeouts?: Partial<Record<CallKind, number>>;
  /** Pauses before retrying a safe call; its length is the number of retries. */
  retryDelaysMs?: number[];
  maxResponseBytes?: number;
  onCall?: (endpoint: string, outcome: string, ms: number) => void;
}

/** Book and issue steps change the cart or move money: never retried, and a broken answer is "outcome unknown". */
export type CallKind = "read" | "search" | "book" | "issue";

/** A call's query; a `lang` of its own (the agent's) wins over the process's. */
export type Params = Record<string, string | number | undefined> & { lang?: TiketLang };

export interface CallOptions {
  /** 201 is "not OK" except when it carries a harmless notice: this says, from the body, which it is. */
  acceptNotice?: (body: Record<string, unknown>) => boolean;
  signal?: AbortSignal;
  /**
   * The answer may come as XML or PHP serialize as well as JSON (getToken: seed 004 shows all three with
   * no rule for which). Every other call is read as JSON only.
   */
  anyFormat?: boolean;
}

export interface Answer {
  envelope: Envelope;
  body: Record<string, unknown>;
}

const DEFAULT_TIMEOUTS: Record<CallKind, number> = { read: 15_000, search: 30_000, book: 60_000, issue: 60_000 };
const RETRY_DELAYS_MS = [300, 1_000];

/** Query strings built by hand: encodeURIComponent turns "+" into %2B (the spec's phone rule) and spaces into %20. */
export function queryString(params: Params): string {
  return Object.entries(params)
    .filter((e): e is [string, string | number] => e[1] !== undefined)
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(String(v))}`)
    .join("&");
}

/**
 * The transport to tiket.com: GETs over a keep-alive pool with the mandatory `twh:` User-Agent,
 * `output=json` and `lang` on every call, the `diagnostic` envelope checked and mapped to typed errors.
 * Query strings carry the secret key on some calls, so only paths ever reach logs and errors.
 */
export class TiketHttp {
  private readonly agent = new Agent({ keepAliveTimeout: 30_000, connections: 64, pipelining: 1 });
  private readonly base: URL;
  private readonly timeouts: Record<CallKind, number>;
  private readonly maxBytes: number;
  private readonly userAgent: string;

  constructor(private readonly options: TiketHttpOptions) {
    this.base = new URL(options.baseUrl.endsWith("/") ? options.baseUrl : `${options.baseUrl}/`);
    this.timeouts = { ...DEFAULT_TIMEOUTS, ...options.timeouts };
    this.maxBytes = options.maxResponseBytes ?? 8 * 1024 * 1024;
    this.userAgent = `twh:${options.businessId};${options.businessName};`;
  }

  async get(path: string, params: Params, kind: CallKind, options: CallOptions = {}): Promise<Answer> {
    const query = queryString({ ...params, output: "json", lang: params.lang ?? this.options.lang });
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.once(path, query, kind, options);
      } catch (e) {
        // A dead token stays dead: the caller renews it rather than repeating the call.
        const canRetry = (kind === "read" || kind === "search") && e instanceof ProviderError && e.retryable && !isTokenRejection(e) && !options.signal?.aborted;
        const delay = (this.options.retryDelaysMs ?? RETRY_DELAYS_MS)[attempt];
        if (!canRetry || delay === undefined) throw e;
        this.options.logger.warn({ endpoint: path, attempt: attempt + 1, code: e.code }, "tiket call failed, retrying");
        await new Promise((r) => setTimeout(r, delay));
      }
    }
  }

  /** The configured API's address: voucher links are only fetched from its host (see ticket-download). */
  get baseUrl(): URL {
    return this.base;
  }

  /** Fetches the e-ticket PDF from the configured provider's origin only (see ticket-download). */
  async download(url: string, maxBytes: number): Promise<Uint8Array> {
    return downloadTicketPdf({ url, base: this.base, dispatcher: this.agent, timeoutMs: this.timeouts.read, maxBytes, headers: { "user-agent": this.userAgent } });
  }

  async close(): Promise<void> {
    await this.agent.close();
  }

  private async once(path: string, query: string, kind: CallKind, options: CallOptions): Promise<Answer> {
    const started = performance.now();
    let outcome = "ok";
    try {
      const body = this.parseBody(path, kind, await this.exchange(path, query, kind, options), options.anyFormat === true);
      const parsed = envelopeSchema.safeParse(body);
      if (!parsed.success) {
        throw new ProviderError(unknownOr(kind), "provider answer has no diagnostic", { endpoint: path, raw: tiketRaw(body) });
      }
      const { status, error_msgs } = parsed.data.diagnostic;
      const payload = body as Record<string, unknown>;
      const notice = status === STATUS.notice && options.acceptNotice?.(payload) === true;
      if (notice) this.options.logger.info({ endpoint: path, notice: error_msgs }, "tiket notice");
      else if (status !== STATUS.ok) throw mapFailure(path, kind, status, error_msgs);
      return { envelope: parsed.data, body: payload };
    } catch (e) {
      outcome = e instanceof ProviderError ? e.code : "error";
      throw e;
    } finally {
      const ms = Math.round(performance.now() - started);
      this.options.onCall?.(path, outcome, ms);
      this.options.logger.debug({ endpoint: path, outcome, ms }, "tiket call");
    }
  }

  private async exchange(path: string, query: string, kind: CallKind, options: CallOptions): Promise<string> {
    const { signal } = options;
    const broken = (message: string, details: { status?: number; raw?: string; cause?: unknown } = {}) =>
      new ProviderError(unknownOr(kind), message, { endpoint: path, ...details });
    const url = new URL(path.replace(/^\//, ""), this.base);
    url.search = query;
    const timeout = AbortSignal.timeout(this.timeouts[kind]);
    let res;
    try {
      res = await request(url, {
        dispatcher: this.agent,
        method: "GET",
        headers: { "user-agent": this.userAgent, accept: "application/json" },
        signal: signal ? AbortSignal.any([timeout, signal]) : timeout,
      });
    } catch (cause) {
      // A refused connection never reached the provider, so even book and issue are known not to have happened.
      const code = (cause as { code?: string }).code;
      if (code === "ECONNREFUSED" || code === "ENOTFOUND") throw new ProviderError("unavailable", "provider unreachable", { endpoint: path, cause });
      const timedOut = cause instanceof DOMException || cause instanceof undiciErrors.HeadersTimeoutError;
      throw broken(timedOut ? "provider timed out" : "provider connection failed", { cause });
    }
    let text: string;
    try {
      text = textOf(await readLimited(res.body, this.maxBytes, path));
    } catch (cause) {
      if (cause instanceof ProviderError) throw unknownOr(kind) === "unavailable" ? cause : broken(cause.message, { cause });
      throw broken("provider timed out while answering", { cause });
    }
    if (res.statusCode >= 400 && res.statusCode < 500) {
      const refusal = this.diagnosticRefusal(path, kind, text, options);
      if (refusal) throw refusal;
    }
    if (res.statusCode >= 500) throw broken(`provider answered HTTP ${res.statusCode}`, { status: res.statusCode, raw: tiketRaw(text) });
    if (res.statusCode === 401 || res.statusCode === 403) {
      // The docs: calls without the twh: User-Agent are blocked by the firewall. Nothing was processed.
      throw new ProviderError("invalid_credentials", `provider refused the call (HTTP ${res.statusCode})`, { endpoint: path, status: res.statusCode });
    }
    if (res.statusCode >= 400 && refusedBeforeProcessing(res.statusCode)) {
      throw new ProviderError("unavailable", `provider answered HTTP ${res.statusCode}`, { endpoint: path, status: res.statusCode, raw: tiketRaw(text) });
    }
    if (res.statusCode >= 400) throw broken(`provider answered HTTP ${res.statusCode}`, { status: res.statusCode, raw: tiketRaw(text) });
    return text;
  }

  /**
   * The spec reports errors in `diagnostic` and says nothing of HTTP codes, so a 4xx carrying tiket.com's
   * own not-OK envelope (409 with 201 "insufficient fund" on confirmPayment) means what that diagnostic
   * means on a 200: the same mapping, so only refusals definite there are definite here. A page or body
   * that is no envelope, or an envelope saying OK or a harmless notice under an error code, is left to
   * the HTTP code (on a money call: outcome unknown).
   */
  private diagnosticRefusal(path: string, kind: CallKind, text: string, options: CallOptions): ProviderError | undefined {
    let body: unknown;
    try {
      body = this.parseBody(path, kind, text, options.anyFormat === true);
    } catch {
      return undefined;
    }
    const parsed = envelopeSchema.safeParse(body);
    if (!parsed.success) return undefined;
    const { status, error_msgs } = parsed.data.diagnostic;
    if (status === STATUS.ok || (status === STATUS.notice && options.acceptNotice?.(body as Record<string, unknown>) === true)) return undefined;
    return mapFailure(path, kind, status, error_msgs);
  }

  private parseBody(path: string, kind: CallKind, text: string, anyFormat: boolean): unknown {
    const code = unknownOr(kind);
    if (text.trim() === "") throw new ProviderError(code, "provider sent an empty answer", { endpoint: path });
    if (anyFormat && /^\s*</.test(text)) {
      const xml = parseXmlAnswer(text);
      if (xml) return xml;
    }
    if (anyFormat && looksSerialized(text)) {
      const serialized = parsePhpSerialized(text);
      if (serialized) return serialized;
      throw new ProviderError(code, "provider sent a malformed serialized answer", { endpoint: path, raw: tiketRaw(text) });
    }
    if (/^\s*</.test(text)) throw new ProviderError(code, "provider sent an HTML page", { endpoint: path, raw: tiketRaw(text) });
    if (nestsDeeperThan(text, MAX_JSON_DEPTH)) throw new ProviderError(code, "provider answer nests too deeply", { endpoint: path });
    try {
      return parseProviderJson(text);
    } catch (cause) {
      throw new ProviderError(code, "provider sent malformed JSON", { endpoint: path, raw: tiketRaw(text), cause });
    }
  }
}

function unknownOr(kind: CallKind): "outcome_unknown" | "unavailable" {
  return kind === "book" || kind === "issue" ? "outcome_unknown" : "unavailable";
}
