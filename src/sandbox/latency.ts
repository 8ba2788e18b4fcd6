import { setTimeout as delay } from "node:timers/promises";

/** Waits out a sandbox's configured latency: false when the sandbox closes first (the caller then never hears back). */
export async function wait(ms: number, signal: AbortSignal): Promise<boolean> {
  if (signal.aborted) return false;
  if (ms <= 0) return true;
  try {
    await delay(ms, undefined, { signal });
    return true;
  } catch {
    return false;
  }
}
