import { isDeepStrictEqual } from "node:util";
import type { MethodHandler } from "./context.js";
import { badRequest } from "./errors.js";
import { formatCaption, formatMessageText } from "./formatted-text.js";
import {
  botMessage, botUser, inlineMarkup, nonEmpty, notModified, postTopic, rejectInlineMessage, replyTarget,
} from "./message-helpers.js";
import { unixNow } from "./timers.js";

const sendMessage: MethodHandler = (ctx, p) => {
  const record = ctx.chats.requireChat(p["chat_id"], true);
  const topic = postTopic(ctx, record, p);
  const { text, entities } = formatMessageText(p["text"], p["parse_mode"], p["entities"]);
  const stored = ctx.chats.addMessage(record, {
    ...topic,
    from: botUser(ctx),
    fromBot: true,
    date: unixNow(),
    text,
    entities: nonEmpty(entities),
    reply_markup: inlineMarkup(p["reply_markup"]),
    reply_to_message_id: replyTarget(ctx, record, p["reply_parameters"]),
  });
  return ctx.chats.toTelegram(stored);
};

const editMessageText: MethodHandler = (ctx, p) => {
  rejectInlineMessage(p);
  const message = botMessage(ctx, p["chat_id"], p["message_id"]);
  if (message.text === undefined) throw badRequest("there is no text in the message to edit");
  const { text, entities } = formatMessageText(p["text"], p["parse_mode"], p["entities"]);
  // Leaving reply_markup out of an edit removes the keyboard, as on Telegram.
  const markup = inlineMarkup(p["reply_markup"]);
  const same =
    text === message.text &&
    isDeepStrictEqual(entities, message.entities ?? []) &&
    isDeepStrictEqual(markup, message.reply_markup);
  if (same) throw notModified();
  Object.assign(message, { text, entities: nonEmpty(entities), reply_markup: markup, edit_date: unixNow() });
  return ctx.chats.toTelegram(message);
};

const editMessageCaption: MethodHandler = (ctx, p) => {
  rejectInlineMessage(p);
  const message = botMessage(ctx, p["chat_id"], p["message_id"]);
  if (!message.document && !message.photo) throw badRequest("there is no caption in the message to edit");
  const caption = formatCaption(p["caption"], p["parse_mode"], p["caption_entities"]);
  const markup = inlineMarkup(p["reply_markup"]);
  const same =
    caption?.text === message.caption &&
    isDeepStrictEqual(caption?.entities ?? [], message.caption_entities ?? []) &&
    isDeepStrictEqual(markup, message.reply_markup);
  if (same) throw notModified();
  Object.assign(message, {
    caption: caption?.text,
    caption_entities: nonEmpty(caption?.entities),
    reply_markup: markup,
    edit_date: unixNow(),
  });
  return ctx.chats.toTelegram(message);
};

const editMessageReplyMarkup: MethodHandler = (ctx, p) => {
  rejectInlineMessage(p);
  const message = botMessage(ctx, p["chat_id"], p["message_id"]);
  const markup = inlineMarkup(p["reply_markup"]);
  if (isDeepStrictEqual(markup, message.reply_markup)) throw notModified();
  Object.assign(message, { reply_markup: markup, edit_date: unixNow() });
  return ctx.chats.toTelegram(message);
};

const deleteMessage: MethodHandler = (ctx, p) => {
  const record = ctx.chats.requireChat(p["chat_id"], false);
  if (!record.messages.delete(p["message_id"] as number)) throw badRequest("message to delete not found");
  return true;
};

const deleteMessages: MethodHandler = (ctx, p) => {
  const record = ctx.chats.requireChat(p["chat_id"], false);
  for (const id of p["message_ids"] as number[]) record.messages.delete(id);
  return true;
};

export const messageMethods: Record<string, MethodHandler> = {
  sendMessage, editMessageText, editMessageCaption, editMessageReplyMarkup, deleteMessage, deleteMessages,
};
