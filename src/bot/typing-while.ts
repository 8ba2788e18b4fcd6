import type { Api } from "grammy";

/** Answers quicker than this need no "typing…": the answer itself is the feedback. */
export const TYPING_AFTER_MS = 700;

/**
 * Shows "typing…" in the chat only while `work` is still running after `afterMs`. Telegram's own advice
 * is to use chat actions when a reply takes noticeable time; sent unconditionally, it was a Bot API call
 * on every search even when the airlines answered in milliseconds. A failed chat action is ignored.
 */
export async function typingWhile<T>(api: Api, chatId: number, work: Promise<T>, afterMs = TYPING_AFTER_MS): Promise<T> {
  const timer = setTimeout(() => void api.sendChatAction(chatId, "typing").catch(() => undefined), afterMs);
  try {
    return await work;
  } finally {
    clearTimeout(timer);
  }
}
