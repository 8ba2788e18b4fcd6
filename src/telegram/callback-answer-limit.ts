import type { Transformer } from "grammy";
import { cutWithEllipsis } from "../presenters/cut-text.js";

/** Telegram's limit on a callback answer's text (answerCallbackQuery: "0-200 characters"). */
export const CALLBACK_ANSWER_MAX = 200;

/**
 * Callback answers carry names people chose (a booker's full name may be 128 characters): one over the
 * limit is refused with 400, the tap's spinner never stops and the chat gets "something went wrong".
 * Cut to the limit in UTF-16 units (never more than characters, so within it under either count), never
 * inside a surrogate pair, with an ellipsis. Features keep names short themselves; this is the last guard.
 */
export function callbackAnswerLimit(): Transformer {
  return (prev, method, payload, signal) => {
    const p = payload as { text?: unknown };
    if (method !== "answerCallbackQuery" || typeof p.text !== "string" || p.text.length <= CALLBACK_ANSWER_MAX) return prev(method, payload, signal);
    return prev(method, { ...payload, text: cutWithEllipsis(p.text, CALLBACK_ANSWER_MAX) } as typeof payload, signal);
  };
}
