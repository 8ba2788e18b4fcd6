import type { ChatMember, User } from "grammy/types";
import type { EmulatorContext, MethodHandler } from "./context.js";
import { badRequest } from "./errors.js";
import { findType } from "./spec.js";

/**
 * ChatMemberAdministrator with every right the spec lists set to true (built from the spec so
 * that new required rights appear without code changes), except the ones about the bot itself.
 */
function administrator(user: User): ChatMember {
  const rights: Record<string, boolean> = {};
  for (const field of findType("ChatMemberAdministrator")?.fields ?? []) {
    if (field.types[0] === "Boolean" && field.required) rights[field.name] = true;
  }
  return { ...rights, status: "administrator", user, can_be_edited: false, is_anonymous: false } as ChatMember;
}

function member(ctx: EmulatorContext, chatId: number, userId: number): ChatMember {
  const user = userId === ctx.botInfo.id ? botAsUser(ctx) : ctx.chats.user(userId);
  if (ctx.chats.adminsOf(chatId).includes(userId)) return administrator(user);
  if (ctx.chats.kickedFrom(chatId).includes(userId)) return { status: "kicked", user, until_date: 0 };
  // Like Telegram: someone who never was in the group is "left", not a member (private chats: the two people).
  const record = ctx.chats.find(chatId);
  const present = userId === ctx.botInfo.id || chatId === userId || ctx.chats.joinedTo(chatId).includes(userId) || [...(record?.messages.values() ?? [])].some((m) => !m.fromBot && m.from?.id === userId);
  return present ? { status: "member", user } : { status: "left", user };
}

function botAsUser(ctx: EmulatorContext): User {
  const { id, first_name, username } = ctx.botInfo;
  return { id, is_bot: true, first_name, username };
}

const getChat: MethodHandler = (ctx, p) => {
  const { chat } = ctx.chats.requireChat(p["chat_id"], false);
  return {
    ...chat,
    accent_color_id: 0,
    max_reaction_count: 11,
    accepted_gift_types: {
      unlimited_gifts: false, limited_gifts: false, unique_gifts: false, premium_subscription: false, gifts_from_channels: false,
    },
  };
};

const getChatMember: MethodHandler = (ctx, p) => {
  const { chat } = ctx.chats.requireChat(p["chat_id"], false);
  return member(ctx, chat.id, p["user_id"] as number);
};

const getChatAdministrators: MethodHandler = (ctx, p) => {
  const { chat } = ctx.chats.requireChat(p["chat_id"], false);
  if (chat.type === "private") throw badRequest("there are no administrators in the private chat");
  return ctx.chats.adminsOf(chat.id).map((id) => member(ctx, chat.id, id));
};

const leaveChat: MethodHandler = (ctx, p) => {
  const record = ctx.chats.requireChat(p["chat_id"], false);
  if (record.chat.type === "private") throw badRequest("chat member status can't be changed in private chats");
  ctx.chats.markLeft(record);
  return true;
};

const sendChatAction: MethodHandler = (ctx, p) => {
  ctx.chats.requireChat(p["chat_id"], true);
  return true;
};

const setMessageReaction: MethodHandler = (ctx, p) => {
  const record = ctx.chats.requireChat(p["chat_id"], false);
  if (!record.messages.has(p["message_id"] as number)) throw badRequest("MESSAGE_ID_INVALID");
  return true;
};

export const chatMethods: Record<string, MethodHandler> = {
  getChat, getChatMember, getChatAdministrators, leaveChat, sendChatAction, setMessageReaction,
};
