import type { NextFunction } from "grammy";
import type { MessageEntity, User } from "grammy/types";
import type { BotContext } from "../../context.js";
import { isGroup } from "./may-change.js";

/**
 * Members a group's bot has seen (a message or a tap of theirs), by username: what `/allow @ani` is read
 * against. Telegram tells a bot nobody's id from a username, so a username nobody here has used with
 * the bot can't be named that way (the admin is told to reply to one of her messages instead).
 * Kept through the session storage (store/grammy-storage.ts) under keys of their own, for as long as
 * sessions are (a year), and checked against Telegram when used: a username since given up or taken by
 * someone else, or a member who left, names nobody.
 */
export interface SeenMember {
  id: number;
  name: string;
}

/** What this process already wrote, so a member's every message costs no write: `<prefix><chat>:<user>` → username. */
const written = new Map<string, string>();
const MAX_WRITTEN = 50_000;

const keyOf = (ctx: BotContext, chatId: number, username: string) => `${ctx.deps.storage.sessionPrefix}member:${chatId}:${username.toLowerCase()}`;

export async function noteSeenMember(ctx: BotContext, next: NextFunction): Promise<void> {
  const from = ctx.from;
  if (ctx.chat && isGroup(ctx) && from?.username && !from.is_bot) {
    const mark = `${ctx.deps.storage.sessionPrefix}${ctx.chat.id}:${from.id}`;
    if (written.get(mark) !== from.username) {
      try {
        await ctx.deps.storage.session<SeenMember>().write(keyOf(ctx, ctx.chat.id, from.username), { id: from.id, name: from.first_name });
        if (written.size >= MAX_WRITTEN) written.clear();
        written.set(mark, from.username);
      } catch (e) {
        // Only a way to name her later: the update itself goes on.
        ctx.log.warn({ err: e }, "seen member not noted");
      }
    }
  }
  await next();
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
    if (e.type === "text_mention" && !e.user.is_bot) return { user: e.user };
    if (e.type !== "mention") continue;
    const username = text.slice(e.offset + 1, e.offset + e.length);
    if (notMe(username)) return { username };
  }
  const typed = [...text.matchAll(/(?:^|\s)@(\w{1,32})\b/g)].map((m) => m[1]!).find(notMe);
  return typed === undefined ? undefined : { username: typed };
}

/** The member a name stands for, when the bot has seen her here and she is still in the group under it. */
export async function memberNamed(ctx: BotContext, named: Named): Promise<User | undefined> {
  const chatId = ctx.chat!.id;
  if ("user" in named) return named.user;
  const seen = await ctx.deps.storage.session<SeenMember>().read(keyOf(ctx, chatId, named.username));
  if (!seen) return undefined;
  const member = await ctx.api.getChatMember(chatId, seen.id).catch(() => undefined);
  const inGroup = member && (member.status === "member" || member.status === "administrator" || member.status === "creator" || (member.status === "restricted" && member.is_member));
  // Telegram gives the username it has now: one since changed names someone else, or nobody.
  if (!inGroup || member.user.username?.toLowerCase() !== named.username.toLowerCase()) return undefined;
  return member.user;
}
