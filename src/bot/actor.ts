import { GrammyError, type Api } from "grammy";
import type { ChatMember } from "grammy/types";
import type { Actor, Standing } from "../services/access-policy.js";

interface ActorSource {
  api: Api;
  chat?: { id: number; type: string };
  from?: { id: number };
  senderChat?: { id: number };
}

/** `restricted` members are still in the group; `left` and `kicked` are not. */
export function standingOf(m: ChatMember): Standing {
  if (m.status === "creator" || m.status === "administrator") return "admin";
  return m.status === "member" || (m.status === "restricted" && m.is_member) ? "member" : "outside";
}

/**
 * Where this person stands in the group now, asked of Telegram and never cached across updates: an admin
 * demoted or a member removed a minute ago must not still spend the deposit or read its bookings. A group
 * the bot can no longer ask about (it left, or the group moved) vouches for nobody.
 */
export async function groupStanding(api: Api, chatId: number, userId: number): Promise<Standing> {
  try {
    return standingOf(await api.getChatMember(chatId, userId));
  } catch (e) {
    if (e instanceof GrammyError) return "outside";
    throw e;
  }
}

export async function isGroupAdmin(api: Api, chatId: number, userId: number): Promise<boolean> {
  return (await groupStanding(api, chatId, userId)) === "admin";
}

/** Asked at most once per update however many checks one action makes (read, then spend). */
function once<T>(f: () => Promise<T>): () => Promise<T> {
  let p: Promise<T> | undefined;
  return () => (p ??= f());
}

/** Who acts and where, for the use cases. Only called on updates that have a chat and a sender. */
export function actorOf(ctx: ActorSource): Actor {
  const chat = ctx.chat!;
  const userId = ctx.from!.id;
  // An admin writing "as the group" (GroupAnonymousBot, sender_chat = the group): only admins can.
  const anonymousAdmin = ctx.senderChat !== undefined && ctx.senderChat.id === chat.id;
  const standing = chat.type === "private" ? async (): Promise<Standing> => "member" : once(() => (anonymousAdmin ? Promise.resolve<Standing>("admin") : groupStanding(ctx.api, chat.id, userId)));
  return { userId, chat: { id: chat.id, type: chat.type }, standing };
}

/** Inline queries have no chat: they act as the person's own private chat, and only that. */
export function privateActorOf(userId: number): Actor {
  return { userId, chat: { id: userId, type: "private" }, standing: async () => "member" };
}
