import type { Update } from "grammy/types";
import { realClearTimeout, realSetTimeout } from "./timers.js";

// Telegram's default when allowed_updates was never given: everything except these.
const OFF_BY_DEFAULT = new Set(["chat_member", "message_reaction", "message_reaction_count"]);

export type UpdateBody = Omit<Update, "update_id">;

/**
 * Pending updates as Telegram keeps them: served by getUpdates until an offset confirms them,
 * pushed by the webhook, or drained by takeUpdates().
 */
export class UpdateQueue {
  private updates: Update[] = [];
  private nextId = 1;
  private readonly waiters = new Set<() => void>();
  private allowed: Set<string> | undefined;
  private closed = false;
  onPush: () => void = () => {};

  push(body: UpdateBody): Update {
    const update = { update_id: this.nextId++, ...body } as Update;
    this.updates.push(update);
    for (const wake of this.waiters) wake();
    this.onPush();
    return structuredClone(update);
  }

  take(): Update[] {
    const taken = this.updates;
    this.updates = [];
    return taken;
  }

  get size(): number {
    return this.updates.length;
  }

  clear(): void {
    this.updates = [];
  }

  /** An empty list restores the default set, as on Telegram. */
  setAllowed(types: unknown): void {
    if (!Array.isArray(types)) return;
    this.allowed = types.length === 0 ? undefined : new Set(types.map(String));
  }

  /** Updates with an id below `offset` are confirmed and forgotten; a negative offset keeps the last -offset. */
  confirm(offset: number): void {
    if (offset < 0) this.updates = this.updates.slice(offset);
    else this.updates = this.updates.filter((u) => u.update_id >= offset);
  }

  /** The first `limit` deliverable updates; ones the bot did not subscribe to are dropped. */
  peek(limit: number): Update[] {
    this.updates = this.updates.filter((u) => this.isAllowed(u));
    return structuredClone(this.updates.slice(0, limit));
  }

  drop(updateId: number): void {
    this.updates = this.updates.filter((u) => u.update_id !== updateId);
  }

  async poll(offset: number | undefined, limit: number, timeoutSec: number, signal: AbortSignal): Promise<Update[]> {
    if (offset !== undefined) this.confirm(offset);
    const ready = this.peek(limit);
    if (ready.length > 0 || timeoutSec <= 0 || this.closed || signal.aborted) return ready;
    await new Promise<void>((resolve) => {
      const done = () => {
        realClearTimeout(timer);
        this.waiters.delete(done);
        signal.removeEventListener("abort", done);
        resolve();
      };
      const timer = realSetTimeout(done, timeoutSec * 1000);
      this.waiters.add(done);
      signal.addEventListener("abort", done);
    });
    return this.peek(limit);
  }

  /** Ends every pending long poll (with whatever is queued) and refuses to wait again. */
  close(): void {
    this.closed = true;
    for (const wake of [...this.waiters]) wake();
  }

  private isAllowed(update: Update): boolean {
    const type = Object.keys(update).find((k) => k !== "update_id") ?? "";
    return this.allowed ? this.allowed.has(type) : !OFF_BY_DEFAULT.has(type);
  }
}
