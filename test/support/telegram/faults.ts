import { ApiError } from "./errors.js";
import type { InjectedError } from "./types.js";

/** Errors queued by failNext, consumed one per call of that method (after validation passed). */
export class Faults {
  private readonly pending = new Map<string, InjectedError[]>();

  failNext(method: string, error: InjectedError, times = 1): void {
    const key = method.toLowerCase();
    const list = this.pending.get(key) ?? [];
    for (let i = 0; i < times; i++) list.push(error);
    this.pending.set(key, list);
  }

  take(method: string): ApiError | undefined {
    const error = this.pending.get(method.toLowerCase())?.shift();
    return error && new ApiError(error.error_code, error.description, error.parameters);
  }
}
