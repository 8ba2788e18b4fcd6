import type { Payload } from "./context.js";
import { badRequest } from "./errors.js";
import { methodLimits } from "./method-limits.js";
import type { SpecMethod } from "./spec.js";
import { checkValue } from "./validate-value.js";

const TEXT_METHODS = new Set(["sendMessage"]);

/** Half of a surrogate pair (an emoji cut in two): not UTF-8, which Telegram's decoder requires of every string. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function hasMalformedString(value: unknown): boolean {
  if (typeof value === "string") return LONE_SURROGATE.test(value);
  if (Array.isArray(value)) return value.some(hasMalformedString);
  // Plain decoded JSON only: an uploaded file's bytes are no string.
  if (value !== null && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) return Object.values(value).some(hasMalformedString);
  return false;
}

/** Checks a decoded payload against the spec and the prose rules; throws a 400 ApiError. */
export function validateCall(method: SpecMethod, payload: Payload): void {
  // Telegram answers so for a lone surrogate anywhere in the request (tdlib's check_utf8), before any other check.
  if (hasMalformedString(payload)) throw badRequest("strings must be encoded in UTF-8");
  const fields = new Map((method.fields ?? []).map((f) => [f.name, f]));
  for (const key of Object.keys(payload)) {
    // Telegram itself ignores unknown parameters; failing makes typos and version skew visible.
    if (!fields.has(key)) throw badRequest(`unknown parameter "${key}"`);
  }
  for (const field of fields.values()) {
    const value = payload[field.name];
    if (value === undefined) {
      if (!field.required) continue;
      if (field.name === "text" && TEXT_METHODS.has(method.name)) throw badRequest("message text is empty");
      throw badRequest(`parameter "${field.name}" is required`);
    }
    const error = checkValue(value, field.types, field.name);
    if (error !== undefined) throw badRequest(error);
  }
  methodLimits[method.name]?.(payload);
}
