import { LeanComposer } from "../lean-composer.js";
import type { BotContext } from "../context.js";
import { readTypedRequest } from "../../domain/typed-request.js";
import { typedRequestsFeature } from "./typed-requests.js";
import { addressedToBot } from "./search/ask.js";

/**
 * "saldo brp", "what's my balance", "bisa refund ga?", "is it refundable?" typed while a question of a flow
 * waits: no answer to any of its questions (each read it as a wrong name, e-mail, date), so answered as
 * outside a flow (typed-requests.ts) and the question keeps waiting. Only requests that change nothing in
 * the flow: the balance, and a refund asked without a code (a booking's status is search/status-aside.ts's).
 * Registered ahead of the conversations (create-bot.ts), as the commands are, so their replay logs never hold it.
 */
export const flowRequestAsideFeature = new LeanComposer<BotContext>();

flowRequestAsideFeature.on("message:text", async (ctx, next) => {
  if (ctx.message.text.startsWith("/") || !addressedToBot(ctx)) return next();
  const mention = ctx.me.username ? new RegExp(`@${ctx.me.username}\\b`, "gi") : undefined;
  const request = readTypedRequest(mention ? ctx.message.text.replace(mention, " ").trim() : ctx.message.text);
  const aside = request?.kind === "balance" || (request?.kind === "change" && request.what === "refund" && !request.code);
  if (!aside || Object.keys(await ctx.conversation.active()).length === 0) return next();
  await typedRequestsFeature.middleware()(ctx, next);
});
