import { GrammyError, type Api } from "grammy";
import type { ChatMember } from "grammy/types";
import type { Logger } from "pino";
import type { Actor, GroupMembers, Standing } from "../services/access-policy.js";
import { announceLinkEnded } from "./link-ended-notice.js";

interface ActorSource {
  api: Api;
  chat?: { id: number; type: string; title?: string };
  from?: { id: number };
  senderChat?: { id: number };
  /** A context's: what the group is told when its linked account ends (absent: the link ends unsaid). */
  t?: (key: string, vars?: Record<string, string | number>) => string;
  log?: Logger;
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
  if (chat.type === "private") return { userId, chat: { id: chat.id, type: chat.type }, standing };
  return { userId, chat: { id: chat.id, type: chat.type }, standing, group: groupMembers(ctx, chat) };
}

/** Other members of the actor's group, each asked of Telegram at most once per update. */
function groupMembers(ctx: ActorSource, chat: { id: number; title?: string }): GroupMembers {
  const asked = new Map<number, Promise<Standing>>();
  return {
    standingOf: (userId) => {
      let standing = asked.get(userId);
      if (!standing) asked.set(userId, (standing = groupStanding(ctx.api, chat.id, userId)));
      return standing;
    },
    linkEnded: async (link) => {
      if (ctx.t && ctx.log) await announceLinkEnded(ctx.api, ctx.t, ctx.log, chat, link);
    },
  };
}

/** Inline queries have no chat: they act as the person's own private chat, and only that. */
export function privateActorOf(userId: number): Actor {
  return { userId, chat: { id: userId, type: "private" }, standing: async () => "member" };
}
