import { phpJson } from "../wire-format.js";
import type { SandboxState } from "../state/sandbox-state.js";
import type { WireReply } from "../../http-io.js";

export type { WireReply };

export interface EndpointContext {
  state: SandboxState;
  /** Form body fields (or query fields for the public GET calls). */
  params: Record<string, string>;
  origin: string;
}

export type EndpointHandler = (ctx: EndpointContext) => WireReply | Promise<WireReply>;

export const JSON_TYPE = "application/json";
export const HTML_TYPE = "text/html; charset=UTF-8";

export function jsonReply(value: unknown, status = 200): WireReply {
  return { status, contentType: JSON_TYPE, body: phpJson(value) };
}

export function failReply(reason: string): WireReply {
  return jsonReply({ result: "no", reason });
}

export function htmlReply(status: number, html: string): WireReply {
  return { status, contentType: HTML_TYPE, body: html };
}

/** A non-negative integer parameter; undefined when absent or not a plain number. */
export function countParam(params: Record<string, string>, name: string, fallback?: number): number | undefined {
  const raw = params[name]?.trim();
  if (raw === undefined || raw === "") return fallback;
  return /^\d{1,2}$/.test(raw) ? Number(raw) : undefined;
}
