import { InlineKeyboard } from "grammy";
import type { ProviderId } from "../../../domain/flight.js";
import { isGroup, type SpendRule } from "../../../services/access-policy.js";
import { answeredAsks, askedRecently, askIssuers, dropAsk, dropRefusal, mayPostRefusal, notePostedAsk } from "../../../services/issue-ask.js";
import type { BookingRecord } from "../../../store/booking-store.js";
import { bookingActionData, issueAskData, parseBookingAction } from "../../../presenters/booking-keyboard.js";
import { askCardLines, clockAt, personLink } from "../../../presenters/issue-ask-card.js";
import { localeOf } from "../../../presenters/format.js";
import { issuersToMention } from "../../../telegram/issuer-names.js";
import type { BotContext } from "../../context.js";
import { actorOf } from "../../actor.js";
import { notAllowedText, whoMaySpend } from "./access-replies.js";
import { notIssuableText } from "./issue-refusals.js";
import { answeringTyped, holdTap, refuse, refuseNotFound, releaseTap } from "./status.js";
import { refuseOrPointToGroup } from "./group-booking-hint.js";

/**
 * A member who may book but not spend, and the people who may: her refusal offers to ask them, and the
 * request is one message in the group that mentions them with the booking's short card and its Issue
 * (which goes through the issue's own confirmation for whoever taps it). In a private chat there is
 * nobody to ask: the refusal is as before.
 */
const inGroup = (ctx: BotContext) => ctx.chat !== undefined && isGroup(ctx.chat);

/**
 * The refusal to spend. In a group it carries "🙋 Ask an issuer" for the booking: typed, as a reply to her
 * message; tapped, posted replying to the tapped card naming her (a toast can't carry a button).
 */
export async function refuseSpend(ctx: BotContext, rule: SpendRule, code: string, provider: ProviderId | undefined): Promise<void> {
  const text = await notAllowedText(ctx, rule);
  if (!inGroup(ctx) || provider === undefined || !ctx.from || rule.who === "everyone") return refuse(ctx, text);
  // Asked already: said so, and nothing more is posted for her (a tap is her toast again).
  const asked = await askedRecently(ctx.deps, provider, code);
  if (asked !== undefined) return refuse(ctx, `${text}\n${ctx.t("issue-ask-already", { code, at: clockAt(asked, ctx.deps.settings.timeZone) })}`);
  const reply_markup = new InlineKeyboard().text(ctx.t("issue-ask-button"), issueAskData(provider, code));
  if (ctx.callbackQuery) {
    // Posted once: a member tapping Issue again (or twice at once) gets her toast, the group one message.
    const chatId = ctx.chat!.id;
    if (!(await mayPostRefusal(ctx.deps, chatId, ctx.from.id, provider, code))) return refuse(ctx, text);
    await releaseTap(ctx);
    const tapped = ctx.callbackQuery.message?.message_id;
    try {
      await ctx.reply(`${personLink({ id: ctx.from.id, name: ctx.from.first_name })}:\n${text}`, {
        parse_mode: "HTML", reply_markup, ...(tapped !== undefined && { reply_parameters: { message_id: tapped, allow_sending_without_reply: true } }),
      });
    } catch (e) {
      await dropRefusal(ctx.deps, chatId, ctx.from.id, provider, code);
      throw e;
    }
    return;
  }
  await ctx.reply(text, { parse_mode: "HTML", reply_markup, ...answeringTyped(ctx) });
}

/**
 * Asks the issuers to issue `code` for this member ("🙋 Ask an issuer", or "minta issue CODE" typed).
 * `issue`: what runs when she may pay it herself (the issue's confirmation). Refusals and "asked at
 * HH:MM" are hers alone (a tap's toast, a reply to her words); only the request itself is posted.
 */
export async function askForIssue(ctx: BotContext, code: string, provider: ProviderId | undefined, issue: () => Promise<void>): Promise<void> {
  const { deps } = ctx;
  const o = await askIssuers(deps, actorOf(ctx), code, provider);
  switch (o.kind) {
    case "unknown":
    case "denied":
    case "failed":
      return refuseOrPointToGroup(ctx, code, "issue", o);
    case "may_issue":
      return issue();
    case "private":
    case "not_askable":
      return o.rule ? refuse(ctx, await notAllowedText(ctx, o.rule)) : refuseNotFound(ctx, { kind: "unknown" });
    case "already_issued":
      return refuse(ctx, ctx.t("issue-already", { code }));
    case "not_issuable":
      return refuse(ctx, notIssuableText(ctx, code, o.status));
    case "asked_already":
      return refuse(ctx, ctx.t("issue-ask-already", { code, at: clockAt(o.at, deps.settings.timeZone) }));
    case "ask":
      break;
  }
  const { record, rule } = o;
  const { booking } = record;
  const chatId = ctx.chat!.id;
  const issuers = await issuersToMention(ctx.api, chatId, rule);
  const named = issuers.length > 0 ? issuers.map(personLink).join(", ") : whoMaySpend(ctx, rule);
  const text = [
    ctx.t("issue-ask-request", { asker: personLink({ id: ctx.from!.id, name: ctx.from!.first_name }), issuers: named }),
    ...askCardLines(ctx.t.bind(ctx), localeOf(ctx), deps.settings.timeZone, booking, deps.now()),
  ].join("\n");
  const reply_markup = new InlineKeyboard().text(ctx.t("button-issue"), bookingActionData("i", booking.provider, booking.code));
  let sent;
  try {
    sent = await ctx.reply(text, { parse_mode: "HTML", reply_markup, ...answeringTyped(ctx) });
  } catch (e) {
    await dropAsk(deps, booking.provider, booking.code);
    throw e;
  }
  await notePostedAsk(deps, booking.provider, booking.code, { chatId: sent.chat.id, messageId: sent.message_id });
  if (ctx.callbackQuery) {
    await releaseTap(ctx, ctx.t("issue-ask-sent"));
    // The refusal's button did its work: asking again is the request's business now.
    if (ctx.callbackQuery.message?.reply_markup?.inline_keyboard.flat().some((b) => "callback_data" in b && b.callback_data === ctx.callbackQuery?.data)) {
      await ctx.editMessageReplyMarkup().catch(() => undefined);
    }
  }
}

/** "🙋 Ask an issuer" under a refusal: checked like every booking button (a forged one reads as an unknown code). */
export async function onAskTapped(ctx: BotContext, issue: (code: string, provider: ProviderId) => Promise<void>): Promise<void> {
  const parsed = parseBookingAction(ctx.callbackQuery?.data ?? "");
  if (!holdTap(ctx)) await ctx.answerCallbackQuery();
  if (parsed?.action === "r") await askForIssue(ctx, parsed.code, parsed.provider, () => issue(parsed.code, parsed.provider));
  await releaseTap(ctx);
}

/** Issued: each request posted for it says who issued it, its Issue gone (best effort: one too old to edit stays). */
export async function markAsksIssued(ctx: BotContext, record: BookingRecord | undefined): Promise<void> {
  if (!record || !ctx.from) return;
  const { booking } = record;
  const posted = await answeredAsks(ctx.deps, booking.provider, booking.code);
  const text = [
    ctx.t("issue-ask-done", { code: booking.code, by: personLink({ id: ctx.from.id, name: ctx.from.first_name }) }),
    ...askCardLines(ctx.t.bind(ctx), localeOf(ctx), ctx.deps.settings.timeZone, booking, ctx.deps.now(), false),
  ].join("\n");
  for (const p of posted) await ctx.api.editMessageText(p.chatId, p.messageId, text, { parse_mode: "HTML" }).catch(() => undefined);
}
