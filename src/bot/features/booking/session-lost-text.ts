import type { ProviderId } from "../../../domain/flight.js";
import { escapeHtml } from "../../../presenters/html.js";
import { deadline, localeOf, providerName } from "../../../presenters/format.js";
import type { BotContext } from "../../context.js";

/**
 * The provider won't take payment for this booking from the bot, and nothing was paid: said with where it can be paid.
 *
 * A booking whose payment session is gone at the provider (tiket.com's order token expired or replaced):
 * the bot can't pay it, nothing was paid, and the partner dashboard can, before the deadline when known.
 */
export function sessionLostText(ctx: BotContext, code: string, provider: ProviderId, payBefore?: string): string {
  const vars = { code: escapeHtml(code), provider: providerName(provider) };
  if (payBefore === undefined) return ctx.t("issue-session-lost", vars);
  return ctx.t("issue-session-lost-by", { ...vars, deadline: escapeHtml(deadline(payBefore, localeOf(ctx), ctx.deps.settings.timeZone)) });
}

/** A booking whose last step (tiket.com's checkout_customer) never went through: not payable here, the dashboard can. */
export function checkoutUnfinishedText(ctx: BotContext, provider: ProviderId, payBefore: string): string {
  return ctx.t("issue-unconfirmed-refused", { provider: providerName(provider), deadline: escapeHtml(deadline(payBefore, localeOf(ctx), ctx.deps.settings.timeZone)) });
}

/**
 * A booking whose last step may not have gone through, which couldn't be checked just now (the provider's answer
 * failed): not offered for paying, said as unknown (not as unpayable), with where it can be paid meanwhile.
 */
export function checkoutUncheckedText(ctx: BotContext, provider: ProviderId, payBefore: string): string {
  return ctx.t("issue-checkout-unchecked", { provider: providerName(provider), deadline: escapeHtml(deadline(payBefore, localeOf(ctx), ctx.deps.settings.timeZone)) });
}
