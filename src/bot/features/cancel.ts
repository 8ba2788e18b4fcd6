import { Composer } from "grammy";
import type { BotContext } from "../context.js";

export const cancelFeature = new Composer<BotContext>();

/** Registered before the conversations, so it works while one is waiting. */
cancelFeature.command(["cancel", "batal"], async (ctx) => {
  const active = Object.keys(await ctx.conversation.active()).length > 0;
  ctx.cancelling = true;
  await ctx.conversation.exitAll();
  await ctx.reply(active ? ctx.t("cancelled") : ctx.t("nothing-to-cancel"), { reply_markup: { remove_keyboard: true } });
});
