import type { Transformer } from "grammy";
import { isTopicGoneRefusal } from "./topic-fallback.js";

/** Calls that post into a chat and take a `message_thread_id`. */
const POSTS = new Set([
  "sendMessage", "sendPhoto", "sendDocument", "sendVideo", "sendAnimation", "sendAudio", "sendVoice", "sendVideoNote",
  "sendMediaGroup", "sendLocation", "sendVenue", "sendContact", "sendPoll", "sendDice", "sendSticker", "sendChatAction",
  "copyMessage", "copyMessages", "forwardMessage", "forwardMessages",
]);

/** The member an answer is for: named at the top of a post moved to General, where no reply points at them. */
export interface Member {
  id: number;
  first_name: string;
}

type PostPayload = { chat_id?: number | string; message_thread_id?: number; text?: string; parse_mode?: string; entities?: { offset: number }[]; reply_parameters?: unknown; reply_to_message_id?: unknown };

/**
 * In a forum supergroup an update asked in a topic is answered in that topic. grammY's `ctx.reply` adds
 * the thread itself, but the flows post with `api.sendMessage` (a question, the results, "typing…"), and
 * a reply's topic follows the message it replies to only while that message still exists: a deleted
 * one (the reply is sent without it) would put the answer in General. Any post to the same chat without
 * a thread of its own gets the update's.
 *
 * A topic an admin closed (or deleted) mid-flow refuses the post (400 TOPIC_CLOSED, "message thread not
 * found"): that post, and every later one of the update, goes to General instead, as the worker's do
 * (topic-fallback.ts), without the reply (a reply lands in its message's topic) and naming `member`,
 * so they see it is theirs. A refused post posted nothing, so nothing arrives twice.
 */
export function keepTopic(chatId: number, threadId: number, member?: Member): Transformer {
  let gone = false;
  return async (prev, method, payload, signal) => {
    const p = payload as PostPayload | undefined;
    const ours = p && POSTS.has(method) && String(p.chat_id) === String(chatId) && (p.message_thread_id === undefined || p.message_thread_id === threadId);
    if (!p || !ours) return prev(method, payload, signal);
    // "typing…" in General would say nothing to anyone.
    const toGeneral = () => (method === "sendChatAction" ? prev(method, payload, signal) : prev(method, inGeneral(p, member) as typeof payload, signal));
    if (gone) return toGeneral();
    const res = await prev(method, { ...p, message_thread_id: threadId } as typeof payload, signal);
    if (res.ok || !isTopicGoneRefusal(res)) return res;
    gone = true;
    return toGeneral();
  };
}

/** A post meant for a topic that is gone, for General: no thread, no reply, and the member named first. */
function inGeneral(p: PostPayload, member: Member | undefined): PostPayload {
  const { message_thread_id: _thread, reply_parameters: _reply, reply_to_message_id: _replyTo, ...rest } = p;
  if (!member || typeof rest.text !== "string") return rest;
  if (rest.parse_mode === "HTML") return { ...rest, text: `<a href="tg://user?id=${member.id}">${escapeHtml(member.first_name)}</a>:\n${rest.text}` };
  if (rest.parse_mode !== undefined) return rest;
  const name = `${member.first_name}:\n`;
  const mention = { type: "text_mention", offset: 0, length: member.first_name.length, user: { id: member.id, is_bot: false, first_name: member.first_name } };
  return { ...rest, text: name + rest.text, entities: [mention, ...(rest.entities ?? []).map((e) => ({ ...e, offset: e.offset + name.length }))] };
}

const escapeHtml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** The topic an update was sent in (a message, or the message of a tapped button), if any. */
export function topicOf(msg: { is_topic_message?: boolean; message_thread_id?: number; chat: { id: number } } | undefined): { chatId: number; threadId: number } | undefined {
  return msg?.is_topic_message && msg.message_thread_id !== undefined ? { chatId: msg.chat.id, threadId: msg.message_thread_id } : undefined;
}
