import { InlineKeyboard } from "grammy";
import { ISSUE_CUTOFF_MINUTES, type BookingStatus } from "../../../domain/booking.js";
import { LeanComposer } from "../../lean-composer.js";
import { throttle } from "../../middlewares/throttle.js";
import { cancelIssue, confirmIssue, firstConfirmationOfTap, intentSeenFrom, noteConfirmationShown, prepareIssue, type ConfirmOutcome, type PrepareOutcome } from "../../../services/issue-request.js";
import { holdOutlastsDeadline, type IssueOutcome } from "../../../services/issue-booking.js";
import type { ProviderId } from "../../../domain/flight.js";
import type { BotContext } from "../../context.js";
import { actorOf } from "../../actor.js";
import { escapeHtml } from "../../../presenters/html.js";
import { dateTime, deadline, localeOf, money, providerName } from "../../../presenters/format.js";
import { statusLabel } from "../../../presenters/booking-card.js";
import { otherFlightVars } from "../../../presenters/other-flight-text.js";
import { parseBookingAction } from "../../../presenters/booking-keyboard.js";
import { providerErrorText } from "../provider-error-text.js";
import { commandCode } from "./booking-code.js";
import { offerPayable } from "./code-offers.js";
import { notIssuableText, refusalAtConfirm } from "./issue-refusals.js";
import { unconfirmedText, unconfirmedTodo } from "./unconfirmed-payment-text.js";
import { checkoutUnfinishedText, sessionLostText } from "./session-lost-text.js";
import { notAllowedText } from "./access-replies.js";
import { holdTap, refuse, releaseTap } from "./status.js";
import { refuseOrPointToGroup } from "./group-booking-hint.js";
import { replyTicket, ticketFor } from "./ticket.js";
import { tappedCarries, tappedHas } from "../../tapped-keyboard.js";
import { noteMoneyAction } from "../../money-action.js";
import { replyPatiently } from "../../patient-reply.js";
import { retireIssueButton } from "./issued-card.js";
import { notYourConfirmationText } from "./confirmation-owner.js";
import { retireIssuedReminders } from "./issued-reminders.js";
import { markAsksIssued, onAskTapped, refuseSpend } from "./issue-ask.js";
import { memberLink } from "../../held-taps.js";

/** Step one: say what will be spent and the deposit, and ask the asker for an explicit confirmation. */
export async function askToIssue(ctx: BotContext, code: string, provider?: ProviderId): Promise<void> {
  const o = await prepareIssue(ctx.deps, actorOf(ctx), code, provider, localeOf(ctx));
  // In a group the answer replies to the member's /issued, so several members' confirmations stay apart;
  // one a button started (a card's, a request's or a reminder's Issue) replies to that message and names
  // the member, as her refusal would: in a busy group "💳 Issue ABC123?" says for whom.
  const group = ctx.chat !== undefined && ctx.chat.type !== "private";
  const tapper = group && ctx.callbackQuery ? ctx.from : undefined;
  const anchor = group ? (ctx.message?.message_id ?? ctx.callbackQuery?.message?.message_id) : undefined;
  // A tap held in a group (issue's button) is answered here: refusals as the tapper's toast (status.ts).
  const reply = async (text: string, extra: { reply_markup?: InlineKeyboard } = {}) => {
    await releaseTap(ctx);
    return ctx.reply(tapper ? `${memberLink(tapper)}:\n${text}` : text, {
      parse_mode: "HTML", ...extra, ...(anchor !== undefined && { reply_parameters: { message_id: anchor, allow_sending_without_reply: true } }),
    });
  };
  switch (o.kind) {
    case "unknown":
    case "denied":
    case "failed":
      return refuseOrPointToGroup(ctx, code, "issue", o);
    case "not_allowed":
      // In a group the refusal offers to ask those who may (issue-ask.ts).
      return refuseSpend(ctx, o.rule, code, o.provider);
    case "already_issued":
      // A stale Issue tapped: the tapper's alert (status.ts refuse), not a post in the group per tap.
      if (!o.recovered) return ctx.callbackQuery ? refuse(ctx, ctx.t("issue-already", { code })) : void (await reply(ctx.t("issue-already", { code })));
      // Paid by a call whose answer never came (or elsewhere): recorded now, and the e-ticket follows.
      await reply(ctx.t("issue-recovered", { code }));
      await retireIssueButton(ctx, o.recovered.record);
      await retireIssuedReminders(ctx, o.recovered.record);
      if (!o.recovered.ticketScheduled) await ticketFor(ctx, code, o.recovered.record.booking.provider);
      return;
    case "not_issuable":
      return void (await reply(notIssuableText(ctx, code, o.status)));
    case "departed":
      return void (await reply(departedText(ctx, code, o.departsAt)));
    case "other_flight":
      return void (await reply(ctx.t("issue-other-flight", { code: escapeHtml(code), ...otherFlightVars(o.other, localeOf(ctx)) })));
    case "unsure":
      return void (await reply(ctx.t("issue-unsure", { code, owner: providerName(o.owner), down: providerName(o.down) })));
    case "in_doubt":
      return void (await reply(doubtText(ctx, code, o)));
    case "payment_unconfirmed":
      return void (await reply(unconfirmedText(ctx, code, o.provider, o.payBefore)));
    case "session_lost":
      return void (await reply(sessionLostText(ctx, code, o.provider, o.payBefore)));
    case "checkout_unfinished":
      return void (await reply(checkoutUnfinishedText(ctx, o.provider, o.payBefore)));
    case "no_total":
      return void (await reply(noTotalText(ctx, code, o.provider)));
    case "insufficient":
      return void (await reply(ctx.t("issue-insufficient", { code, amount: money(o.amount), balance: money(o.balance), provider: providerName(o.provider) })));
    case "confirm": {
      // A double tap on Issue posts one confirmation: the second tap is pointed to it (a toast, where it is held).
      if (ctx.callbackQuery && !(await firstConfirmationOfTap(ctx.deps, actorOf(ctx), o.provider, code, o.intentId))) {
        return releaseTap(ctx, ctx.t("issue-confirm-shown", { code }));
      }
      const kb = new InlineKeyboard()
        .text(ctx.t("issue-confirm-button", { amount: money(o.amount) }), `ic:${o.intentId}`)
        .text(ctx.t("cancel-button"), `ix:${o.intentId}`);
      const sent = await reply(confirmText(ctx, code, o), { reply_markup: kb });
      return noteConfirmationShown(ctx.deps, actorOf(ctx), { intentId: o.intentId, messageId: sent.message_id, code });
    }
  }
}

function confirmText(ctx: BotContext, code: string, o: Extract<PrepareOutcome, { kind: "confirm" }>): string {
  return ctx.t("issue-confirm", {
    code, amount: money(o.amount), balance: money(o.balance), after: money(o.balance - o.amount), provider: providerName(o.provider),
  });
}

/**
 * What the confirmation says once its tap paid (or found it paid): scrolling back, nobody reads "Issue X?
 * This spends…" under a booking already paid and wonders whether it was. Other outcomes leave the question,
 * its buttons gone (the reply under it says what happened).
 */
function settledText(ctx: BotContext, o: Extract<ConfirmOutcome, { kind: "done" }>): string | undefined {
  const provider = providerName(o.provider);
  switch (o.outcome.kind) {
    case "issued":
      return o.amount === undefined ? undefined : ctx.t("issue-settled-issued", { code: o.code, amount: money(o.amount), provider });
    case "paid":
      return o.amount === undefined ? undefined : ctx.t("issue-settled-paid", { code: o.code, amount: money(o.amount), provider });
    case "already_issued":
      return ctx.t("issue-already", { code: o.code });
    case "already_paid":
      return ctx.t("issue-already-paid", { code: o.code });
    default:
      return undefined;
  }
}

/** The tapped confirmation, its buttons gone: said what happened, where its tap paid (only on the message that carries this very button). */
async function settleConfirmation(ctx: BotContext, o: Extract<ConfirmOutcome, { kind: "done" }>): Promise<void> {
  const text = settledText(ctx, o);
  if (text !== undefined && tappedHas(ctx, ctx.callbackQuery?.data ?? "")) {
    if (await ctx.editMessageText(text, { parse_mode: "HTML" }).then(() => true, () => false)) return;
  }
  await ctx.editMessageReplyMarkup().catch(() => undefined);
}

/** Booked outside the bot, and the provider names no total: there is no amount the agent could confirm. */
function noTotalText(ctx: BotContext, code: string, provider: ProviderId): string {
  return ctx.t("issue-outside-no-total", { code: escapeHtml(code), provider: providerName(provider) });
}

function departedText(ctx: BotContext, code: string, departsAt: string): string {
  return ctx.t("issue-departed", { code, departs: escapeHtml(dateTime(departsAt, localeOf(ctx), ctx.deps.settings.timeZone)), minutes: ISSUE_CUTOFF_MINUTES });
}

/**
 * An earlier issue gave no definite answer: nothing is paid before `until`. What the agent can do depends
 * on the booking's pay-before time: before the hold ends there is none left to issue again, so the
 * airline's answer decides and the advice is to watch /status (and the provider's support), never to pay.
 */
function doubtText(ctx: BotContext, code: string, hold: { until: string; status?: BookingStatus; provider: ProviderId; payBefore?: string; started?: string; paymentUnconfirmed?: true }): string {
  const locale = localeOf(ctx);
  const { timeZone } = ctx.deps.settings;
  // A confirmation that may still go through is never sent again: the hold's end promises nothing.
  if (hold.paymentUnconfirmed && hold.status !== undefined && hold.started === undefined) {
    const what = ctx.t("issue-doubt-confirmation", { code, provider: providerName(hold.provider), status: statusLabel(ctx.t.bind(ctx), hold.status) });
    return `${what}\n${unconfirmedTodo(ctx, code, hold.provider, hold.payBefore)}`;
  }
  const until = escapeHtml(deadline(hold.until, locale, timeZone));
  // An issue call still under way, or cut off when its process died: no answer came to be unclear.
  const what = hold.started !== undefined ? ctx.t("issue-checking", { code, until })
    : hold.status === undefined ? ctx.t("issue-doubt-no-answer", { code, until })
    : ctx.t("issue-doubt", { code, until, status: statusLabel(ctx.t.bind(ctx), hold.status) });
  if (hold.payBefore === undefined) return hold.started !== undefined ? what : `${what}\n${ctx.t("issue-doubt-retry", { code, until })}`;
  const by = escapeHtml(deadline(hold.payBefore, locale, timeZone));
  return holdOutlastsDeadline(hold.until, hold.payBefore)
    ? `${what}\n${ctx.t("issue-doubt-deadline", { code, deadline: by, provider: providerName(hold.provider) })}`
    : `${what}\n${ctx.t("issue-doubt-retry-by", { code, until, deadline: by })}`;
}

/** `provider` and `payBefore` (the booking's time limit, when the bot made it) shape the advice after a hold. */
function outcomeText(ctx: BotContext, code: string, o: IssueOutcome, provider: ProviderId, payBefore?: string): string {
  switch (o.kind) {
    case "issued":
      // Some airlines give ticket numbers only later: say so rather than "Ticket numbers: -".
      return o.result.ticketNumbers.length > 0
        ? ctx.t("issue-done", { code, tickets: escapeHtml(o.result.ticketNumbers.join(", ")), count: o.result.ticketNumbers.length })
        : ctx.t("issue-done-no-numbers", { code });
    case "already_issued":
      return ctx.t("issue-already", { code });
    case "paid":
      return ctx.t("issue-paid-awaiting", { code });
    case "already_paid":
      return ctx.t("issue-already-paid", { code });
    case "in_progress":
      return ctx.t("issue-in-progress", { code });
    case "not_issuable":
      return notIssuableText(ctx, code, o.status);
    case "failed":
      if (o.error.paySessionLost && payBefore !== undefined) return sessionLostText(ctx, code, provider, payBefore);
      // Its checkout never completed at the provider: nothing was paid, and the provider's dashboard is where it can be.
      if (o.error.checkoutUnfinished && payBefore !== undefined) return checkoutUnfinishedText(ctx, provider, payBefore);
      return providerErrorText(ctx, o.error, { provider });
    case "payment_unconfirmed":
      return unconfirmedText(ctx, code, provider, payBefore);
    case "unknown":
      if (o.heldUntil !== undefined) return doubtText(ctx, code, { until: o.heldUntil, status: o.status, provider, payBefore, ...(o.paymentUnconfirmed && { paymentUnconfirmed: o.paymentUnconfirmed }) });
      return o.status === undefined
        ? ctx.t("issue-unknown", { code })
        : ctx.t("issue-unknown-status", { code, status: statusLabel(ctx.t.bind(ctx), o.status) });
  }
}

export const issueFeature = new LeanComposer<BotContext>();

issueFeature.command(["issue", "issued"], throttle("issue"), async (ctx) => {
  const code = await commandCode(ctx, "issue", "issue-usage", () => offerPayable(ctx));
  if (code) await askToIssue(ctx, code);
});

issueFeature.callbackQuery(/^b:i:/, throttle("issue"), async (ctx) => {
  const parsed = parseBookingAction(ctx.callbackQuery.data);
  if (!holdTap(ctx)) await ctx.answerCallbackQuery();
  if (parsed) await askToIssue(ctx, parsed.code, parsed.provider);
  await releaseTap(ctx);
});

/** "🙋 Ask an issuer" under a refusal to spend; someone who may pay it gets the issue's confirmation instead. */
issueFeature.callbackQuery(/^b:r:/, throttle("issue"), (ctx) => onAskTapped(ctx, (code, provider) => askToIssue(ctx, code, provider)));

issueFeature.callbackQuery(/^ix:[\w-]{1,16}$/, async (ctx) => {
  const result = await cancelIssue(ctx.deps, actorOf(ctx), ctx.callbackQuery.data.slice(3));
  if (result.kind === "not_yours") return void (await ctx.answerCallbackQuery({ text: await notYourConfirmationText(ctx), show_alert: true }));
  await ctx.answerCallbackQuery({ text: ctx.t(result.kind === "cancelled" ? "cancelled" : "issue-intent-gone") });
  // The question is replaced by its answer: scrolling back later, nobody wonders whether it was paid.
  if (result.kind === "cancelled" && tappedCarries(ctx, "ix:")) await ctx.editMessageText(ctx.t("issue-withdrawn", { code: result.code }), { parse_mode: "HTML" }).catch(() => undefined);
});

/** Step two: the confirmation; the use case checks who, where and whose money before paying once. */
issueFeature.callbackQuery(/^ic:[\w-]{1,16}$/, async (ctx) => {
  const { deps } = ctx;
  // Answered at once: the provider may take a minute and Telegram wants the callback answered quickly.
  const intentId = ctx.callbackQuery.data.slice(3);
  // Another chat's token (or the group's, tapped by someone no longer in it) answers as a made-up one;
  // only a member of the asker's chat hears it isn't hers.
  const actor = ctx.chat && actorOf(ctx);
  const peek = actor && (await intentSeenFrom(deps, actor, intentId));
  if (!actor || !peek || peek.userId !== ctx.from.id) return void (await ctx.answerCallbackQuery(peek ? { text: await notYourConfirmationText(ctx), show_alert: true } : { text: ctx.t("issue-intent-gone") }));
  // A refusal is known before anything is paid (the group's approval revoked, the right to spend taken
  // away, the asker no longer in the group, the booking expired or cancelled): it alone answers the tap,
  // never after an "Issuing…" toast. confirmIssue checks all of it again, at the moment it pays.
  const grouped = holdTap(ctx);
  const refused = await refusalAtConfirm(ctx, actor, peek);
  if (refused) {
    // The confirmation can't pay any more, as confirmIssue would have dropped it.
    await cancelIssue(deps, actor, intentId);
    if (!grouped) await ctx.answerCallbackQuery();
    return refused();
  }
  if (grouped) await releaseTap(ctx, ctx.t("issue-working"));
  else await ctx.answerCallbackQuery({ text: ctx.t("issue-working") });
  await ctx.replyWithChatAction("typing");
  const o = await confirmIssue(deps, actor, intentId, localeOf(ctx));
  switch (o.kind) {
    case "gone":
      return void (await ctx.reply(ctx.t("issue-intent-gone"), { parse_mode: "HTML" }));
    case "not_yours":
      return void (await ctx.reply(await notYourConfirmationText(ctx, true), { parse_mode: "HTML" }));
    case "departed":
      await ctx.editMessageReplyMarkup().catch(() => undefined);
      return void (await ctx.reply(departedText(ctx, peek.code, o.departsAt), { parse_mode: "HTML" }));
    case "no_total":
      await ctx.editMessageReplyMarkup().catch(() => undefined);
      return void (await ctx.reply(noTotalText(ctx, peek.code, o.provider), { parse_mode: "HTML" }));
    case "not_allowed":
      return refuse(ctx, await notAllowedText(ctx, o.rule));
    case "unknown":
    case "denied":
    case "failed":
      return refuseOrPointToGroup(ctx, peek.code, "issue", o);
    case "done":
      break;
  }
  // Whatever fails from here, the payment was tried: the error boundary says to check the booking, not to try again.
  noteMoneyAction(ctx, o.code);
  await settleConfirmation(ctx, o);
  deps.logger.info({ booking: o.code, outcome: o.outcome.kind, by: ctx.from.id }, "issue attempt");
  await replyPatiently(ctx, outcomeText(ctx, o.code, o.outcome, o.provider, o.record?.booking.timelimit), { parse_mode: "HTML" });
  const paid = o.outcome.kind === "issued" || o.outcome.kind === "already_issued";
  // Paid just now: the card's Issue goes (an "already issued" found here had its card updated by the issue that paid).
  if (o.outcome.kind === "issued") await retireIssueButton(ctx, o.record);
  // Members' requests to issue it say who did, so nobody else opens them to pay.
  if (o.outcome.kind === "issued" || o.outcome.kind === "paid") {
    await markAsksIssued(ctx, o.record);
    // So do the reminders already sent: their 💳 Issue could only say "already issued" now.
    await retireIssuedReminders(ctx, o.record);
  }
  if (paid && !o.ticketScheduled) await replyTicket(ctx, o.source, o.code, o.record);
});
