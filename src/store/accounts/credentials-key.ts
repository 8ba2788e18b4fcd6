const KEY_BYTES = 32;

/**
 * CREDENTIALS_KEY: 32 random bytes written as 64 hex digits or as base64 (e.g. `openssl rand -base64 32`).
 * Anything else is refused rather than stretched, so a typo can't silently become a weak key.
 */
export function parseCredentialsKey(text: string): Buffer | undefined {
  const s = text.trim();
  if (/^[0-9a-fA-F]{64}$/.test(s)) return Buffer.from(s, "hex");
  if (!/^[A-Za-z0-9+/_-]+={0,2}$/.test(s)) return undefined;
  const bytes = Buffer.from(s, s.includes("-") || s.includes("_") ? "base64url" : "base64");
  return bytes.length === KEY_BYTES ? bytes : undefined;
}
