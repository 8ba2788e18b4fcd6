import type { Transformer } from "grammy";

/**
 * Refusals Telegram gives to calls whose effect is already there, or no longer matters:
 * - answerCallbackQuery after the query's deadline (about 15 s; a tap that waited behind the member's
 *   own search): the answer only stops the button's spinner, and the tap itself still counts;
 * - an edit to exactly what the message already shows (a double tap on the same choice).
 * Read as done, so the tap's action goes on instead of ending in "something went wrong".
 */
const HARMLESS: ReadonlyArray<{ method: RegExp; description: RegExp }> = [
  { method: /^answerCallbackQuery$/, description: /query is too old|query id is invalid/i },
  { method: /^editMessage(Text|Caption|ReplyMarkup|Media)$/, description: /message is not modified/i },
];

export function harmlessRefusals(): Transformer {
  return async (prev, method, payload, signal) => {
    const res = await prev(method, payload, signal);
    if (res.ok || res.error_code !== 400) return res;
    const harmless = HARMLESS.some((h) => h.method.test(method) && h.description.test(res.description));
    return harmless ? ({ ok: true, result: true } as unknown as typeof res) : res;
  };
}

/**
 * A button on a message the bot can no longer see (Telegram sends it as an InaccessibleMessage, date 0:
 * too old, or deleted) can't be edited: what the tap would have drawn there is sent as a new message
 * instead, and removing its keyboard is already done.
 */
export function editsBecomeMessages(chatId: number, messageId: number): Transformer {
  return (prev, method, payload, signal) => {
    const p = payload as { chat_id?: number | string; message_id?: number };
    const same = p.message_id === messageId && String(p.chat_id) === String(chatId);
    if (same && method === "editMessageText") {
      const { message_id: _id, inline_message_id: _inline, ...message } = payload as Record<string, unknown>;
      return prev("sendMessage", message as never, signal) as never;
    }
    if (same && method === "editMessageReplyMarkup") return Promise.resolve({ ok: true, result: true }) as never;
    return prev(method, payload, signal);
  };
}
