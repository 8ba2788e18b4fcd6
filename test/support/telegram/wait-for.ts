import { realSetTimeout } from "./timers.js";
import type { RecordedCall } from "./types.js";

/** Polls `pred` until it returns something truthy; on timeout, shows the last calls the bot made. */
export function waitFor<T>(
  pred: () => T | undefined | false | null,
  calls: readonly RecordedCall[],
  timeoutMs = 5000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  return new Promise<T>((resolve, reject) => {
    const tick = () => {
      let value: T | undefined | false | null;
      try {
        value = pred();
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
        return;
      }
      if (value) return resolve(value);
      if (Date.now() >= deadline) return reject(new Error(timeoutMessage(timeoutMs, calls)));
      realSetTimeout(tick, 10);
    };
    tick();
  });
}

export function timeoutMessage(timeoutMs: number, calls: readonly RecordedCall[]): string {
  const lines = calls.slice(-10).map((c) => {
    const outcome = c.ok ? "ok" : `failed: ${describe(c.response)}`;
    return `  ${c.method} ${truncate(JSON.stringify(c.payload), 300)} → ${outcome}`;
  });
  return `waitFor timed out after ${timeoutMs} ms. Last ${lines.length} calls:\n${lines.join("\n") || "  (none)"}`;
}

function describe(response: unknown): string {
  const r = response as { description?: string } | undefined;
  return r?.description ?? "(no answer yet)";
}

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}
