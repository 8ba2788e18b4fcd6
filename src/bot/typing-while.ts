import type { Api } from "grammy";

/** Answers quicker than this need no "typing…": the answer itself is the feedback. */
export const TYPING_AFTER_MS = 700;

/**
 * Runs `notice` only if `work` is still running after `afterMs`, and settles after the notice has been
 * sent, so a notice can't arrive after the answer it announces. A failed notice is ignored: it is
 * feedback, never part of the outcome.
 */
export async function noticeWhile<T>(work: Promise<T>, notice: () => Promise<unknown>, afterMs = TYPING_AFTER_MS): Promise<T> {
  let sent: Promise<unknown> | undefined;
  const timer = setTimeout(() => (sent = notice().catch(() => undefined)), afterMs);
  try {
    return await work;
  } finally {
    clearTimeout(timer);
    await sent;
  }
}

/**
 * Shows "typing…" in the chat only while `work` is still running after `afterMs`. Telegram's own advice
 * is to use chat actions when a reply takes noticeable time; sent unconditionally, it was a Bot API call
 * on every search even when the airlines answered in milliseconds.
 */
export function typingWhile<T>(api: Api, chatId: number, work: Promise<T>, afterMs = TYPING_AFTER_MS): Promise<T> {
  return noticeWhile(work, () => api.sendChatAction(chatId, "typing"), afterMs);
}
