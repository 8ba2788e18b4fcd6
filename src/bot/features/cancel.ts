import { Composer } from "grammy";
import type { BotContext } from "../context.js";

export const cancelFeature = new Composer<BotContext>();

async function cancel(ctx: BotContext, active: boolean): Promise<void> {
  ctx.cancelling = true;
  await ctx.conversation.exitAll();
  await ctx.reply(active ? ctx.t("cancelled") : ctx.t("nothing-to-cancel"), { reply_markup: { remove_keyboard: true } });
}

/** Registered before the conversations, so it works while one is waiting. */
cancelFeature.command(["cancel", "batal"], async (ctx) => {
  await cancel(ctx, Object.keys(await ctx.conversation.active()).length > 0);
});

/** The plain word, as busy agents type it, cancels a flow in progress (and is left alone otherwise). */
const CANCEL_WORD = /^\s*(batal|batalkan|cancel)\s*[.!]?\s*$/i;

cancelFeature.hears(CANCEL_WORD, async (ctx, next) => {
  if (Object.keys(await ctx.conversation.active()).length === 0) return next();
  await cancel(ctx, true);
});
