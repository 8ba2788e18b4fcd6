import { LeanComposer } from "../lean-composer.js";
import type { BotContext } from "../context.js";

export const unhandledFeature = new LeanComposer<BotContext>();

/** Blank spacers and labels in keyboards (a page number, a weekday): they do nothing, and say nothing. */
unhandledFeature.callbackQuery("c:noop", (ctx) => ctx.answerCallbackQuery());

/** Buttons of another member's flow, or of a finished one: say so instead of a silent spinner. */
unhandledFeature.on("callback_query:data", async (ctx) => {
  const owner = ctx.callbackQuery.message?.reply_to_message?.from;
  if (owner && !owner.is_bot && owner.id !== ctx.from.id) {
    return void (await ctx.answerCallbackQuery({ text: ctx.t("button-not-yours", { name: owner.first_name }) }));
  }
  await ctx.answerCallbackQuery({ text: ctx.t("button-stale") });
});

unhandledFeature.on("message:text", async (ctx) => {
  // In groups stay quiet about chatter; in private chats point to the commands.
  if (ctx.chat.type === "private") await ctx.reply(ctx.t("unhandled"), { parse_mode: "HTML" });
});
