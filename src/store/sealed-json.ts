import type { z } from "zod";
import { sealedSchema, type CredentialCipher } from "./accounts/credential-cipher.js";
import { parseJson } from "./redis-json.js";

/**
 * JSON values holding personal data (passengers, contacts): with a cipher (CREDENTIALS_KEY) sealed with
 * AES-256-GCM bound to their own Redis key, so a value copied under another member's key does not open.
 */
export function packSealed(value: unknown, key: string, cipher?: CredentialCipher): string {
  return JSON.stringify(cipher ? cipher.seal(value, key) : value);
}

/** With a cipher only a sealed value that opens under its own key counts; anything else reads as absent. */
export function unpackSealed<T extends z.ZodType>(raw: string | null, key: string, schema: T, cipher?: CredentialCipher): z.output<T> | undefined {
  if (!cipher) return parseJson(raw, schema);
  const sealed = parseJson(raw, sealedSchema);
  if (!sealed) return undefined;
  try {
    const parsed = schema.safeParse(cipher.open(sealed, key));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
