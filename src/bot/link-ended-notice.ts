import type { Api } from "grammy";
import type { Logger } from "pino";
import type { EndedLink } from "../domain/account-port.js";
import { escapeHtml } from "../presenters/html.js";
import type { UnlinkedChat } from "../store/accounts/account-store.js";
import type { BotContext } from "./context.js";

type Translate = (key: string, vars?: Record<string, string | number>) => string;

/**
 * A group's link to an agent's own MMBC account ended because she left it (services/linked-owner-left.ts):
 * the group learns it is back on its default account, so nobody assumes her deposit still pays; she learns
 * her deposit is no longer spent there, in private when the bot can reach her (she may never have started it).
 * Said in the language of the update that found it.
 */
export async function announceLinkEnded(api: Api, t: Translate, log: Logger, group: { id: number; title?: string }, link: EndedLink): Promise<void> {
  log.info({ account: link.account, ownerId: link.ownerId }, "linked account's owner left the group: link ended");
  const name = escapeHtml(link.name);
  await api.sendMessage(group.id, t("account-link-owner-left", { name }), { parse_mode: "HTML" })
    .catch((e: unknown) => log.warn({ err: e }, "linked-account end notice not sent to the group"));
  await api.sendMessage(link.ownerId, t("account-link-owner-left-private", { group: escapeHtml(group.title ?? String(group.id)) }), { parse_mode: "HTML" })
    .catch(() => log.info("linked-account end notice not sent to its owner (no private chat with the bot)"));
}

/**
 * Her login ended (/logout, or /login with another username): each group that spent her deposit through it
 * is told it is back on its default account, so nobody there assumes her deposit still pays. In the group's
 * own language, or hers when the group has none.
 */
export async function announceLoginEnded(ctx: BotContext, unlinked: readonly UnlinkedChat[], why: "logout" | "relogin"): Promise<void> {
  const own = await ctx.i18n.getLocale();
  for (const { chatId, link } of unlinked) {
    const locale = (await ctx.deps.chatSettings.get(chatId).catch(() => undefined))?.locale ?? own;
    const text = ctx.i18n.fluent.translate(locale, `account-link-owner-${why}`, { name: escapeHtml(link.name) });
    await ctx.api.sendMessage(chatId, text, { parse_mode: "HTML" })
      .catch((e: unknown) => ctx.log.warn({ err: e }, "login-ended notice not sent to a group that used it"));
  }
}
