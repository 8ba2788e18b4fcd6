import type { RawBody } from "./multipart.js";
import type { SpecMethod } from "./spec.js";
import { isStructured } from "./spec.js";
import { UploadedFile } from "./uploaded-file.js";

/**
 * Turns a raw body into the payload Telegram would see: `attach://name` becomes the uploaded
 * part, and (for form bodies only) strings become JSON objects, numbers or booleans where the
 * spec's field type asks for them. JSON bodies are left alone so that type errors stay visible.
 */
export function decodeFields(method: SpecMethod, body: RawBody): Record<string, unknown> {
  const fieldTypes = new Map((method.fields ?? []).map((f) => [f.name, f.types]));
  const payload: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(body.values)) {
    const types = fieldTypes.get(name);
    payload[name] = types === undefined ? value : decodeValue(name, value, types, body);
  }
  // A file part may also be sent directly under the field's own name (no attach:// indirection).
  for (const [name, file] of body.files) {
    if (!(name in payload) && fieldTypes.get(name)?.includes("InputFile")) payload[name] = file;
  }
  return payload;
}

function decodeValue(name: string, value: unknown, types: string[], body: RawBody): unknown {
  if (typeof value !== "string") return value;
  if (types.includes("InputFile") && value.startsWith("attach://")) {
    const part = body.files.get(value.slice("attach://".length));
    // Re-labelled with the parameter it fills ("document"), not grammY's random part name.
    return part ? new UploadedFile(name, part.fileName, part.bytes) : value;
  }
  if (!body.stringly) return value;
  if (types.some(isStructured) && /^\s*[[{]/.test(value)) {
    try {
      return JSON.parse(value) as unknown;
    } catch {
      return value;
    }
  }
  if (types.includes("Integer") && /^-?\d+$/.test(value)) return Number(value);
  if (types.includes("Float") && value.trim() !== "" && Number.isFinite(Number(value))) return Number(value);
  if (types.includes("Boolean") && (value === "true" || value === "false")) return value === "true";
  return value;
}

export function collectFiles(payload: Record<string, unknown>): UploadedFile[] {
  return Object.values(payload).filter((v): v is UploadedFile => v instanceof UploadedFile);
}
