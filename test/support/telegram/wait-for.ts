import { realSetTimeout } from "./timers.js";
import type { RecordedCall } from "./types.js";

/**
 * How long waitFor polls unless told otherwise. It returns as soon as the predicate holds, so a
 * generous deadline costs nothing when things work; it only bounds how long a broken test hangs, and
 * must leave room for a machine busy with other test files.
 */
export const WAIT_FOR_DEFAULT_MS = 20_000;

type Maybe<T> = T | undefined | false | null;

/**
 * Polls `pred` until it returns something truthy; on timeout, shows the last calls the bot made.
 * `pred` may be async (e.g. asking Redis for a job's state); one poll finishes before the next starts.
 */
export function waitFor<T>(
  pred: () => Maybe<T> | PromiseLike<Maybe<T>>,
  calls: readonly RecordedCall[] | undefined,
  timeoutMs = WAIT_FOR_DEFAULT_MS,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  return new Promise<T>((resolve, reject) => {
    const fail = (error: unknown) => reject(error instanceof Error ? error : new Error(String(error)));
    const settle = (value: Maybe<T>) => {
      if (value) return resolve(value);
      if (Date.now() >= deadline) return reject(new Error(timeoutMessage(timeoutMs, calls)));
      realSetTimeout(tick, 10);
    };
    const tick = () => {
      let value: Maybe<T> | PromiseLike<Maybe<T>>;
      try {
        value = pred();
      } catch (error) {
        fail(error);
        return;
      }
      if (isPromiseLike(value)) value.then(settle, fail);
      else settle(value);
    };
    tick();
  });
}

/** waitFor where there is no emulator to report on (sandboxes, queues, processes). */
export function until<T>(pred: () => Maybe<T> | PromiseLike<Maybe<T>>, timeoutMs = WAIT_FOR_DEFAULT_MS): Promise<T> {
  return waitFor(pred, undefined, timeoutMs);
}

function isPromiseLike<T>(value: unknown): value is PromiseLike<T> {
  return typeof (value as PromiseLike<T> | null)?.then === "function";
}

export function timeoutMessage(timeoutMs: number, calls: readonly RecordedCall[] | undefined): string {
  if (!calls) return `waited ${timeoutMs} ms in vain`;
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
