import type { BotContext } from "../../context.js";
import type { AccountStore } from "../../../store/accounts/account-store.js";
import { escapeHtml } from "../../../presenters/html.js";
import { isGroupChat, linkedAccounts, maskUsername, privateChatButton } from "./linked.js";

const OFF = new Set(["off", "default", "mati", "bawaan"]);

/**
 * /settings account [off] in a group (the settings feature has already checked the sender is an admin):
 * the group uses the admin's own linked login, or goes back to the default account.
 */
export async function settingsAccount(ctx: BotContext, arg: string | undefined): Promise<void> {
  const accounts = linkedAccounts(ctx);
  const store = accounts?.store;
  if (!isGroupChat(ctx)) {
    if (store && arg && OFF.has(arg.toLowerCase())) return stopGroups(ctx, store);
    return void (await ctx.reply(ctx.t("account-settings-private"), { parse_mode: "HTML" }));
  }
  if (!accounts?.canLink || !store) return void (await ctx.reply(ctx.t(store ? "account-no-mmbc" : "account-key-missing"), { parse_mode: "HTML" }));
  const chatId = ctx.chat!.id;
  if (arg && OFF.has(arg.toLowerCase())) {
    await store.unlinkChat(chatId);
    return void (await ctx.reply(ctx.t("account-settings-off"), { parse_mode: "HTML" }));
  }
  const from = ctx.from!;
  const record = await store.load(from.id);
  const credentials = record && store.open(record);
  if (!record || !credentials) {
    return void (await ctx.reply(ctx.t("account-settings-none"), { parse_mode: "HTML", reply_markup: privateChatButton(ctx, "login") }));
  }
  const title = "title" in ctx.chat! ? ctx.chat.title : undefined;
  await store.linkChat(chatId, { id: record.id, by: from.id, name: from.first_name, ...(title !== undefined && { title }) });
  ctx.log.info({ account: record.id }, "group linked to an account");
  await ctx.reply(ctx.t("account-settings-linked", { name: escapeHtml(from.first_name), username: escapeHtml(maskUsername(credentials.username)) }), { parse_mode: "HTML" });
}

/**
 * `/settings account off` in private: the owner takes her account back from every group using it (one she
 * was removed from included: its admins can't be relied on to unlink it). Each group is told it is back
 * on its default account.
 */
async function stopGroups(ctx: BotContext, store: AccountStore): Promise<void> {
  const record = await store.load(ctx.from!.id);
  const using = record ? await store.chatsUsing(record.id) : [];
  const stopped: string[] = [];
  for (const { chatId } of using) {
    const link = await store.endChatLink(chatId, record!.id);
    if (!link) continue;
    stopped.push(escapeHtml(groupName(link.title, chatId)));
    await ctx.api.sendMessage(chatId, ctx.t("account-link-stopped-by-owner", { name: escapeHtml(link.name) }), { parse_mode: "HTML" })
      .catch((e: unknown) => ctx.log.warn({ err: e }, "group not told its linked account was taken back"));
  }
  if (stopped.length) ctx.log.info({ account: record!.id, groups: stopped.length }, "owner unlinked her account from groups");
  await ctx.reply(stopped.length ? ctx.t("account-groups-unlinked", { groups: stopped.join(", ") }) : ctx.t("account-groups-none"), { parse_mode: "HTML" });
}

/** A group as its owner's private chat names it: its title when the link kept one. */
export const groupName = (title: string | undefined, chatId: number) => title ?? String(chatId);
