import type { BotContext } from "../../context.js";
import { escapeHtml } from "../../../presenters/html.js";
import { isGroupChat, linkedAccounts, maskUsername } from "./linked.js";
import { actorOf } from "../../actor.js";
import { deniedText } from "../booking/access-replies.js";
import { groupName } from "./group-link.js";

const modeKey = (sandbox: boolean | undefined) => (sandbox ? "account-mode-sandbox" : "account-mode-live");

/** /account: which provider account this chat uses, whose it is, and sandbox or live. */
export async function accountText(ctx: BotContext): Promise<string> {
  const accounts = linkedAccounts(ctx);
  const { mmbc, tiket } = ctx.deps.providers;
  // In a group, a linked account whose owner has left ends here (AccessPolicy.linkFor) rather than being named.
  if (isGroupChat(ctx)) await ctx.deps.access.linkFor(actorOf(ctx));
  const linked = await accounts?.describe(ctx.chat!, ctx.from!.id);
  const lines = [ctx.t("account-title")];
  if (linked) {
    const whose = linked.ownerId === ctx.from!.id ? ctx.t("account-whose-you") : ctx.t("account-whose-admin", { name: escapeHtml(linked.linkedBy ?? "-") });
    lines.push(ctx.t("account-linked", { username: escapeHtml(maskUsername(linked.credentials.username)), whose, mode: ctx.t(modeKey(mmbc?.sandbox)) }));
    // Her own account in private: which groups spend her deposit, so she can stop one she no longer trusts.
    const using = !isGroupChat(ctx) && accounts?.store ? await accounts.store.chatsUsing(linked.id) : [];
    if (using.length) lines.push(ctx.t("account-used-in-groups", { groups: using.map((u) => `<b>${escapeHtml(groupName(u.link.title, u.chatId))}</b>`).join(", ") }));
  } else if (mmbc) {
    // The bot's own account is named only to those who may use it; anyone else is told how to get one.
    const access = await ctx.deps.access.access(actorOf(ctx));
    lines.push(access.ok ? ctx.t("account-default", { mode: ctx.t(modeKey(mmbc.sandbox)) }) : deniedText(ctx, access.reason));
  }
  if (tiket) lines.push(ctx.t("account-tiket", { mode: ctx.t(modeKey(tiket.sandbox)) }));
  lines.push(ctx.t(isGroupChat(ctx) ? "account-hint-group" : "account-hint-private"));
  return lines.join("\n");
}
