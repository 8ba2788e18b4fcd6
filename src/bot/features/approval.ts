import { LeanComposer } from "../lean-composer.js";
import { isGroup } from "../../services/access-policy.js";
import type { BotContext } from "../context.js";

export const approvalFeature = new LeanComposer<BotContext>();

/**
 * /approve and /revoke: an operator's issuer (ISSUER_IDS) lets a group use the operator's provider
 * account, or takes it back. Adding the bot to a group as an issuer approves it too (chat-lifecycle).
 */
approvalFeature.command(["approve", "setujui", "revoke", "cabutakses"], async (ctx) => {
  const approve = ["approve", "setujui"].includes(ctx.message?.text?.slice(1).split(/[\s@]/)[0] ?? "");
  if (!ctx.chat || !isGroup(ctx.chat)) return void (await ctx.reply(ctx.t("approval-groups-only"), { parse_mode: "HTML" }));
  if (!ctx.deps.access.isIssuer(ctx.from!.id)) return void (await ctx.reply(ctx.t("approval-issuers-only"), { parse_mode: "HTML" }));
  if (approve) {
    await ctx.deps.approvals.approve(ctx.chat.id, ctx.from!.id, ctx.deps.now());
    ctx.log.info({ by: ctx.from!.id }, "group approved for the operator's account");
    return void (await ctx.reply(ctx.t("approval-approved"), { parse_mode: "HTML" }));
  }
  const had = await ctx.deps.approvals.revoke(ctx.chat.id);
  ctx.log.info({ by: ctx.from!.id, had }, "group approval revoked");
  await ctx.reply(ctx.t(had ? "approval-revoked" : "approval-none"), { parse_mode: "HTML" });
});
