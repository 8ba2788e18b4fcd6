import type { Api } from "grammy";
import type { Actor } from "../services/access-policy.js";
import type { ChatAdminsCache } from "../store/chat-admins.js";

interface ActorSource {
  api: Api;
  chat?: { id: number; type: string };
  from?: { id: number };
  deps: { chatAdmins: ChatAdminsCache };
}

/** A group's administrators from Telegram, cached briefly (every spending check in a group asks). */
export async function groupAdmins(ctx: Pick<ActorSource, "api" | "deps">, chatId: number): Promise<number[]> {
  const cached = await ctx.deps.chatAdmins.get(chatId);
  if (cached) return cached;
  const admins = (await ctx.api.getChatAdministrators(chatId)).filter((m) => !m.user.is_bot).map((m) => m.user.id);
  await ctx.deps.chatAdmins.set(chatId, admins);
  return admins;
}

/** Who acts and where, for the use cases. Only called on updates that have a chat and a sender. */
export function actorOf(ctx: ActorSource): Actor {
  const chat = ctx.chat!;
  return { userId: ctx.from!.id, chat: { id: chat.id, type: chat.type }, admins: () => groupAdmins(ctx, chat.id) };
}

/** Inline queries have no chat: they act as the person's own private chat, and only that. */
export function privateActorOf(ctx: Pick<ActorSource, "api" | "deps">, userId: number): Actor {
  return { userId, chat: { id: userId, type: "private" }, admins: async () => [] };
}
