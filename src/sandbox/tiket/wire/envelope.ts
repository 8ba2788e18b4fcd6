/**
 * The tiket.com JSON envelope. Errors travel inside the body with HTTP 200: `diagnostic.status` is
 * not 200, `confirm` is missing and `error_msgs` says why.
 *
 * Decisions on unverified points (the docs have no error catalogue):
 * - 401: bad/missing User-Agent, wrong secretkey/confirmkey/username, missing, unknown or used-up
 *   token ("token expired").
 * - 201: any other refusal (validation, sold out, empty cart, flow out of order, insufficient fund).
 * - 204: duplicate booking, 209: expired order (both documented).
 * - Output is always JSON whatever `output` asks for; `output_type` is always "json".
 */
import type { Lang } from "./format.js";

export interface EnvelopeSession {
  token?: string;
  loggedIn?: boolean;
  guestId?: string;
  loginEmail?: string;
}

export interface EnvelopeMeta {
  lang: Lang;
  nowMs: number;
  startedAt: number;
  session?: EnvelopeSession;
}

function diagnostic(meta: EnvelopeMeta, status: number | string, error?: string): Record<string, unknown> {
  const elapsed = Math.max(0.0121, (performance.now() - meta.startedAt) / 1000);
  const base: Record<string, unknown> = error === undefined ? { status } : { error_msgs: error, status };
  return {
    ...base,
    elapsetime: elapsed.toFixed(4),
    memoryusage: `${(4 + (meta.nowMs % 97) / 100).toFixed(2)}MB`,
    unix_timestamp: Math.floor(meta.nowMs / 1000),
    ...(error === undefined ? { confirm: "success" } : {}),
    lang: meta.lang,
    currency: "IDR",
  };
}

function tail(session: EnvelopeSession | undefined): Record<string, unknown> {
  if (!session) return { login_status: "false" };
  const out: Record<string, unknown> = { login_status: session.loggedIn ? "true" : "false" };
  if (session.loggedIn && session.guestId) out.guest_id = session.guestId;
  if (session.loggedIn && session.loginEmail) out.login_email = session.loginEmail;
  if (session.token) out.token = session.token;
  return out;
}

export function successBody(meta: EnvelopeMeta, payload: Record<string, unknown> = {}, status: number | string = 200) {
  return { diagnostic: diagnostic(meta, status), output_type: "json", ...payload, ...tail(meta.session) };
}

export function errorBody(meta: EnvelopeMeta, status: number, message: string, payload: Record<string, unknown> = {}) {
  return { diagnostic: diagnostic(meta, status, message), output_type: "json", ...payload, ...tail(meta.session) };
}

/** JSON as the PHP server writes it: slashes escaped as `\/`. */
export function phpJson(value: unknown): string {
  return JSON.stringify(value).replace(/\//g, "\\/");
}
