import type { BotContext } from "../../context.js";
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
  if (!isGroupChat(ctx)) return void (await ctx.reply(ctx.t("account-settings-private"), { parse_mode: "HTML" }));
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
  await store.linkChat(chatId, { id: record.id, by: from.id, name: from.first_name });
  ctx.log.info({ account: record.id }, "group linked to an account");
  await ctx.reply(ctx.t("account-settings-linked", { name: escapeHtml(from.first_name), username: escapeHtml(maskUsername(credentials.username)) }), { parse_mode: "HTML" });
}
