// Captured at import time so that a test calling vi.useFakeTimers() afterwards cannot freeze the
// emulator's long polls, webhook retries or waitFor polling.
export const realSetTimeout = globalThis.setTimeout.bind(globalThis);
export const realClearTimeout = globalThis.clearTimeout.bind(globalThis);

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => realSetTimeout(resolve, ms));
}

export function unixNow(): number {
  return Math.floor(Date.now() / 1000);
}

/** Drops undefined-valued keys, so objects look like parsed JSON even when given to handleUpdate. */
export function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
