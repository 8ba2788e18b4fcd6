import { LeanComposer } from "../../lean-composer.js";
import type { BotContext } from "../../context.js";
import { statusAskedFor } from "../../../domain/status-asked.js";
import { statusFeature } from "../booking/status.js";
import { addressedToBot } from "./ask.js";

/**
 * "status ABC123", "whats the status of ABC123", "cek ABC123", "cek ABC123 dan DEF456" typed while a question or
 * the results list waits: answered as `/cek ABC123` is, by its own handler (same use case, throttle and
 * words: another chat's code gets the unknown-code answer), and the flow is left where it was. Registered
 * ahead of the conversations, as the commands are, so no question reads it as its answer (each used to
 * say it can't read "cek ABC123" as a date, a name, a choice) and its replay log never holds it.
 * Only words addressed to the bot: in a group, a reply to it or a mention of it (chatter stays chatter).
 */
export const statusAsideFeature = new LeanComposer<BotContext>();

statusAsideFeature.on("message:text", async (ctx, next) => {
  if (ctx.message.text.startsWith("/") || !addressedToBot(ctx)) return next();
  const mention = ctx.me.username ? new RegExp(`@${ctx.me.username}\\b`, "gi") : undefined;
  const codes = statusAskedFor(mention ? ctx.message.text.replace(mention, " ") : ctx.message.text);
  if (!codes || !(await flowWaits(ctx))) return next();
  // Every code typed ("cek ABC123 dan DEF456"), each answered as /cek answers it.
  const line = `/cek ${codes.join(" ")}`;
  const message = { ...ctx.message, text: line, entities: [{ type: "bot_command" as const, offset: 0, length: 4 }] };
  // The update seen as if the command had been typed; who, where and the language stay the update's.
  const view = Object.create(ctx, { update: { value: { ...ctx.update, message } } }) as BotContext;
  await statusFeature.middleware()(view, next);
});

/** A question of this member's flow waits, or her results list is what typed text is read against. */
async function flowWaits(ctx: BotContext & { chat: { id: number } }): Promise<boolean> {
  if (Object.keys(await ctx.conversation.active()).length > 0) return true;
  return !!ctx.from && !!(await ctx.deps.searches.board(ctx.chat.id, ctx.from.id));
}
