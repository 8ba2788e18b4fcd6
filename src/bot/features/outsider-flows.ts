import { LeanComposer } from "../lean-composer.js";
import { isGroup } from "../../services/access-policy.js";
import { actorOf } from "../actor.js";
import type { BotContext } from "../context.js";

/**
 * A member removed from the group with a flow or a results list still open there: what he writes to the
 * bot ends them quietly, and is then read as a stranger's line is (a typed request as its command, else
 * the way in), never as an answer to his old question or a pick from his old list, which would post the
 * next step of a booking he may no longer make in the group. Members pay nothing for it: only someone
 * with a flow or list open here is asked about.
 */
export const outsiderFlowsFeature = new LeanComposer<BotContext>();

outsiderFlowsFeature.on("message", async (ctx, next) => {
  const command = ctx.message.entities?.some((e) => e.type === "bot_command" && e.offset === 0);
  if (command || !isGroup(ctx.chat)) return next();
  const open = Object.keys(await ctx.conversation.active()).length > 0 || (await ctx.deps.searches.board(ctx.chat.id, ctx.from.id)) !== undefined;
  if (open && (await ctx.deps.access.outsider(actorOf(ctx)))) {
    ctx.cancelling = true; // no timeout notice: he is not told anything a stranger would not be
    await ctx.conversation.exitAll();
    ctx.cancelling = false;
    await ctx.deps.searches.clearBoard(ctx.chat.id, ctx.from.id);
  }
  return next();
});
