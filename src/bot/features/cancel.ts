import { LeanComposer } from "../lean-composer.js";
import type { BotContext } from "../context.js";
import { actorOf } from "../actor.js";
import { confirmationsOnScreen, withdrawConfirmations } from "../../services/issue-request.js";
import { addressedToBot } from "./search/ask.js";
import { answerReplyToOthersQuestion } from "./foreign-replies.js";

export const cancelFeature = new LeanComposer<BotContext>();

/**
 * A flow is in progress: a conversation waits, a results list is what typed text is read against, or
 * an issue confirmation is on screen.
 */
async function inProgress(ctx: BotContext): Promise<boolean> {
  if (Object.keys(await ctx.conversation.active()).length > 0) return true;
  if (!ctx.chat || !ctx.from) return false;
  if (await ctx.deps.searches.board(ctx.chat.id, ctx.from.id)) return true;
  // One whose booking was issued since pays nothing: "cancel it" then means the booking (typed-requests.ts).
  return (await confirmationsOnScreen(ctx.deps, actorOf(ctx))).length > 0;
}

async function cancel(ctx: BotContext, active: boolean): Promise<void> {
  ctx.cancelling = true;
  const flow = Object.keys(await ctx.conversation.active()).length > 0 || (!!ctx.chat && !!ctx.from && !!(await ctx.deps.searches.board(ctx.chat.id, ctx.from.id)));
  await ctx.conversation.exitAll();
  if (ctx.chat && ctx.from) await ctx.deps.searches.clearBoard(ctx.chat.id, ctx.from.id);
  // Confirmations left on screen could still pay after "Cancelled": every one is withdrawn, and its buttons go.
  const withdrawn = ctx.chat && ctx.from ? await withdrawConfirmations(ctx.deps, actorOf(ctx)) : [];
  for (const w of withdrawn) await ctx.api.editMessageReplyMarkup(ctx.chat!.id, w.messageId).catch(() => undefined);
  const lines = withdrawn.map((w) => ctx.t("issue-withdrawn", { code: w.code }));
  if (flow || lines.length === 0) lines.unshift(ctx.t(active ? "cancelled" : "nothing-to-cancel"));
  await ctx.reply(lines.join("\n"), { parse_mode: "HTML", reply_markup: { remove_keyboard: true } });
}

/** Registered before the conversations, so it works while one is waiting. */
cancelFeature.command(["cancel", "batal"], async (ctx) => {
  // A reply to a colleague's question cancels nothing of the replier's: it is told whose question that is.
  if (await answerReplyToOthersQuestion(ctx)) return;
  await cancel(ctx, await inProgress(ctx));
});

/**
 * The plain word, as busy agents type it ("BATAL 🙏", "btl", "gak jadi", "gk jd", "batalin", "Cancel!"),
 * cancels a flow in progress (and is left alone otherwise). Only the word alone, with emoji or
 * punctuation around it, an "ok"/"ya"/"eh"/"pls" before it ("ok gk jd", "pls cancel") and an "aja"/"dulu"/"kak"
 * or "it"/"pls"/"this"/"the search" after it ("cancel aja", "batal dulu kak", "cancel it", "cancel the search").
 * Not "cancel my booking" / "cancel this booking": a booking is not cancelled here, and that is said
 * (typed-requests.ts), rather than the flow on screen ending with "Cancelled".
 */
const CANCEL_WORD = /^[\s\p{P}\p{S}\p{M}\p{Cf}]*(?:(?:ok|oke|okay|ya|yah|eh|wah|aduh|udah|udh|sudah|maaf|sorry|pls|please|plz|tolong|tlg|just)[\s,]+)?(?:batal|batalkan|batalin|dibatalin|dibatalkan|btl|cancel|cancelin|stop|berhenti|(?:gak|ga|gk|nggak|ngga|enggak|tidak|tdk|g)\s+(?:jadi|jd)|gajadi|gajd|gjd|gkjd|(?:nggak|gak|ga|gk|tidak|tdk)\s+usah)(?:[\s,]+(?:aja|saja|deh|dulu|dl|ya|kak|ka|pak|bu|sis|gan|it|this|that|pls|please|plz|now|(?:the|this)\s+search|search))*[\s\p{P}\p{S}\p{M}\p{Cf}]*$/iu;

/** The strict words, alone: what cancels in a group without a reply to the bot or a mention of it. */
const STRICT_CANCEL_WORD = /^[\s\p{P}\p{S}\p{M}\p{Cf}]*(?:batal|batalkan|cancel)[\s\p{P}\p{S}\p{M}\p{Cf}]*$/iu;

cancelFeature.hears(CANCEL_WORD, async (ctx, next) => {
  // In a group, unaddressed: only "batal"/"cancel" themselves, never the chatty words.
  if (!addressedToBot(ctx) && !STRICT_CANCEL_WORD.test(ctx.msg?.text ?? ctx.msg?.caption ?? "")) return next();
  if (await answerReplyToOthersQuestion(ctx)) return;
  if (!(await inProgress(ctx))) return next();
  await cancel(ctx, true);
});
