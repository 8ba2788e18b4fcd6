import type { ProviderId } from "../../../domain/flight.js";
import { deadline, localeOf, providerName } from "../../../presenters/format.js";
import { escapeHtml } from "../../../presenters/html.js";
import type { BotContext } from "../../context.js";

/**
 * Unpaid at the provider, but the payment confirmation sent earlier may still go through: the bot won't send
 * it again, so the agent hears the provider's own word, why nothing is sent, and what to do before the deadline.
 */
export function unconfirmedText(ctx: BotContext, code: string, provider: ProviderId, payBefore?: string): string {
  return `${ctx.t("payment-unconfirmed", { code, provider: providerName(provider) })}\n${unconfirmedTodo(ctx, code, provider, payBefore)}`;
}

/** What the agent can do instead: check or pay with the provider itself, before the pay-before time when known. */
export function unconfirmedTodo(ctx: BotContext, code: string, provider: ProviderId, payBefore?: string): string {
  const name = providerName(provider);
  if (payBefore === undefined) return ctx.t("payment-unconfirmed-todo", { code, provider: name });
  return ctx.t("payment-unconfirmed-todo-by", { code, provider: name, deadline: escapeHtml(deadline(payBefore, localeOf(ctx), ctx.deps.settings.timeZone)) });
}
