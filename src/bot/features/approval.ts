import { LeanComposer } from "../lean-composer.js";
import { isGroup } from "../../services/access-policy.js";
import { resumeChatReminders } from "../../services/chat-return.js";
import type { BotContext } from "../context.js";

export const approvalFeature = new LeanComposer<BotContext>();

/**
 * /approve and /revoke: an operator's issuer (ISSUER_IDS) lets a group use the operator's provider
 * account, or takes it back. Adding the bot to a group as an issuer approves it too (chat-lifecycle).
 * A group that was not approved gets its unpaid bookings' reminders back, as when the bot returns: added
 * back by someone who is no issuer, nothing was scheduled again for the bookings it could not read then.
 */
approvalFeature.command(["approve", "setujui", "revoke", "cabutakses"], async (ctx) => {
  const approve = ["approve", "setujui"].includes(ctx.message?.text?.slice(1).split(/[\s@]/)[0] ?? "");
  if (!ctx.chat || !isGroup(ctx.chat)) return void (await ctx.reply(ctx.t("approval-groups-only"), { parse_mode: "HTML" }));
  if (!ctx.deps.access.isIssuer(ctx.from!.id)) return void (await ctx.reply(ctx.t("approval-issuers-only"), { parse_mode: "HTML" }));
  if (approve) {
    const wasApproved = (await ctx.deps.approvals.get(ctx.chat.id)) !== undefined;
    await ctx.deps.approvals.approve(ctx.chat.id, ctx.from!.id, ctx.deps.now());
    // Already approved, its reminders were never dropped; skipping also keeps a booking's stopped reminders stopped.
    const resumed = wasApproved ? 0 : await resumeChatReminders(ctx.deps, ctx.chat.id);
    ctx.log.info({ by: ctx.from!.id, resumed }, "group approved for the operator's account");
    return void (await ctx.reply(ctx.t("approval-approved"), { parse_mode: "HTML" }));
  }
  const had = await ctx.deps.approvals.revoke(ctx.chat.id);
  ctx.log.info({ by: ctx.from!.id, had }, "group approval revoked");
  await ctx.reply(ctx.t(had ? "approval-revoked" : "approval-none"), { parse_mode: "HTML" });
});
