import { LeanComposer } from "../lean-composer.js";
import type { BotContext } from "../context.js";
import { addressedToBot } from "./search/ask.js";
import { providerName } from "../../presenters/format.js";

export const startFeature = new LeanComposer<BotContext>();

/** The help, with a line when a results list still reads what is typed; whether a flow's question waits. */
async function sendHelp(ctx: BotContext): Promise<{ flow: boolean }> {
  // Every provider new searches go to, as agents know them ("MMBC + tiket.com"), not only the first.
  const live = Object.keys(ctx.deps.providers).map(providerName).join(" + ") || providerName(ctx.deps.provider.id);
  const mode = ctx.deps.provider.sandbox ? ctx.t("mode-sandbox") : ctx.t("mode-live", { provider: live });
  // /login links one's own MMBC account: not offered by a bot that has none to link.
  const login = ctx.deps.accounts.canLink ? `\n${ctx.t("help-login")}` : "";
  const flow = Object.keys(ctx.conversation.active()).length > 0;
  // No question waits, but a results list does: typed text is still read as a pick from it.
  const list = !flow && ctx.chat && ctx.from && (await ctx.deps.searches.board(ctx.chat.id, ctx.from.id));
  const text = ctx.t("help", { mode, login }) + (list ? `\n\n${ctx.t("flow-list-still-open")}` : "");
  await ctx.reply(text, { parse_mode: "HTML", link_preview_options: { is_disabled: true } });
  return { flow };
}

startFeature.command(["start", "help", "bantuan"], async (ctx, next) => {
  // Deep links (a group member continuing with personal details) are handled by the search feature.
  if (ctx.match.startsWith("pd_")) return next();
  const { flow } = await sendHelp(ctx);
  // A question waits: the help pushed it up, so the flow says it is still open and asks it again (or,
  // timed out meanwhile, says that, with the way back). See search/ask.ts `waitAnswer`.
  if (flow) await next();
});

/** "help", "Bantuan", "menu 🙏" typed alone, without the slash. */
const HELP_WORD = /^[\s\p{P}\p{S}]*(?:help|bantuan|menu)[\s\p{P}\p{S}]*$/iu;

/**
 * The help asked for in words, outside any open question (an open one reads the line as its answer, as
 * before). In a group only when addressed to the bot: a reply to it, or a mention (left out of the words).
 */
startFeature.on("message:text").filter(
  (ctx) => addressedToBot(ctx) && HELP_WORD.test(ctx.me.username ? ctx.message.text.replace(new RegExp(`@${ctx.me.username}\\b`, "gi"), " ") : ctx.message.text),
  async (ctx, next) => {
    if (Object.keys(ctx.conversation.active()).length > 0) return next();
    await sendHelp(ctx);
  },
);
