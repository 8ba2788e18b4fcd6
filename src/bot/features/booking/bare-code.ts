import type { MiddlewareFn } from "grammy";
import { LeanComposer } from "../../lean-composer.js";
import { throttle } from "../../middlewares/throttle.js";
import { ownCommandEntity } from "../../middlewares/command-case.js";
import { isChatWordNotCode } from "../../../domain/chat-words-not-codes.js";
import type { CodeCommand } from "../../../store/awaited-codes.js";
import type { BotContext } from "../../context.js";
import { askToIssue } from "./issue.js";
import { replyStatus } from "./status.js";
import { ticketFor } from "./ticket.js";

/**
 * What a booking code looks like when typed alone: six letters and digits with at least one digit
 * (airline PNRs such as 3V4U4F) or a tiket.com order id (7–10 digits). Words like "thanks" or "halo"
 * don't qualify, so they still get the way in rather than "unknown booking code".
 */
const BARE_CODE = /^\s*((?=[a-z]*\d)[a-z0-9]{6}|\d{7,10})\s*$/i;

/**
 * Right after a command asked for one, an all-letter PNR counts too (LRWFBN), but not a chat word of that
 * shape ("thanks", "makasi"). Only code shapes are checked against Redis: an ordinary answer ("surabaya")
 * costs no extra round trip.
 */
const ASKED_CODE = /^\s*([a-z]{6}|(?=[a-z]*\d)[a-z0-9]{6}|\d{7,10})\s*$/i;

const codeOf = (ctx: BotContext) => ASKED_CODE.exec(ctx.message?.text ?? "")![1]!.toUpperCase();

const lookup = throttle("lookup");
const status: MiddlewareFn<BotContext> = async (ctx) => {
  await ctx.replyWithChatAction("typing");
  await replyStatus(ctx, codeOf(ctx));
};
/** Each command as its own handler runs it, behind the same throttle. */
const RUN: Record<CodeCommand, MiddlewareFn<BotContext>> = {
  issue: new LeanComposer<BotContext>(throttle("issue"), (ctx) => askToIssue(ctx, codeOf(ctx))).middleware(),
  status: new LeanComposer<BotContext>(lookup, status).middleware(),
  ticket: new LeanComposer<BotContext>(lookup, (ctx) => ticketFor(ctx, codeOf(ctx))).middleware(),
};

/**
 * The code typed right after /issued, /status or /etiket sent without one ("type the booking code"):
 * that command's, before a results list or a flow still open could read it as a flight or an answer.
 * In a group, only as a reply to the bot (privacy mode shows it nothing else).
 */
export const awaitedCodeFeature = new LeanComposer<BotContext>();

awaitedCodeFeature.on("message:text").hears(ASKED_CODE, async (ctx, next) => {
  // "thanks", "tolong", "agency": chat, read as what it is (the wait stays for the code).
  if (isChatWordNotCode(ctx.message.text)) return next();
  const command = await ctx.deps.awaitedCodes.take(ctx.chat.id, ctx.from.id);
  if (!command) return next();
  await RUN[command](ctx, next);
});

/**
 * Any command of this bot, with a code or without one ("/status J8AG2B", "/help", another "/cek"), ends
 * the wait for the code typed next: what follows it answers that command, not the earlier question. A
 * command sent without a code asks again afterwards (booking-code.ts). Ahead of every feature, since most
 * commands end there; it reads only the command entity, never the text after it.
 */
export const commandEndsAwaitedCode: MiddlewareFn<BotContext> = async (ctx, next) => {
  if (ctx.chat && ctx.from && ownCommandEntity(ctx)) await ctx.deps.awaitedCodes.forget(ctx.chat.id, ctx.from.id);
  await next();
};

/**
 * A code typed alone in a private chat, outside any question (an old /issued prompt, or just the
 * code): its status, whose buttons issue it or send the e-ticket. Reading only, through the same use
 * case and throttle as /status.
 */
export const bareCodeFeature = new LeanComposer<BotContext>();

bareCodeFeature.chatType("private").hears(BARE_CODE, RUN.status);
