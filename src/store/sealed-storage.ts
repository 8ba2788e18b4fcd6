import type { StorageAdapter } from "grammy";
import { sealedSchema, type CredentialCipher, type Sealed } from "./accounts/credential-cipher.js";

/**
 * Encrypts what grammY stores (conversation state holds every answer of a flow: names, birth dates, ID
 * and passport numbers) with the key that seals logins. Each value is bound to its Redis key, so a value
 * copied under another key doesn't open; one that doesn't open (a changed key) reads as absent.
 */
export function sealedStorage<T>(inner: StorageAdapter<Sealed>, cipher: CredentialCipher): StorageAdapter<T> {
  return {
    async read(key) {
      const parsed = sealedSchema.safeParse(await inner.read(key));
      if (!parsed.success) return undefined;
      try {
        return cipher.open(parsed.data, key) as T;
      } catch {
        return undefined;
      }
    },
    write: (key, value) => inner.write(key, cipher.seal(value, key)),
    delete: (key) => inner.delete(key),
  };
}
