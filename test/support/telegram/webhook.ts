import { setMaxListeners } from "node:events";
import type { Update, WebhookInfo } from "grammy/types";
import { sleep, unixNow } from "./timers.js";
import type { UpdateQueue } from "./update-queue.js";

/** Which conversation an update belongs to: Telegram never has two updates of one chat in flight at once. */
function chatOf(update: Update): number | undefined {
  return update.message?.chat.id ?? update.edited_message?.chat.id ?? update.callback_query?.message?.chat.id ?? update.my_chat_member?.chat.id
    ?? update.callback_query?.from.id ?? update.inline_query?.from.id;
}

/**
 * Pushes queued updates to the URL registered with setWebhook. By default one at a time and in order;
 * with `connections` > 1, like Telegram's `max_connections`, up to that many at once, one per chat
 * (each chat's updates still in order). `onDelivered` hears each update the webhook answered 2xx.
 */
export class WebhookPusher {
  private url = "";
  private secret: string | undefined;
  private lastError: { date: number; message: string } | undefined;
  private running = false;
  private readonly busyChats = new Set<number | undefined>();
  private readonly sending = new Set<number>();

  constructor(
    private readonly queue: UpdateQueue,
    private readonly closing: AbortSignal,
    private readonly connections = 1,
    private readonly onDelivered?: (update: Update) => void,
  ) {
    queue.onPush = () => this.kick();
    // Each delivery in flight listens for the close.
    if (connections > 1) setMaxListeners(connections + 10, closing);
  }

  get active(): boolean {
    return this.url !== "";
  }

  set(url: string, secret: string | undefined): void {
    this.url = url;
    this.secret = secret;
    this.lastError = undefined;
    this.kick();
  }

  info(): WebhookInfo {
    const info: WebhookInfo = { url: this.url, has_custom_certificate: false, pending_update_count: this.queue.size };
    if (this.lastError) {
      info.last_error_date = this.lastError.date;
      info.last_error_message = this.lastError.message;
    }
    return info;
  }

  private kick(): void {
    if (this.connections > 1) return this.fill();
    if (this.running || !this.active || this.closing.aborted) return;
    this.running = true;
    void this.pump().finally(() => {
      this.running = false;
    });
  }

  private async pump(): Promise<void> {
    let failures = 0;
    while (this.active && !this.closing.aborted) {
      const [update] = this.queue.peek(1);
      if (!update) return;
      const url = this.url;
      try {
        const headers: Record<string, string> = { "content-type": "application/json" };
        if (this.secret !== undefined) headers["x-telegram-bot-api-secret-token"] = this.secret;
        const res = await fetch(url, { method: "POST", headers, body: JSON.stringify(update), signal: this.closing });
        await res.arrayBuffer();
        if (!res.ok) throw new Error(`Wrong response from the webhook: ${res.status} ${res.statusText}`);
        this.queue.drop(update.update_id);
        this.onDelivered?.(update);
        failures = 0;
      } catch (error) {
        if (this.closing.aborted) return;
        this.lastError = { date: unixNow(), message: error instanceof Error ? error.message : String(error) };
        // Telegram retries too; a short capped backoff keeps tests quick without a busy loop.
        await sleep(Math.min(50 * 2 ** failures++, 1000));
      }
    }
  }

  /** Concurrent mode: starts a delivery for every queued update whose chat has none in flight. */
  private fill(): void {
    if (!this.active || this.closing.aborted) return;
    for (const update of this.queue.peek(Number.MAX_SAFE_INTEGER)) {
      if (this.busyChats.size >= this.connections) return;
      const chat = chatOf(update);
      if (this.busyChats.has(chat) || this.sending.has(update.update_id)) continue;
      this.busyChats.add(chat);
      this.sending.add(update.update_id);
      void this.deliver(update).finally(() => {
        this.busyChats.delete(chat);
        this.sending.delete(update.update_id);
        this.fill();
      });
    }
  }

  private async deliver(update: Update): Promise<void> {
    // One controller per delivery, unhooked when done: hundreds of requests on the shared signal would pile up listeners.
    const request = new AbortController();
    const abort = () => request.abort();
    this.closing.addEventListener("abort", abort, { once: true });
    try {
      await this.deliverUntilAnswered(update, request.signal);
    } finally {
      this.closing.removeEventListener("abort", abort);
    }
  }

  private async deliverUntilAnswered(update: Update, signal: AbortSignal): Promise<void> {
    for (let failures = 0; this.active && !this.closing.aborted; failures++) {
      try {
        const headers: Record<string, string> = { "content-type": "application/json" };
        if (this.secret !== undefined) headers["x-telegram-bot-api-secret-token"] = this.secret;
        const res = await fetch(this.url, { method: "POST", headers, body: JSON.stringify(update), signal });
        await res.arrayBuffer();
        if (!res.ok) throw new Error(`Wrong response from the webhook: ${res.status} ${res.statusText}`);
        this.queue.drop(update.update_id);
        this.onDelivered?.(update);
        return;
      } catch (error) {
        if (this.closing.aborted) return;
        this.lastError = { date: unixNow(), message: error instanceof Error ? error.message : String(error) };
        await sleep(Math.min(50 * 2 ** failures, 1000));
      }
    }
  }
}
