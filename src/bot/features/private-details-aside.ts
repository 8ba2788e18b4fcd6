import { LeanComposer } from "../lean-composer.js";
import type { BotContext } from "../context.js";
import { readTypedRequest } from "../../domain/typed-request.js";
import { typedRequestsFeature } from "./typed-requests.js";
import { addressedToBot } from "./search/ask.js";

/**
 * "@Bot saldo brp", "@Bot tiketnya mana?" in a group while the member's flow waits for the details she gives
 * in her private chat: no personal data, so not for that prompt (it would only say "fill these in privately").
 * Answered as the request it is (typed-requests.ts) and the prompt keeps waiting. Only a request that can't be
 * a detail: the balance, or a booking's status or e-ticket named by no code (a passport number may read as
 * one; "cek ABC123" is search/status-aside.ts's). Registered ahead of the conversations (create-bot.ts).
 */
export const privateDetailsAsideFeature = new LeanComposer<BotContext>();

privateDetailsAsideFeature.on("message:text", async (ctx, next) => {
  if ((ctx.chat.type !== "group" && ctx.chat.type !== "supergroup") || ctx.message.text.startsWith("/") || !addressedToBot(ctx)) return next();
  const mention = ctx.me.username ? new RegExp(`@${ctx.me.username}\\b`, "gi") : undefined;
  const request = readTypedRequest(mention ? ctx.message.text.replace(mention, " ").trim() : ctx.message.text);
  const aside = request?.kind === "balance" || ((request?.kind === "status" || request?.kind === "ticket") && !request.code && !request.codes);
  if (!aside || !(await ctx.deps.personalData.waiting(ctx.chat.id, ctx.from.id))) return next();
  await typedRequestsFeature.middleware()(ctx, next);
});
