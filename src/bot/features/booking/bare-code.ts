import { LeanComposer } from "../../lean-composer.js";
import { throttle } from "../../middlewares/throttle.js";
import type { BotContext } from "../../context.js";
import { replyStatus } from "./status.js";

/**
 * What a booking code looks like when typed alone: six letters and digits with at least one digit
 * (airline PNRs such as 3V4U4F) or a tiket.com order id (7–10 digits). Words like "thanks" or "halo"
 * don't qualify, so they still get the way in rather than "unknown booking code".
 */
const BARE_CODE = /^\s*((?=[a-z]*\d)[a-z0-9]{6}|\d{7,10})\s*$/i;

/**
 * A code typed alone in a private chat, outside any question (typically right after /issued or
 * /status without one, which said "type the booking code"): its status, whose buttons issue it or
 * send the e-ticket. Reading only, through the same use case and throttle as /status.
 */
export const bareCodeFeature = new LeanComposer<BotContext>();

bareCodeFeature.chatType("private").hears(BARE_CODE, throttle("lookup"), async (ctx) => {
  await ctx.replyWithChatAction("typing");
  await replyStatus(ctx, ctx.match[1]!.toUpperCase());
});
