import type { BotContext } from "../context.js";
import { escapeHtml } from "../../presenters/html.js";

/**
 * The first line of the answer to a cancel. In a group several members may have a flow open, and
 * "Cancelled." alone leaves each wondering whose ended: there it names the sender ("Ben's search
 * cancelled.", "Nothing to cancel for Ana."). A private chat keeps the short words. `active`: a flow
 * of the sender's was in progress.
 */
export function cancelHeadline(ctx: BotContext, active: boolean): string {
  const group = ctx.chat?.type === "group" || ctx.chat?.type === "supergroup";
  if (!group) return ctx.t(active ? "cancelled" : "nothing-to-cancel");
  const name = escapeHtml(ctx.from?.first_name ?? "");
  return ctx.t(active ? "cancelled-whose" : "nothing-to-cancel-whose", { name });
}
