import { Composer } from "grammy";
import type { BotContext } from "../context.js";

export const unhandledFeature = new Composer<BotContext>();

/** Buttons of a finished search or of another member's search: say so instead of a silent spinner. */
unhandledFeature.on("callback_query:data", async (ctx) => {
  await ctx.answerCallbackQuery({ text: ctx.t("button-stale") });
});

unhandledFeature.on("message:text", async (ctx) => {
  // In groups stay quiet about chatter; in private chats point to the commands.
  if (ctx.chat.type === "private") await ctx.reply(ctx.t("unhandled"), { parse_mode: "HTML" });
});
