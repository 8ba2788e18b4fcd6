import { LeanComposer } from "../lean-composer.js";
import type { BotContext } from "../context.js";
import { actorOf } from "../actor.js";
import { confirmationsOnScreen, withdrawConfirmations } from "../../services/issue-request.js";
import { addressedToBot } from "./search/ask.js";
import { answerReplyToOthersQuestion } from "./foreign-replies.js";
import { isCancelPhrase, isStrictCancel } from "../../domain/cancel-words.js";
import { cancelHeadline } from "./cancel-headline.js";
import { keepForUndo, undoKeyboard } from "./search/undo-cancel.js";

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
  // A list on screen (and the booking from it, passengers and all) is kept for ↩️ Resume: a cancel by mistake costs one tap.
  const undo = flow ? await keepForUndo(ctx) : undefined;
  await ctx.conversation.exitAll();
  if (ctx.chat && ctx.from) await ctx.deps.searches.clearBoard(ctx.chat.id, ctx.from.id);
  // Confirmations left on screen could still pay after "Cancelled": every one is withdrawn, and its buttons go.
  const withdrawn = ctx.chat && ctx.from ? await withdrawConfirmations(ctx.deps, actorOf(ctx)) : [];
  for (const w of withdrawn) await ctx.api.editMessageReplyMarkup(ctx.chat!.id, w.messageId).catch(() => undefined);
  const lines = withdrawn.map((w) => ctx.t("issue-withdrawn", { code: w.code }));
  const group = ctx.chat?.type === "group" || ctx.chat?.type === "supergroup";
  if (flow || lines.length === 0) lines.unshift(cancelHeadline(ctx, active));
  await ctx.reply(lines.join("\n"), {
    parse_mode: "HTML",
    // In a group it replies to the sender (and only their reply keyboard goes): a colleague's flow goes on.
    // The flow's questions use no reply keyboard, so the way back can take the markup's place.
    reply_markup: undo ? undoKeyboard(ctx.t.bind(ctx), undo) : { remove_keyboard: true, ...(group && { selective: true }) },
    ...(group && ctx.msg && { reply_parameters: { message_id: ctx.msg.message_id, allow_sending_without_reply: true } }),
  });
}

/** Registered before the conversations, so it works while one is waiting. */
cancelFeature.command(["cancel", "batal"], async (ctx) => {
  // A reply to a colleague's question cancels nothing of the replier's: it is told whose question that is.
  if (await answerReplyToOthersQuestion(ctx)) return;
  await cancel(ctx, await inProgress(ctx));
});

/**
 * A cancel typed in words ("btl", "gk jd", "cancel it", "never mind": cancel-words.ts) ends a flow in
 * progress, at any question and at the results list alike, and is left alone otherwise.
 */
cancelFeature.on([":text", ":caption"], async (ctx, next) => {
  const text = ctx.msg.text ?? ctx.msg.caption ?? "";
  if (!isCancelPhrase(text)) return next();
  // In a group, unaddressed: only "batal"/"cancel" themselves, never the chatty words (the list reads the same rule).
  if (!addressedToBot(ctx) && !isStrictCancel(text)) return next();
  if (await answerReplyToOthersQuestion(ctx)) return;
  if (!(await inProgress(ctx))) return next();
  await cancel(ctx, true);
});
