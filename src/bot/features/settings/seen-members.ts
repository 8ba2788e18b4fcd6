import type { NextFunction } from "grammy";
import type { MessageEntity, User } from "grammy/types";
import type { BotContext } from "../../context.js";
import { isGroup } from "./may-change.js";
import { standingOf } from "../../actor.js";
import type { Standing } from "../../../services/access-policy.js";
import { isPerson } from "../../message-sender.js";

/**
 * Installed before every feature (create-bot.ts), so whoever writes or taps in a group — a /help, a /cek,
 * a button — can be named by username in `/allow @ani` (store/seen-members.ts): Telegram tells a bot
 * nobody's id from a username; and is someone the bot may ask about there (sharing its bookings inline).
 * Telegram's own accounts (an anonymous admin, a channel, an automatic forward) are nobody to name.
 */
export async function noteSeenMember(ctx: BotContext, next: NextFunction): Promise<void> {
  const from = ctx.from;
  // A member's arrival or leaving is chat-lifecycle.ts's to record: its sender may be the one leaving.
  const membershipChange = ctx.chatMember !== undefined || ctx.message?.left_chat_member !== undefined;
  if (!ctx.chat || !isGroup(ctx) || !from || !isPerson(from, ctx.senderChat) || membershipChange) return next();
  // Alongside the update, not ahead of it: the update's own Redis round trips wait for nothing.
  const noting = ctx.deps.seenMembers.note(ctx.chat.id, { id: from.id, name: from.first_name, ...(from.username && { username: from.username }) })
    // Only a way to name her later: the update itself goes on.
    .catch((e: unknown) => ctx.log.warn({ err: e }, "seen member not noted"));
  try {
    await next();
  } finally {
    await noting;
  }
}

/** A member named in a command: `@username` (a mention) or a member picked without one (a text mention). */
export type Named = { username: string } | { user: User };

/**
 * The first member the command's text names (the bot itself never counts). An "@ani" Telegram made no
 * mention of (too short for a username) is still meant as one: it is read, and found or not like any.
 */
export function namedIn(ctx: BotContext): Named | undefined {
  const text = ctx.message?.text ?? "";
  const entities: MessageEntity[] = ctx.message?.entities ?? [];
  const notMe = (username: string) => username.toLowerCase() !== ctx.me.username.toLowerCase();
  for (const e of entities) {
    if (e.type === "text_mention" && isPerson(e.user)) return { user: e.user };
    if (e.type !== "mention") continue;
    const username = text.slice(e.offset + 1, e.offset + e.length);
    if (notMe(username)) return { username };
  }
  const typed = [...text.matchAll(/(?:^|\s)@(\w{1,32})\b/g)].map((m) => m[1]!).find(notMe);
  return typed === undefined ? undefined : { username: typed };
}

/** A member named in a command, as Telegram gives her now, and where she stands in the group. */
export interface NamedMember {
  user: User;
  standing: Standing;
}

/**
 * The member a name stands for: a username when the bot has seen her here under it, a text mention (a
 * picked member) as Telegram gave it; undefined when the name is nobody the bot knows here. Both are
 * asked of Telegram now, so the caller tells someone who has left (standing "outside") from a member:
 * a mention of someone outside the group must not put her on its list for the day someone adds her.
 */
export async function memberNamed(ctx: BotContext, named: Named): Promise<NamedMember | undefined> {
  const chatId = ctx.chat!.id;
  const seen = "user" in named ? undefined : await ctx.deps.seenMembers.named(chatId, named.username);
  const id = "user" in named ? named.user.id : seen?.id;
  if (id === undefined) return undefined;
  const member = await ctx.api.getChatMember(chatId, id).catch(() => undefined);
  // Telegram gives the username it has now: one since changed names someone else, or nobody.
  if (member && "username" in named && member.user.username?.toLowerCase() !== named.username.toLowerCase()) return undefined;
  const standing: Standing = member ? standingOf(member) : "outside";
  // Someone outside is named as the admin picked her (the mention's own user), else as Telegram or the bot last knew her.
  if ("user" in named && standing === "outside") return { user: named.user, standing };
  return { user: member?.user ?? { id, is_bot: false, first_name: seen!.name }, standing };
}
