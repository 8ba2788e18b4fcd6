import type { Api } from "grammy";
import type { Actor } from "../services/access-policy.js";

interface ActorSource {
  api: Api;
  chat?: { id: number; type: string };
  from?: { id: number };
}

/**
 * Whether this person administers the group, asked of Telegram each time and never cached: only money
 * and settings ask, both rare, and an admin demoted a minute ago must not still spend the deposit.
 */
export async function isGroupAdmin(api: Api, chatId: number, userId: number): Promise<boolean> {
  const member = await api.getChatMember(chatId, userId);
  return member.status === "creator" || member.status === "administrator";
}

/** Who acts and where, for the use cases. Only called on updates that have a chat and a sender. */
export function actorOf(ctx: ActorSource): Actor {
  const chat = ctx.chat!;
  const userId = ctx.from!.id;
  return { userId, chat: { id: chat.id, type: chat.type }, isAdmin: () => isGroupAdmin(ctx.api, chat.id, userId) };
}

/** Inline queries have no chat: they act as the person's own private chat, and only that. */
export function privateActorOf(userId: number): Actor {
  return { userId, chat: { id: userId, type: "private" }, isAdmin: async () => false };
}
