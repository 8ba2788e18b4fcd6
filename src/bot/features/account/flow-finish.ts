import type { AccountFlow } from "../../../store/accounts/flow-store.js";
import type { LinkedAccounts } from "../../../accounts/linked-accounts.js";
import { isProviderError, type ProviderError } from "../../../domain/errors.js";
import type { BotContext } from "../../context.js";
import { money } from "../../../presenters/format.js";
import { escapeHtml } from "../../../presenters/html.js";
import { providerErrorText } from "../provider-error-text.js";
import { endFlow, saveFlow, stopAtPassword } from "./flow-state.js";
import { loginKey } from "../../../domain/provider-login.js";
import { maskUsername } from "./linked.js";
import { announceLoginEnded } from "../../link-ended-notice.js";

type Answers = Record<string, string>;

/** The last answer (a password) arrived: act on it. Only the earlier answers are ever kept for a retry. */
export async function finishFlow(ctx: BotContext, accounts: LinkedAccounts, kind: AccountFlow["kind"], data: Answers): Promise<void> {
  const { password, ...kept } = data;
  const username = data.username ?? "";
  // Each try is a guess at a password or at reset data: counted per person and per username before MMBC
  // is asked; over either limit nothing is sent. The flow stops as a cancel would (a password typed
  // next is still deleted), and the person is told when to try again.
  const wait = await ctx.deps.limits.takeAccountAttempt(ctx.from!.id, loginKey(username));
  if (wait > 0) {
    ctx.log.info({ kind, wait }, "account flow rate limited");
    await stopAtPassword(ctx, accounts, kind);
    return void (await ctx.reply(ctx.t("account-too-many-tries", { minutes: Math.ceil(wait / 60) }), { parse_mode: "HTML" }));
  }
  await ctx.replyWithChatAction("typing");
  try {
    if (kind === "login") await login(ctx, accounts, { username, password: password ?? "" });
    else await reset(ctx, accounts, kept, password ?? "");
  } catch (e) {
    if (!isProviderError(e)) {
      await endFlow(ctx, accounts);
      throw e;
    }
    await refused(ctx, accounts, kind, kept, e);
  }
}

async function login(ctx: BotContext, accounts: LinkedAccounts, credentials: { username: string; password: string }): Promise<void> {
  const balance = await accounts.checkLogin(credentials);
  const { id, unlinked } = await accounts.store!.save(ctx.from!.id, credentials, ctx.deps.now());
  await endFlow(ctx, accounts);
  ctx.log.info({ account: id }, "account linked");
  await ctx.reply(ctx.t("account-login-done", { username: escapeHtml(maskUsername(credentials.username)), balance: money(balance), mode: mode(ctx, accounts) }), { parse_mode: "HTML" });
  await announceLoginEnded(ctx, unlinked, "relogin");
}

async function reset(ctx: BotContext, accounts: LinkedAccounts, a: Answers, newPassword: string): Promise<void> {
  const username = a.username ?? "";
  await accounts.resetPassword({ username, email: a.email ?? "", phone: a.phone ?? "", agentCode: a.agentCode ?? "", newPassword });
  // The reset itself proves the login: it is saved as this person's linked account.
  const { id, unlinked } = await accounts.store!.save(ctx.from!.id, { username, password: newPassword }, ctx.deps.now());
  await endFlow(ctx, accounts);
  ctx.log.info({ account: id }, "password reset and account linked");
  await ctx.reply(ctx.t("account-reset-done", { username: escapeHtml(maskUsername(username)), mode: mode(ctx, accounts) }), { parse_mode: "HTML" });
  await announceLoginEnded(ctx, unlinked, "relogin");
}

/**
 * A wrong login asks for the password again; rejected reset data starts over (any of four answers may
 * be wrong); a provider outage keeps the answers so only the password is sent again.
 */
async function refused(ctx: BotContext, accounts: LinkedAccounts, kind: AccountFlow["kind"], kept: Answers, e: ProviderError): Promise<void> {
  ctx.log.info({ code: e.code, kind }, "account flow refused by the provider");
  if (kind === "reset" && e.code === "validation") {
    await endFlow(ctx, accounts);
    return void (await ctx.reply(`${providerErrorText(ctx, e)}\n${ctx.t("account-reset-refused")}`, { parse_mode: "HTML" }));
  }
  await saveFlow(ctx, accounts, { kind, step: "password", data: kept });
  const text = e.code === "invalid_credentials" ? ctx.t("account-login-wrong") : `${providerErrorText(ctx, e)}\n${ctx.t("account-send-again")}`;
  await ctx.reply(text, { parse_mode: "HTML" });
}

function mode(ctx: BotContext, accounts: LinkedAccounts): string {
  return ctx.t(accounts.sandbox ? "account-mode-sandbox" : "account-mode-live");
}
