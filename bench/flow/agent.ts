import type { InlineKeyboardButton, Update } from "grammy/types";
import type { StoredMessage, TelegramEmulator, UserRef } from "../../test/support/telegram/index.js";

/** Anything that takes updates the way grammY's Bot does. */
export interface UpdateHandler {
  handleUpdate(update: Update): Promise<void>;
}

export interface UpdateSample {
  step: string;
  kind: "text" | "tap";
  /** From handing the update to the bot until handleUpdate resolved (its last API call answered). */
  ms: number;
  /** Slice of emulator.calls recorded while this update ran; attributed after the run, off the clock. */
  window: [number, number];
  queryId?: string;
  /** Date.now() when the update was queued for the bot (the emulator's clock, as `RecordedCall.at`). */
  pushedAt: number;
}

/**
 * One simulated person in a private chat. Updates of one agent are strictly sequential (as the
 * runner's sequentialize makes them in production); agents run concurrently with each other.
 */
export class FlowAgent {
  readonly samples: UpdateSample[] = [];
  readonly chat: { id: number; type: "private" };

  constructor(private readonly bot: UpdateHandler, readonly emulator: TelegramEmulator, readonly user: UserRef) {
    this.chat = { id: user.id, type: "private" };
  }

  async say(step: string, text: string): Promise<StoredMessage | undefined> {
    await this.handle(step, "text", this.emulator.sendText({ chat: this.chat, from: this.user, text }));
    return this.last();
  }

  /** Taps the first button (newest message first) whose callback data passes `test`. */
  async tap(step: string, test: (data: string) => boolean): Promise<StoredMessage | undefined> {
    // A person waits for the button: the webhook may have been answered before the update was done (ack after 3 s).
    const found = this.findButton(test) ?? (await this.emulator.waitFor(() => this.findButton(test), 20_000).catch(() => undefined));
    if (!found) throw new Error(`agent ${this.user.id}, step "${step}": no matching button. Last bot message: ${JSON.stringify(this.last()?.text?.slice(0, 200))}`);
    const update = this.emulator.clickButton({ chat: this.chat, from: this.user, messageId: found.messageId, data: found.data });
    await this.handle(step, "tap", update, update.callback_query?.id);
    return this.last();
  }

  findButton(test: (data: string) => boolean): { messageId: number; data: string } | undefined {
    const mine = this.emulator.chatMessages(this.chat.id).filter((m) => m.fromBot && m.reply_markup);
    for (const m of mine.reverse()) {
      const b = m.reply_markup?.inline_keyboard.flat().find((x): x is InlineKeyboardButton.CallbackButton => "callback_data" in x && test(x.callback_data));
      if (b) return { messageId: m.message_id, data: b.callback_data };
    }
    return undefined;
  }

  /** The bot's last message once it passes `test` (or, after 20 s, whatever it is). */
  async lastWhen(test: (m: StoredMessage | undefined) => boolean): Promise<StoredMessage | undefined> {
    if (test(this.last())) return this.last();
    return this.emulator.waitFor(() => test(this.last()) && this.last(), 20_000).catch(() => this.last());
  }

  last(): StoredMessage | undefined {
    return this.emulator.lastBotMessage(this.chat.id);
  }

  private async handle(step: string, kind: UpdateSample["kind"], update: Update, queryId?: string): Promise<void> {
    const from = this.emulator.calls.length;
    const pushedAt = Date.now();
    const started = performance.now();
    await this.bot.handleUpdate(update);
    const ms = performance.now() - started;
    this.samples.push({ step, kind, ms, window: [from, this.emulator.calls.length], queryId, pushedAt });
  }
}

const NOT_MESSAGES = new Set(["answerCallbackQuery", "sendChatAction", "getMe", "getFile"]);
/** Only the job worker sends documents now; its calls belong to no update. */
const WORKER_METHODS = new Set(["sendDocument"]);

/**
 * Bot API calls (and, among them, messages sent or edited) that belong to one agent's update, and when
 * the last of them reached the emulator (`lastAt`, Date.now() ms; undefined when it made none).
 */
export function attributeCalls(emulator: TelegramEmulator, chatId: number, s: UpdateSample): { calls: number; messages: number; methods: string[]; lastAt?: number } {
  const methods: string[] = [];
  let lastAt: number | undefined;
  for (const call of emulator.calls.slice(s.window[0], s.window[1])) {
    const p = call.payload;
    if (WORKER_METHODS.has(call.method)) continue;
    if (Number(p.chat_id) === chatId || (s.queryId !== undefined && p.callback_query_id === s.queryId)) {
      methods.push(call.method);
      lastAt = Math.max(lastAt ?? 0, call.at);
    }
  }
  return { calls: methods.length, messages: methods.filter((m) => !NOT_MESSAGES.has(m)).length, methods, lastAt };
}
