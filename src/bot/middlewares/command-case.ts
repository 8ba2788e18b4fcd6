import type { MiddlewareFn } from "grammy";
import type { MessageEntity } from "grammy/types";
import type { BotContext } from "../context.js";

/**
 * The command a message starts with, as grammY's `command()` reads one: a bot_command entity at offset
 * 0, meant for this bot ("/cek", "/cek@ThisBot"; never "/start@OtherBot" in a group).
 */
export function ownCommandEntity(ctx: Pick<BotContext, "message" | "me">): MessageEntity | undefined {
  const text = ctx.message?.text;
  const entity = ctx.message?.entities?.find((e) => e.type === "bot_command" && e.offset === 0);
  if (!text || !entity) return undefined;
  const target = text.slice(1, entity.length).split("@")[1];
  return target === undefined || target.toLowerCase() === ctx.me.username.toLowerCase() ? entity : undefined;
}

/**
 * "/Search", "/CARI", "/Status ABC123": a phone's auto-capital or caps lock. grammY matches a command's
 * name case-sensitively against the message text, and the conversations read that same update, so the
 * command word is lower-cased here, once, before anything reads it; "@BotName" and the arguments stay
 * as typed. Telegram takes only lower-case command names (setMyCommands), so none of ours changes meaning.
 */
export const commandCase: MiddlewareFn<BotContext> = (ctx, next) => {
  const message = ctx.update.message;
  const entity = message && ownCommandEntity(ctx);
  if (message?.text && entity) {
    const name = message.text.slice(1, entity.length).split("@")[0]!;
    // ASCII only, as command names are: the text keeps its length, so every entity's offset holds.
    const lower = name.replace(/[A-Z]/g, (c) => c.toLowerCase());
    if (lower !== name) message.text = `/${lower}${message.text.slice(1 + name.length)}`;
  }
  return next();
};
