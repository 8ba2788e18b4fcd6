import { LeanComposer } from "../lean-composer.js";
import type { BotContext } from "../context.js";

export const startFeature = new LeanComposer<BotContext>();

startFeature.command(["start", "help", "bantuan"], async (ctx, next) => {
  // Deep links (a group member continuing with personal details) are handled by the search feature.
  if (ctx.match.startsWith("pd_")) return next();
  const mode = ctx.deps.provider.sandbox ? ctx.t("mode-sandbox") : ctx.t("mode-live", { provider: ctx.deps.provider.id.toUpperCase() });
  await ctx.reply(ctx.t("help", { mode }), { parse_mode: "HTML", link_preview_options: { is_disabled: true } });
});
