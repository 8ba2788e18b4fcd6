import type { InlineKeyboardMarkup, User } from "grammy/types";
import type { ChatRecord } from "./chat-state.js";
import type { EmulatorContext } from "./context.js";
import { badRequest } from "./errors.js";
import type { StoredMessage } from "./types.js";
import { isPlainObject } from "./validate-value.js";

export function botUser(ctx: EmulatorContext): User {
  const { id, first_name, username } = ctx.botInfo;
  return { id, is_bot: true, first_name, username };
}

/** Only inline keyboards become part of a Message; reply keyboards live in the client. */
export function inlineMarkup(markup: unknown): InlineKeyboardMarkup | undefined {
  return isPlainObject(markup) && Array.isArray(markup["inline_keyboard"])
    ? (structuredClone(markup) as unknown as InlineKeyboardMarkup)
    : undefined;
}

/** Resolves reply_parameters to a message id in the target chat (or its own chat_id). */
export function replyTarget(ctx: EmulatorContext, record: ChatRecord, params: unknown): number | undefined {
  if (!isPlainObject(params)) return undefined;
  const chat = params["chat_id"] === undefined ? record : ctx.chats.requireChat(params["chat_id"], false);
  const id = params["message_id"] as number;
  if (chat.messages.has(id)) return chat === record ? id : undefined;
  if (params["allow_sending_without_reply"] === true) return undefined;
  throw badRequest("message to be replied not found");
}

/**
 * Where a bot's post lands in a forum (its topic fields), or Telegram's refusal when that topic was deleted
 * or closed. Checked before anything is stored: a refused post posts nothing.
 */
export function postTopic(ctx: EmulatorContext, record: ChatRecord, p: Record<string, unknown>): Pick<StoredMessage, "message_thread_id" | "is_topic_message"> {
  const params = p["reply_parameters"];
  const repliedId = isPlainObject(params) && params["chat_id"] === undefined ? params["message_id"] : undefined;
  const replied = typeof repliedId === "number" ? record.messages.get(repliedId) : undefined;
  const botIsAdmin = ctx.chats.adminsOf(record.chat.id).includes(ctx.botInfo.id);
  const thread = ctx.topics.postTarget(record, p["message_thread_id"], replied?.message_thread_id, botIsAdmin);
  return thread === undefined ? {} : { message_thread_id: thread, is_topic_message: true };
}

/** A message the bot may edit: it must exist and be the bot's own. */
export function botMessage(ctx: EmulatorContext, chatId: unknown, messageId: unknown): StoredMessage {
  const record = ctx.chats.requireChat(chatId, false);
  const message = record.messages.get(messageId as number);
  if (!message?.fromBot) throw badRequest("message to edit not found");
  return message;
}

export function rejectInlineMessage(p: Record<string, unknown>): void {
  // The emulator never creates inline messages, so any inline_message_id is unknown.
  if (p["inline_message_id"] !== undefined) throw badRequest("MESSAGE_ID_INVALID");
}

export const notModified = () =>
  badRequest(
    "message is not modified: specified new message content and reply markup are exactly the same " +
      "as a current content and reply markup of the message",
  );

/** Empty entity lists are omitted from Telegram's messages. */
export function nonEmpty<T>(list: T[] | undefined): T[] | undefined {
  return list && list.length > 0 ? list : undefined;
}
