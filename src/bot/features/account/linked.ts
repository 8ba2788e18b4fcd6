import { InlineKeyboard } from "grammy";
import { LinkedAccounts } from "../../../accounts/linked-accounts.js";
import type { BotContext } from "../../context.js";

/** The deps carry the port; the account commands need the linked-accounts implementation behind it. */
export function linkedAccounts(ctx: BotContext): LinkedAccounts | undefined {
  return ctx.deps.accounts instanceof LinkedAccounts ? ctx.deps.accounts : undefined;
}

export const isGroupChat = (ctx: BotContext) => ctx.chat?.type === "group" || ctx.chat?.type === "supergroup";

/** A button opening the private chat with the bot, starting `payload` there. */
export function privateChatButton(ctx: BotContext, payload: "login" | "resetpassword"): InlineKeyboard {
  return new InlineKeyboard().url(ctx.t("account-open-private"), `https://t.me/${ctx.me.username}?start=${payload}`);
}

/** Shows the start of a username (enough to recognise it), never all of it. */
export function maskUsername(username: string): string {
  if (username.length <= 3) return `${username.slice(0, 1)}***`;
  const shown = username.length <= 6 ? 1 : 2;
  return `${username.slice(0, shown)}${"*".repeat(Math.min(6, username.length - shown - 1))}${username.slice(-1)}`;
}

/**
 * A message holding a secret goes at once; when Telegram refuses (in a group the bot may lack the right),
 * the person is asked to delete it, and in a group also to change the password: its members saw it.
 */
export async function deleteSecret(ctx: BotContext): Promise<void> {
  try {
    await ctx.deleteMessage();
  } catch {
    ctx.log.warn("could not delete a message holding a password");
    await ctx.reply(ctx.t(isGroupChat(ctx) ? "account-delete-failed-group" : "account-delete-failed"), { parse_mode: "HTML" });
  }
}
