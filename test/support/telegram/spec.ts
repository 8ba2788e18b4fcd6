// The machine-readable Bot API 10.1 description. telegram-bot-api-spec.json is a verbatim copy of
// api.json from github.com/PaulSonOfLars/telegram-bot-api-spec (MIT licence, commit 160fd99).
// It is loaded from this folder, not from /work/shared, so the tests survive a fresh clone.
import { readFileSync } from "node:fs";

export interface SpecField {
  name: string;
  types: string[];
  required: boolean;
  description: string;
}

export interface SpecMethod {
  name: string;
  returns: string[];
  // Parameterless methods (getMe, getWebhookInfo, …) have no `fields` key at all.
  fields?: SpecField[];
}

export interface SpecType {
  name: string;
  description?: string[];
  fields?: SpecField[];
  subtypes?: string[];
}

interface Spec {
  version: string;
  methods: Record<string, SpecMethod>;
  types: Record<string, SpecType>;
}

export const spec: Spec = JSON.parse(
  readFileSync(new URL("./telegram-bot-api-spec.json", import.meta.url), "utf8"),
) as Spec;

// Telegram matches method names case-insensitively ("sendmessage" works), so we do too.
const methodsByLowerName = new Map(Object.keys(spec.methods).map((name) => [name.toLowerCase(), name]));

export function findMethod(name: string): SpecMethod | undefined {
  const canonical = methodsByLowerName.get(name.toLowerCase());
  return canonical === undefined ? undefined : spec.methods[canonical];
}

export function findType(name: string): SpecType | undefined {
  return spec.types[name];
}

const SCALARS = new Set(["Integer", "Float", "String", "Boolean", "InputFile"]);

/** True for "Array of …" and object types, i.e. what multipart bodies carry as JSON strings. */
export function isStructured(type: string): boolean {
  return type.startsWith("Array of ") || !SCALARS.has(type);
}
