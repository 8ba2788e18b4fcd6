import { findType } from "./spec.js";
import { typeRules } from "./type-rules.js";
import { UploadedFile } from "./uploaded-file.js";

/**
 * Checks a decoded value against the spec's union of type strings ("Integer", "Array of Array of
 * InlineKeyboardButton", "ReplyKeyboardMarkup", …). Returns the error detail (without the
 * "Bad Request: " prefix) or undefined when the value fits one of the types.
 */
export function checkValue(value: unknown, types: readonly string[], path: string): string | undefined {
  const candidates = types.filter((t) => kindMatches(t, value));
  if (candidates.length === 0) return `${label(path)} must be ${types.join(" or ")}`;
  const errors: string[] = [];
  for (const type of candidates) {
    const error = checkAgainst(value, type, path);
    if (error === undefined) return undefined;
    errors.push(error);
  }
  // Several object types fit the shape (reply_markup); report against the one the caller most
  // plausibly meant, judged by how many of the value's keys it knows.
  return errors[bestCandidate(value, candidates)];
}

export function label(path: string): string {
  return /[.[]/.test(path) ? `field "${path}"` : `parameter "${path}"`;
}

function kindMatches(type: string, value: unknown): boolean {
  switch (type) {
    case "Integer":
      return Number.isInteger(value);
    case "Float":
      return typeof value === "number" && Number.isFinite(value);
    case "String":
      return typeof value === "string";
    case "Boolean":
      return typeof value === "boolean";
    case "InputFile":
      return value instanceof UploadedFile;
    default:
      if (type.startsWith("Array of ")) return Array.isArray(value);
      return isPlainObject(value);
  }
}

function checkAgainst(value: unknown, type: string, path: string): string | undefined {
  if (type.startsWith("Array of ")) {
    const inner = type.slice("Array of ".length);
    const items = value as unknown[];
    for (const [i, item] of items.entries()) {
      const error = checkValue(item, [inner], `${path}[${i}]`);
      if (error !== undefined) return error;
    }
    return undefined;
  }
  if (!findType(type)) return undefined; // a scalar whose kind already matched
  return checkObject(value as Record<string, unknown>, type, path);
}

function checkObject(value: Record<string, unknown>, typeName: string, path: string): string | undefined {
  const type = findType(typeName);
  if (type?.subtypes) return checkUnion(value, type.subtypes, path);
  // Placeholder types such as CallbackGame have no fields; any object is accepted.
  if (!type?.fields) return undefined;
  const fields = new Map(type.fields.map((f) => [f.name, f]));
  for (const key of Object.keys(value)) {
    if (!fields.has(key)) return `unknown ${label(`${path}.${key}`)}`;
  }
  for (const field of type.fields) {
    const child = value[field.name];
    if (child === undefined) {
      if (field.required) return `${label(`${path}.${field.name}`)} is required`;
      continue;
    }
    const error = checkValue(child, field.types, `${path}.${field.name}`);
    if (error !== undefined) return error;
  }
  return typeRules[typeName]?.(value, path);
}

function checkUnion(value: Record<string, unknown>, subtypes: string[], path: string): string | undefined {
  let candidates = subtypes;
  for (const key of ["type", "status", "source"]) {
    if (typeof value[key] !== "string") continue;
    const tagged = subtypes.filter((s) => [value[key], undefined].includes(discriminator(s, key)));
    if (tagged.length === 0) return `${label(`${path}.${key}`)} has unsupported value "${String(value[key])}"`;
    candidates = tagged;
  }
  return checkValue(value, candidates, path);
}

// The tag value lives only in prose: "Type of the result, must be article" / 'always "emoji"'.
function discriminator(typeName: string, key: string): string | undefined {
  const field = findType(typeName)?.fields?.find((f) => f.name === key);
  const match = field?.description.match(/must be (\w+)|always "(\w+)"/);
  return match?.[1] ?? match?.[2];
}

function bestCandidate(value: unknown, candidates: string[]): number {
  if (!isPlainObject(value)) return 0;
  const keys = Object.keys(value);
  let best = 0;
  let bestScore = -1;
  for (const [i, name] of candidates.entries()) {
    const known = new Set(findType(name)?.fields?.map((f) => f.name) ?? []);
    const score = keys.filter((k) => known.has(k)).length;
    if (score > bestScore) [best, bestScore] = [i, score];
  }
  return best;
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof UploadedFile);
}
