import type { BotContext } from "../../context.js";
import { escapeHtml } from "../../../presenters/html.js";
import { isGroupChat, linkedAccounts, maskUsername } from "./linked.js";
import { actorOf } from "../../actor.js";
import { deniedText } from "../booking/access-replies.js";

const modeKey = (sandbox: boolean | undefined) => (sandbox ? "account-mode-sandbox" : "account-mode-live");

/** /account: which provider account this chat uses, whose it is, and sandbox or live. */
export async function accountText(ctx: BotContext): Promise<string> {
  const accounts = linkedAccounts(ctx);
  const { mmbc, tiket } = ctx.deps.providers;
  const linked = await accounts?.describe(ctx.chat!, ctx.from!.id);
  const lines = [ctx.t("account-title")];
  if (linked) {
    const whose = linked.ownerId === ctx.from!.id ? ctx.t("account-whose-you") : ctx.t("account-whose-admin", { name: escapeHtml(linked.linkedBy ?? "-") });
    lines.push(ctx.t("account-linked", { username: escapeHtml(maskUsername(linked.credentials.username)), whose, mode: ctx.t(modeKey(mmbc?.sandbox)) }));
  } else if (mmbc) {
    // The bot's own account is named only to those who may use it; anyone else is told how to get one.
    const access = await ctx.deps.access.access(actorOf(ctx));
    lines.push(access.ok ? ctx.t("account-default", { mode: ctx.t(modeKey(mmbc.sandbox)) }) : deniedText(ctx, access.reason));
  }
  if (tiket) lines.push(ctx.t("account-tiket", { mode: ctx.t(modeKey(tiket.sandbox)) }));
  lines.push(ctx.t(isGroupChat(ctx) ? "account-hint-group" : "account-hint-private"));
  return lines.join("\n");
}
