import type { TiketState, TokenSession } from "../state/tiket-state.js";
import { errorBody, phpJson, successBody, type EnvelopeMeta } from "../wire/envelope.js";
import type { Lang } from "../wire/format.js";
import type { WireReply } from "../../http-io.js";

export type { WireReply };

export interface EndpointContext {
  state: TiketState;
  /** Query string merged with a form body (the form wins). */
  params: Record<string, string>;
  /** Parameters carried in the path (order id, payment id …). */
  pathParams: Record<string, string>;
  origin: string;
  lang: Lang;
  /** performance.now() when the request arrived, for `elapsetime`. */
  startedAt: number;
  /** The caller's token session, for endpoints that need one. */
  session?: TokenSession;
}

export type EndpointHandler = (ctx: EndpointContext) => WireReply | Promise<WireReply>;

export const JSON_TYPE = "application/json";
export const HTML_TYPE = "text/html; charset=UTF-8";

export function meta(ctx: EndpointContext): EnvelopeMeta {
  const s = ctx.session;
  return {
    lang: ctx.lang,
    nowMs: ctx.state.now(),
    startedAt: ctx.startedAt,
    ...(s ? { session: { token: s.token, loggedIn: s.loggedIn, guestId: s.guestId, loginEmail: s.loginEmail } } : {}),
  };
}

export function json(value: unknown, status = 200): WireReply {
  return { status, contentType: JSON_TYPE, body: phpJson(value) };
}

export function ok(ctx: EndpointContext, payload: Record<string, unknown> = {}): WireReply {
  return json(successBody(meta(ctx), payload));
}

export function fail(ctx: EndpointContext, status: number, message: string, payload: Record<string, unknown> = {}): WireReply {
  return json(errorBody(meta(ctx), status, message, payload));
}

export function html(status: number, page: string): WireReply {
  return { status, contentType: HTML_TYPE, body: page };
}

/** A passenger count: absent → fallback, otherwise digits only. */
export function countParam(params: Record<string, string>, name: string, fallback: number): number | undefined {
  const raw = params[name]?.trim();
  if (raw === undefined || raw === "") return fallback;
  return /^\d{1,2}$/.test(raw) ? Number(raw) : undefined;
}

export function param(ctx: EndpointContext, name: string): string {
  return ctx.params[name]?.trim() ?? "";
}

/** `error_msgs` are localised by `lang`, as the docs say. */
export function say(ctx: EndpointContext, en: string, id: string): string {
  return ctx.lang === "en" ? en : id;
}
