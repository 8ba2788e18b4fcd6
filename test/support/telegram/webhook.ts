import type { WebhookInfo } from "grammy/types";
import { sleep, unixNow } from "./timers.js";
import type { UpdateQueue } from "./update-queue.js";

/** Pushes queued updates to the URL registered with setWebhook, one at a time and in order. */
export class WebhookPusher {
  private url = "";
  private secret: string | undefined;
  private lastError: { date: number; message: string } | undefined;
  private running = false;

  constructor(
    private readonly queue: UpdateQueue,
    private readonly closing: AbortSignal,
  ) {
    queue.onPush = () => this.kick();
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
        failures = 0;
      } catch (error) {
        if (this.closing.aborted) return;
        this.lastError = { date: unixNow(), message: error instanceof Error ? error.message : String(error) };
        // Telegram retries too; a short capped backoff keeps tests quick without a busy loop.
        await sleep(Math.min(50 * 2 ** failures++, 1000));
      }
    }
  }
}
