import type { StorageAdapter } from "grammy";

/**
 * grammY writes a session back after every update that read it, and i18n reads it on every update
 * (for the language). This adapter remembers what it read and skips the write when nothing changed:
 * one Redis SET less per update. The memory holds only keys read and not yet written back.
 */
export function skipUnchangedWrites<T>(inner: StorageAdapter<T>): StorageAdapter<T> {
  const seen = new Map<string, string>();
  return {
    async read(key) {
      const value = await inner.read(key);
      seen.set(key, JSON.stringify(value ?? null));
      return value;
    },
    async write(key, value) {
      const before = seen.get(key);
      seen.delete(key);
      if (before !== undefined && before === JSON.stringify(value)) return;
      await inner.write(key, value);
    },
    async delete(key) {
      seen.delete(key);
      await inner.delete(key);
    },
  };
}
