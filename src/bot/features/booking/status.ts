import { LeanComposer } from "../../lean-composer.js";
import { throttle } from "../../middlewares/throttle.js";
import { isPayable, tooLateToIssue } from "../../../domain/booking.js";
import type { ProviderId } from "../../../domain/flight.js";
import type { ProviderError } from "../../../domain/errors.js";
import { isGroup, type AccessDenied } from "../../../services/access-policy.js";
import { bookingStatus } from "../../../services/booking-status.js";
import { issueHoldUntil } from "../../../services/issue-booking.js";
import { statusCard, statusLabel } from "../../../presenters/booking-card.js";
import { bookingKeyboard, parseBookingAction } from "../../../presenters/booking-keyboard.js";
import { deadline, localeOf } from "../../../presenters/format.js";
import { escapeHtml } from "../../../presenters/html.js";
import type { BotContext } from "../../context.js";
import { actorOf } from "../../actor.js";
import { commandCodes } from "./booking-code.js";
import { offerRecent } from "./code-offers.js";
import { deniedText } from "./access-replies.js";
import { providerErrorText, providerErrorToast } from "../provider-error-text.js";
import { ticketFor } from "./ticket.js";
import { retireIssuedReminders } from "./issued-reminders.js";
import { pointToGroup } from "./group-booking-hint.js";
import { checkoutUncheckedText, checkoutUnfinishedText, sessionLostText } from "./session-lost-text.js";
import { offersIssue } from "../../../presenters/pay-offer.js";
import { answeredLate, answeringTapped, holdTap, memberLink, unhold } from "../../held-taps.js";

/**
 * Taps of a booking's buttons in a group (card, reminder, digest, list, customer card), answered once
 * their outcome is known: a refusal — a code this person may not see, no account here, no right to
 * spend, a lookup that failed — goes to the tapper alone, as a toast. In the group's chat it would sit
 * under a real booking addressed to nobody ("you may not…", "unknown code"), read by the booking's owner
 * as meant for her, and anyone outside the group could make the bot post there. A stranger's toast is
 * the one an unknown code gets. In a private chat the chat is the tapper's own: the tap is answered at
 * once and the answer is a message, as for a command. A held tap is answered by ANSWER_DEADLINE_MS at the latest
 * (held-taps.ts).
 */
const inGroup = (ctx: BotContext) => ctx.chat !== undefined && isGroup(ctx.chat);

export { holdTap };

/** A held tap whose outcome is no refusal: its spinner stops (with `text`, a toast), and the answer is sent as usual. */
export async function releaseTap(ctx: BotContext, text?: string): Promise<void> {
  if (unhold(ctx)) await ctx.answerCallbackQuery(text === undefined ? undefined : { text });
}

/** In a group, the answer to a typed request replies to it: the member who asked reads it as hers. */
export function answeringTyped(ctx: BotContext): { reply_parameters?: { message_id: number; allow_sending_without_reply: true } } {
  const asked = inGroup(ctx) ? ctx.message?.message_id : undefined;
  return asked === undefined ? {} : { reply_parameters: { message_id: asked, allow_sending_without_reply: true } };
}

/** A toast is plain text: the HTML of a message, its tags dropped (≤ 200 characters: callback-answer-limit.ts). */
function plain(html: string): string {
  return html.replace(/<[^>]*>/g, "").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, "\"").replace(/&#39;/g, "'").replace(/&amp;/g, "&");
}

/** A refusal: a held tap's toast (`toast`, else the message's words); a typed request's reply; else a message. */
export async function refuse(ctx: BotContext, html: string, toast = html): Promise<void> {
  if (unhold(ctx)) return void (await ctx.answerCallbackQuery({ text: plain(toast), show_alert: true }));
  if (answeredLate(ctx) && ctx.from) return void (await ctx.reply(`${memberLink(ctx.from)}:\n${html}`, { parse_mode: "HTML", ...answeringTapped(ctx) }));
  await ctx.reply(html, { parse_mode: "HTML", ...answeringTyped(ctx) });
}

/** Why no account may be used here, short enough for a toast where the message runs long. */
const DENIED_TOASTS: Partial<Record<AccessDenied, string>> = { group_not_approved: "access-group-not-approved-toast" };

/** What every booking action answers for a code it may not see, when no account may be used, or when the lookup failed. */
export async function refuseNotFound(ctx: BotContext, outcome: { kind: "unknown" } | { kind: "denied"; reason: AccessDenied } | { kind: "failed"; error: ProviderError }): Promise<void> {
  // Exactly what the provider's "no such booking" reads like: another chat's code can't be told apart.
  if (outcome.kind === "unknown") return refuse(ctx, ctx.t("error-booking-not-found"));
  if (outcome.kind === "failed") return refuse(ctx, providerErrorText(ctx, outcome.error), providerErrorToast(ctx, outcome.error));
  const toast = DENIED_TOASTS[outcome.reason];
  return refuse(ctx, deniedText(ctx, outcome.reason), toast === undefined ? undefined : ctx.t(toast));
}

/**
 * A refusal of one of several codes asked at once, which says which code it is about. Unknown reads the
 * same for a made-up code, another chat's and one the provider no longer knows: the code as typed, nothing more.
 */
function refuseNamed(ctx: BotContext, code: string, outcome: { kind: "unknown" } | { kind: "denied"; reason: AccessDenied } | { kind: "failed"; error: ProviderError }): Promise<void> {
  const shown = escapeHtml(code);
  if (outcome.kind === "unknown" || (outcome.kind === "failed" && outcome.error.code === "booking_not_found")) {
    return refuse(ctx, ctx.t("error-booking-code-not-found", { code: shown }));
  }
  const refusal = outcome.kind === "failed" ? providerErrorText(ctx, outcome.error) : deniedText(ctx, outcome.reason);
  return refuse(ctx, ctx.t("status-code-refused", { code: shown, refusal }));
}

/**
 * Live status from the provider, with the saved details of this chat's own bookings only. `oneOfSeveral`:
 * the code is one of several asked at once, so a refusal names it.
 */
export async function replyStatus(ctx: BotContext, code: string, provider?: ProviderId, oneOfSeveral = false): Promise<void> {
  const { deps } = ctx;
  const o = await bookingStatus(deps, actorOf(ctx), code, provider, { deps, locale: localeOf(ctx) });
  const t = ctx.t.bind(ctx);
  if (o.kind === "outside") {
    const heldUntil = isPayable(o.status) ? await issueHoldUntil(deps, o.provider, code) : undefined;
    const hold = heldUntil ? `\n${ctx.t("status-issue-hold", { until: escapeHtml(deadline(heldUntil, localeOf(ctx), deps.settings.timeZone)) })}` : "";
    await releaseTap(ctx);
    return void (await ctx.reply(`${ctx.t("status-bare", { code, status: statusLabel(t, o.status) })}${hold}`, { parse_mode: "HTML", ...answeringTyped(ctx) }));
  }
  if (o.kind === "unknown" && (await pointToGroup(ctx, code))) return;
  if (o.kind !== "own") return oneOfSeveral ? refuseNamed(ctx, code, o) : refuseNotFound(ctx, o);
  const { status, record } = o;
  const late = tooLateToIssue(record.booking, deps.now());
  // An issue in doubt holds the code: the card says so, and offers no Issue that would only be refused.
  const heldUntil = isPayable(status) ? await issueHoldUntil(deps, record.booking.provider, code) : undefined;
  // So does a confirmation that may still go through: the bot never sends it again.
  const unconfirmed = o.paymentUnconfirmed === true;
  // Nor when the session it would be paid with is gone at the provider: said instead, with where to pay it.
  const sessionLost = o.paySessionLost === true;
  // Nor when its checkout never went through, or whether it did couldn't be read now.
  const unfinished = o.checkoutUnfinished === true;
  const unknown = o.checkoutUnknown === true;
  const payable = !late && offersIssue({ heldUntil, paymentUnconfirmed: unconfirmed, sessionLost, checkoutUnfinished: unfinished, checkoutUnknown: unknown });
  const actions = status === "issued" ? (["t"] as const) : isPayable(status) ? (payable ? (["i", "s"] as const) : (["s"] as const)) : ([] as const);
  // Either checkout note says what applies instead of the card's "issuing it asks the provider first".
  const shown = statusCard(t, localeOf(ctx), deps.settings.timeZone, record.booking, status, deps.now(), record, heldUntil, unconfirmed, unfinished || unknown);
  const { provider: by, timelimit } = record.booking;
  const why = late ? undefined : sessionLost ? sessionLostText(ctx, code, by, timelimit) : unfinished ? checkoutUnfinishedText(ctx, by, timelimit)
    : unknown ? checkoutUncheckedText(ctx, by, timelimit) : undefined;
  const card = why ? `${shown}\n\n${why}` : shown;
  // Issued while our records had no issue of it (a payment whose process died, or paid elsewhere): the
  // e-ticket is sent as after any issue, so the agent needn't know to ask for it.
  await releaseTap(ctx);
  // In a group, "/status CODE" (or the code typed) gets its card as a reply, as "/status" alone gets its question.
  await ctx.reply(o.recovered ? `${card}\n\n${ctx.t("issue-recovered", { code })}` : card, {
    parse_mode: "HTML", ...answeringTyped(ctx),
    reply_markup: actions.length ? bookingKeyboard(t, record.booking.provider, code, actions) : undefined,
  });
  if (o.recovered && !o.recovered.ticketScheduled) await ticketFor(ctx, code, record.booking.provider);
  // Its reminders stopped with the issue recorded; those already sent lose their Issue.
  if (o.recovered) await retireIssuedReminders(ctx, o.recovered.record);
}

export const statusFeature = new LeanComposer<BotContext>();

/** How many codes one status request looks up (a pasted list longer than this is asked about instead). */
const CHECKED_AT_ONCE = 5;

statusFeature.command(["status", "cek"], throttle("lookup"), async (ctx) => {
  // Each code its own answer, in the order typed, each through the same access check.
  const codes = await commandCodes(ctx, "status", "status-usage", () => offerRecent(ctx), CHECKED_AT_ONCE);
  for (const code of codes) {
    await ctx.replyWithChatAction("typing");
    await replyStatus(ctx, code, undefined, codes.length > 1);
  }
});

statusFeature.callbackQuery(/^b:s:/, throttle("lookup"), async (ctx) => {
  const parsed = parseBookingAction(ctx.callbackQuery.data);
  if (!holdTap(ctx)) await ctx.answerCallbackQuery();
  if (parsed) await replyStatus(ctx, parsed.code, parsed.provider);
  await releaseTap(ctx);
});
