import { LeanComposer } from "../lean-composer.js";
import type { BotContext } from "../context.js";

export const startFeature = new LeanComposer<BotContext>();

startFeature.command(["start", "help", "bantuan"], async (ctx, next) => {
  // Deep links (a group member continuing with personal details) are handled by the search feature.
  if (ctx.match.startsWith("pd_")) return next();
  const mode = ctx.deps.provider.sandbox ? ctx.t("mode-sandbox") : ctx.t("mode-live", { provider: ctx.deps.provider.id.toUpperCase() });
  const flow = Object.keys(ctx.conversation.active()).length > 0;
  // No question waits, but a results list does: typed text is still read as a pick from it.
  const list = !flow && ctx.chat && ctx.from && (await ctx.deps.searches.board(ctx.chat.id, ctx.from.id));
  const text = ctx.t("help", { mode }) + (list ? `\n\n${ctx.t("flow-list-still-open")}` : "");
  await ctx.reply(text, { parse_mode: "HTML", link_preview_options: { is_disabled: true } });
  // A question waits: the help pushed it up, so the flow says it is still open and asks it again (or,
  // timed out meanwhile, says that, with the way back). See search/ask.ts `waitAnswer`.
  if (flow) await next();
});
