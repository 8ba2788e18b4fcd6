import type { Api } from "grammy";
import type { Logger } from "pino";
import type { EndedLink } from "../domain/account-port.js";
import { escapeHtml } from "../presenters/html.js";

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
