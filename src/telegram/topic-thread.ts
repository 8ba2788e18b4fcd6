import type { Transformer } from "grammy";

/** Calls that post into a chat and take a `message_thread_id`. */
const POSTS = new Set([
  "sendMessage", "sendPhoto", "sendDocument", "sendVideo", "sendAnimation", "sendAudio", "sendVoice", "sendVideoNote",
  "sendMediaGroup", "sendLocation", "sendVenue", "sendContact", "sendPoll", "sendDice", "sendSticker", "sendChatAction",
  "copyMessage", "copyMessages", "forwardMessage", "forwardMessages",
]);

/**
 * In a forum supergroup an update asked in a topic is answered in that topic. grammY's `ctx.reply` adds
 * the thread itself, but the flows post with `api.sendMessage` (a question, the results, "typing…"), and
 * a reply's topic follows the message it replies to only while that message still exists: a deleted
 * one (the reply is sent without it) would put the answer in General. Any post to the same chat without
 * a thread of its own gets the update's.
 */
export function keepTopic(chatId: number, threadId: number): Transformer {
  return (prev, method, payload, signal) => {
    const p = payload as { chat_id?: number | string; message_thread_id?: number } | undefined;
    if (p && POSTS.has(method) && p.message_thread_id === undefined && String(p.chat_id) === String(chatId)) {
      return prev(method, { ...p, message_thread_id: threadId } as typeof payload, signal);
    }
    return prev(method, payload, signal);
  };
}

/** The topic an update was sent in (a message, or the message of a tapped button), if any. */
export function topicOf(msg: { is_topic_message?: boolean; message_thread_id?: number; chat: { id: number } } | undefined): { chatId: number; threadId: number } | undefined {
  return msg?.is_topic_message && msg.message_thread_id !== undefined ? { chatId: msg.chat.id, threadId: msg.message_thread_id } : undefined;
}
