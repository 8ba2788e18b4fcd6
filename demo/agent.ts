import type { Bot } from "grammy";
import type { InlineKeyboardButton } from "grammy/types";
import type { BotContext } from "../src/bot/context.js";
import type { StoredMessage, TelegramEmulator, UserRef } from "../test/support/telegram/index.js";
import type { Transcript } from "./transcript.js";

type CallbackButton = InlineKeyboardButton.CallbackButton;

/** What to tap: a label fragment, or a test on the button (callback data is steadier than wording). */
export type ButtonMatch = string | { describe: string; test: (b: CallbackButton) => boolean };

/**
 * One person in a private chat. Each action becomes an update handed to the real bot, and waits
 * until the bot has finished with it — the same thing the runner does for one chat in production.
 */
export class DemoAgent {
  readonly chat: { id: number; type: "private" };

  constructor(private readonly bot: Bot<BotContext>, private readonly emulator: TelegramEmulator, readonly user: UserRef, private readonly transcript: Transcript) {
    this.chat = { id: user.id, type: "private" };
  }

  async say(text: string): Promise<StoredMessage | undefined> {
    await this.bot.handleUpdate(this.emulator.sendText({ chat: this.chat, from: this.user, text }));
    this.transcript.flush();
    return this.last();
  }

  /** Taps a matching button on the newest bot message that has one, as a person scrolling up would. */
  async tap(match: ButtonMatch): Promise<StoredMessage | undefined> {
    const found = this.findButton(match);
    if (!found) {
      const what = typeof match === "string" ? `"${match}"` : match.describe;
      throw new Error(`no button ${what} on any bot message; buttons on screen: ${this.visibleButtons() || "none"}`);
    }
    this.transcript.tap(found.button.text);
    const update = this.emulator.clickButton({ chat: this.chat, from: this.user, messageId: found.messageId, data: found.button.callback_data });
    await this.bot.handleUpdate(update);
    this.transcript.flush();
    return this.last();
  }

  findButton(match: ButtonMatch): { messageId: number; button: CallbackButton } | undefined {
    const test = typeof match === "string" ? (b: CallbackButton) => b.text.includes(match) : match.test;
    const withButtons = this.emulator.chatMessages(this.chat.id).filter((m) => m.fromBot && m.reply_markup);
    for (const m of withButtons.reverse()) {
      const button = m.reply_markup?.inline_keyboard.flat().find((b): b is CallbackButton => "callback_data" in b && test(b));
      if (button) return { messageId: m.message_id, button };
    }
    return undefined;
  }

  last(): StoredMessage | undefined {
    return this.emulator.lastBotMessage(this.chat.id);
  }

  private visibleButtons(): string {
    const last = this.emulator.chatMessages(this.chat.id).filter((m) => m.fromBot && m.reply_markup).at(-1);
    return (last?.reply_markup?.inline_keyboard.flat() ?? []).map((b) => `[ ${b.text} ]`).join(" ");
  }
}
