import type { ChatMember, Message, Update, User } from "grammy/types";
import type { EmulatorContext } from "./context.js";
import type { ChatRecord } from "./chat-state.js";
import { unixNow } from "./timers.js";
import type { ChatRef, ClickButtonParams, SendTextParams, UserRef } from "./types.js";
import { detectEntities, visibleToBot } from "./update-builders.js";

// What a human does in the Telegram app, turned into updates. Mistakes in a test (a button that
// is not there, a reply to a missing message) throw plain Errors rather than API errors.

export function sendText(ctx: EmulatorContext, p: SendTextParams): Update | null {
  const from = ctx.chats.rememberUser(p.from);
  const record = ctx.chats.ensureChat(p.chat, from);
  const repliedTo = p.replyToMessageId === undefined ? undefined : record.messages.get(p.replyToMessageId);
  if (p.replyToMessageId !== undefined && !repliedTo) {
    throw new Error(`sendText: chat ${p.chat.id} has no message ${p.replyToMessageId} to reply to`);
  }
  if (p.threadId !== undefined && ctx.topics.state(p.chat.id, p.threadId) !== "open") {
    throw new Error(`sendText: chat ${p.chat.id} has no open topic ${p.threadId}`);
  }
  const entities = detectEntities(p.text);
  const stored = ctx.chats.addMessage(record, {
    ...(p.threadId === undefined ? {} : { message_thread_id: p.threadId, is_topic_message: true }),
    from,
    fromBot: false,
    date: unixNow(),
    text: p.text,
    entities: entities.length > 0 ? entities : undefined,
    reply_to_message_id: p.replyToMessageId,
  });
  if (!visibleToBot(stored, repliedTo, ctx.botInfo, ctx.privacyMode)) return null;
  return ctx.queue.push({ message: asUpdateMessage(ctx.chats.toTelegram(stored)) });
}

export function clickButton(ctx: EmulatorContext, p: ClickButtonParams): Update {
  if (p.data === undefined && p.text === undefined) throw new Error("clickButton: pass data or text");
  const from = ctx.chats.rememberUser(p.from);
  const message = ctx.chats.find(p.chat.id)?.messages.get(p.messageId);
  if (!message?.fromBot) throw new Error(`clickButton: chat ${p.chat.id} has no bot message ${p.messageId}`);
  const buttons = message.reply_markup?.inline_keyboard.flat() ?? [];
  const button = buttons.find(
    (b) => (p.data === undefined || ("callback_data" in b && b.callback_data === p.data)) && (p.text === undefined || b.text === p.text),
  );
  if (!button) {
    const available = buttons.map((b) => `${JSON.stringify(b.text)}${"callback_data" in b ? ` → ${b.callback_data}` : ""}`);
    throw new Error(
      `clickButton: no button ${JSON.stringify(p.data ?? p.text)} on message ${p.messageId}; available: ${available.join(", ") || "none"}`,
    );
  }
  if (!("callback_data" in button)) throw new Error(`clickButton: button ${JSON.stringify(button.text)} has no callback_data`);
  return ctx.queue.push({
    callback_query: {
      id: ctx.queries.create("callback"),
      from,
      message: ctx.chats.toTelegram(message),
      chat_instance: `ci${Math.abs(p.chat.id)}`,
      data: button.callback_data,
    },
  });
}

export function inlineQuery(ctx: EmulatorContext, p: { from: UserRef; query: string; offset?: string }): Update {
  const from = ctx.chats.rememberUser(p.from);
  return ctx.queue.push({
    inline_query: { id: ctx.queries.create("inline"), from, query: p.query, offset: p.offset ?? "" },
  });
}

/** Makes the supergroup a forum and opens a topic: its id is that of its "topic created" service message. */
export function createForumTopic(ctx: EmulatorContext, chat: ChatRef, name = "Topic"): number {
  const record = ctx.chats.ensureChat(chat);
  if (record.chat.type !== "supergroup") throw new Error(`createForumTopic: chat ${chat.id} is not a supergroup`);
  Object.assign(record.chat, { is_forum: true });
  const threadId = record.nextMessageId;
  const from: User = record.lastSender ?? { id: 777000, is_bot: false, first_name: "Telegram" };
  ctx.chats.addMessage(record, {
    from, fromBot: false, date: unixNow(), message_thread_id: threadId, is_topic_message: true,
    forum_topic_created: { name, icon_color: 7322096 },
  });
  ctx.topics.open(chat.id, threadId);
  return threadId;
}

/** Deleting a topic deletes all its messages, as on Telegram. */
export function deleteForumTopic(ctx: EmulatorContext, chatId: number, threadId: number): void {
  const record = ctx.chats.find(chatId);
  if (!record || ctx.topics.state(chatId, threadId) === undefined) throw new Error(`deleteForumTopic: chat ${chatId} has no topic ${threadId}`);
  for (const m of [...record.messages.values()]) {
    if (m.message_thread_id !== threadId) continue;
    record.messages.delete(m.message_id);
    // Their messages go, they stay members (getChatMember otherwise reads membership from messages written).
    if (!m.fromBot && m.from.id !== 777000) ctx.chats.join(chatId, m.from.id);
  }
  ctx.topics.delete(chatId, threadId);
}

/** A group upgraded to a supergroup: both service messages arrive, whatever the privacy mode. */
export function migrateGroup(ctx: EmulatorContext, oldChat: ChatRef, newChatId: number): void {
  const old = ctx.chats.ensureChat(oldChat);
  const from: User = old.lastSender ?? { id: 777000, is_bot: false, first_name: "Telegram" };
  const next = ctx.chats.migrate(old, newChatId);
  const date = unixNow();
  const goodbye = ctx.chats.addMessage(old, { from, fromBot: false, date, migrate_to_chat_id: newChatId });
  const hello = ctx.chats.addMessage(next, { from, fromBot: false, date, migrate_from_chat_id: oldChat.id });
  ctx.queue.push({ message: asUpdateMessage(ctx.chats.toTelegram(goodbye)) });
  ctx.queue.push({ message: asUpdateMessage(ctx.chats.toTelegram(hello)) });
}

// Messages in groups and private chats are never channel posts, which is what Update["message"] encodes.
function asUpdateMessage(message: Message): NonNullable<Update["message"]> {
  return message as NonNullable<Update["message"]>;
}

/** The bot's own membership of a group changes, as Telegram reports it (my_chat_member). */
function botMembership(ctx: EmulatorContext, chat: ChatRef, by: UserRef, change: (record: ChatRecord) => [ChatMember, ChatMember]): Update {
  const from = ctx.chats.rememberUser(by);
  const record = ctx.chats.ensureChat(chat, from);
  const [oldMember, newMember] = change(record);
  return ctx.queue.push({
    my_chat_member: {
      chat: structuredClone(record.chat) as Extract<typeof record.chat, { type: "group" | "supergroup" }>,
      from, date: unixNow(), old_chat_member: oldMember, new_chat_member: newMember,
    },
  });
}

const botUser = (ctx: EmulatorContext): User => ({ id: ctx.botInfo.id, is_bot: true, first_name: ctx.botInfo.first_name, username: ctx.botInfo.username });

/** Someone adds the bot to a group (left → member). */
export function addBotToGroup(ctx: EmulatorContext, chat: ChatRef, by: UserRef): Update {
  return botMembership(ctx, chat, by, (record) => {
    record.botLeft = false;
    return [{ status: "left", user: botUser(ctx) }, { status: "member", user: botUser(ctx) }];
  });
}

/**
 * Someone removes the bot from a group: "left" in a basic group, "kicked" (banned) in a supergroup,
 * as Telegram reports each; the bot's calls to the chat are refused from then on.
 */
export function removeBotFromGroup(ctx: EmulatorContext, chat: ChatRef, by: UserRef): Update {
  return botMembership(ctx, chat, by, (record) => {
    ctx.chats.markLeft(record);
    const bot = botUser(ctx);
    return [{ status: "member", user: bot }, record.chat.type === "supergroup" ? { status: "kicked", user: bot, until_date: 0 } : { status: "left", user: bot }];
  });
}

/**
 * A callback query with data no button of that message carries, as a modified client could send: the
 * bot must treat callback data as untrusted input.
 */
export function forgeCallback(ctx: EmulatorContext, p: { chat: ChatRef; from: UserRef; messageId: number; data: string }): Update {
  const from = ctx.chats.rememberUser(p.from);
  const message = ctx.chats.find(p.chat.id)?.messages.get(p.messageId);
  if (!message?.fromBot) throw new Error(`forgeCallback: chat ${p.chat.id} has no bot message ${p.messageId}`);
  return ctx.queue.push({
    callback_query: { id: ctx.queries.create("callback"), from, message: ctx.chats.toTelegram(message), chat_instance: `ci${Math.abs(p.chat.id)}`, data: p.data },
  });
}

export type MediaKind = "voice" | "photo" | "sticker" | "document" | "location" | "contact";

/** What the app attaches for each kind: minimal but shaped like Telegram's objects. */
function mediaFields(kind: MediaKind, seq: number, from: User): Record<string, unknown> {
  const file = { file_id: `f${seq}`, file_unique_id: `u${seq}` };
  switch (kind) {
    case "voice": return { voice: { ...file, duration: 3, mime_type: "audio/ogg" } };
    case "photo": return { photo: [{ ...file, width: 320, height: 200 }] };
    case "sticker": return { sticker: { ...file, type: "regular", width: 512, height: 512, is_animated: false, is_video: false } };
    case "document": return { document: { ...file, file_name: "ktp.pdf", mime_type: "application/pdf" } };
    case "location": return { location: { latitude: -6.2, longitude: 106.8 } };
    case "contact": return { contact: { phone_number: "+6281234567890", first_name: from.first_name, user_id: from.id } };
  }
}

/**
 * A message without text (a voice note, a photo with an optional caption, a sticker, a file, a
 * location, a shared contact card). Privacy mode lets it through in groups only as a reply to the bot.
 */
export function sendMedia(ctx: EmulatorContext, p: { chat: ChatRef; from: UserRef; kind: MediaKind; caption?: string; replyToMessageId?: number }): Update | null {
  const from = ctx.chats.rememberUser(p.from);
  const record = ctx.chats.ensureChat(p.chat, from);
  const repliedTo = p.replyToMessageId === undefined ? undefined : record.messages.get(p.replyToMessageId);
  const stored = ctx.chats.addMessage(record, { from, fromBot: false, date: unixNow(), caption: p.caption, reply_to_message_id: p.replyToMessageId });
  if (!visibleToBot(stored, repliedTo, ctx.botInfo, ctx.privacyMode)) return null;
  const message = { ...ctx.chats.toTelegram(stored), ...mediaFields(p.kind, stored.message_id, from) };
  return ctx.queue.push({ message: asUpdateMessage(message as Message) });
}

/** The user edits one of their text messages: an edited_message update (privacy mode as for the original). */
export function editText(ctx: EmulatorContext, p: { chat: ChatRef; from: UserRef; messageId: number; text: string }): Update | null {
  const record = ctx.chats.find(p.chat.id);
  const original = record?.messages.get(p.messageId);
  if (!record || !original || original.fromBot || original.from.id !== p.from.id) throw new Error(`editText: chat ${p.chat.id} has no message ${p.messageId} of user ${p.from.id}`);
  original.text = p.text;
  // Telegram parses the new text's entities again (an edit can make it a /command or a mention).
  const entities = detectEntities(p.text);
  original.entities = entities.length > 0 ? entities : undefined;
  original.edit_date = unixNow();
  const repliedTo = original.reply_to_message_id === undefined ? undefined : record.messages.get(original.reply_to_message_id);
  if (!visibleToBot(original, repliedTo, ctx.botInfo, ctx.privacyMode)) return null;
  return ctx.queue.push({ edited_message: ctx.chats.toTelegram(original) as NonNullable<Update["edited_message"]> });
}
