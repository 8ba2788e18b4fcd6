import type { InlineKeyboardMarkup } from "grammy/types";
import type { StoredMessage, TelegramEmulator } from "../test/support/telegram/index.js";

const INDENT = "   ";

function buttonLines(markup: InlineKeyboardMarkup | undefined): string[] {
  return (markup?.inline_keyboard ?? []).filter((row) => row.length > 0).map((row) => INDENT + row.map((b) => `[ ${b.text} ]`).join("  "));
}

function kilobytes(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

/** Continuation lines are indented under the speaker, so multi-line cards stay readable. */
function block(head: string, body: string): string[] {
  const [first = "", ...rest] = body.split("\n");
  return [`${head}${first}`, ...rest.map((line) => (line ? INDENT + line : ""))];
}

/** What changes on screen when a message is edited: its words and its buttons. */
function signature(m: StoredMessage): { text: string; buttons: string } {
  return { text: m.text ?? m.caption ?? "", buttons: JSON.stringify(m.reply_markup?.inline_keyboard ?? []) };
}

/**
 * Prints one chat as a person would read it. It is flushed after every update the bot has fully
 * handled, so a message edited within that update (the "searching…" placeholder turned into the
 * results) shows only its final text; an edit made by a later update is printed as an edit.
 */
export class Transcript {
  private readonly seen = new Map<number, { text: string; buttons: string }>();
  private callsSeen = 0;

  constructor(private readonly emulator: TelegramEmulator, private readonly chatId: number, private readonly out: (line: string) => void = console.log) {}

  /** A tap is not a message, so the chat itself doesn't record it. */
  tap(label: string): void {
    this.out(`👆 Agent taps [ ${label} ]`);
  }

  section(title: string): void {
    this.out("");
    this.out(`── ${title} ${"─".repeat(Math.max(0, 60 - title.length))}`);
  }

  flush(): void {
    this.printToasts();
    const messages = this.emulator.chatMessages(this.chatId);
    const present = new Set<number>();
    for (const m of messages) {
      present.add(m.message_id);
      const before = this.seen.get(m.message_id);
      const now = signature(m);
      this.seen.set(m.message_id, now);
      if (!before) this.printMessage(m);
      else if (before.text !== now.text) this.printLines(block("✏️  Bot edits its message: ", now.text), buttonLines(m.reply_markup));
      else if (before.buttons !== now.buttons) {
        this.out(m.reply_markup?.inline_keyboard.length ? "✏️  Bot changes the buttons:" : "✏️  Bot removes the buttons of its message");
        this.printLines(buttonLines(m.reply_markup));
      }
    }
    for (const id of [...this.seen.keys()].filter((id) => !present.has(id))) {
      this.seen.delete(id);
      this.out("🗑  Bot deletes a message");
    }
  }

  private printMessage(m: StoredMessage): void {
    if (!m.fromBot) return this.printLines(block("👤 Agent: ", m.text ?? "(non-text message)"));
    if (m.document) {
      const bytes = this.emulator.file(m.document.file_id)?.length ?? m.document.file_size ?? 0;
      this.out(`🤖 Bot: 📎 ${m.document.file_name ?? "document"} (${kilobytes(bytes)})`);
      if (m.caption) this.printLines(m.caption.split("\n").map((line) => INDENT + line));
      return this.printLines(buttonLines(m.reply_markup));
    }
    const photo = m.photo?.at(-1);
    if (photo) this.out(`🤖 Bot: 🖼  ${photo.width}×${photo.height} image (${kilobytes(this.emulator.file(photo.file_id)?.length ?? 0)})`);
    if (photo && !m.caption) return this.printLines(buttonLines(m.reply_markup));
    this.printLines(block("🤖 Bot: ", m.text ?? m.caption ?? "(media)"), buttonLines(m.reply_markup));
  }

  /** Callback answers with text are the little pop-ups Telegram shows over the chat. */
  private printToasts(): void {
    const calls = this.emulator.calls;
    for (; this.callsSeen < calls.length; this.callsSeen++) {
      const call = calls[this.callsSeen];
      if (call?.method !== "answerCallbackQuery" || typeof call.payload.text !== "string" || !call.payload.text) continue;
      this.out(`💬 ${call.payload.show_alert ? "Alert" : "Toast"}: ${call.payload.text}`);
    }
  }

  private printLines(...groups: string[][]): void {
    for (const line of groups.flat()) this.out(line);
  }
}
