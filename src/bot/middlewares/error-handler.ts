import { GrammyError, HttpError, type ErrorHandler } from "grammy";
import type { I18n } from "@grammyjs/i18n";
import type { Logger } from "pino";
import type { BotContext } from "../context.js";
import { StateNotSaved } from "./claim-update.js";
import { answerUpgradedTap } from "./upgraded-group-taps.js";
import { isUpgradedChatRefusal } from "../../telegram/upgraded-chats.js";
import { moneyActionOf } from "../money-action.js";
import { isTopicGone } from "../../telegram/topic-fallback.js";
import { isGroup } from "../../services/access-policy.js";
import { escapeHtml } from "../../presenters/html.js";
import { answeringTapped, memberLink, unhold } from "../held-taps.js";

/** Updates the error boundary has already dealt with: one answer per update, whatever fails after it. */
const answered = new WeakSet<object>();

/**
 * Telegram's refusal of a post to a gone forum topic, also as it comes out of a conversation step (the
 * conversations plugin hands on an error that is no GrammyError instance of this module, same words).
 */
function topicGoneError(e: unknown): boolean {
  return isTopicGone(e) || (e instanceof Error && /\(400: [^)]*(?:TOPIC_CLOSED|message thread not found)\)/.test(e.message));
}

/**
 * A group tap's failure, posted under everyone's eyes, names whose tap failed and replies to the message
 * tapped: an unaddressed "something went wrong" under a booking card reads as the booking's own trouble.
 */
function tapNotice(ctx: BotContext, text: string): [string, { parse_mode?: "HTML"; reply_parameters?: { message_id: number; allow_sending_without_reply: true } }] {
  if (!ctx.callbackQuery || !ctx.chat || !isGroup(ctx.chat)) return [text, {}];
  return [`${memberLink(ctx.callbackQuery.from)}:\n${escapeHtml(text)}`, { parse_mode: "HTML", ...answeringTapped(ctx) }];
}

/**
 * Redis refused or lost the command: the update can't be handled now, but can be in a moment.
 * (ioredis with no offline queue and one try per command: see the connection options in main.ts.)
 */
export function isStorageFailure(e: unknown): boolean {
  if (!(e instanceof Error)) return false;
  // A person's previous update still holds their lock after the longest wait (store/update-locks.ts).
  if (e.name === "MaxRetriesPerRequestError" || e.name === "LockWaitTimeout") return true;
  return /Stream isn't writeable|Connection is closed|enableOfflineQueue|Command timed out|ECONNREFUSED|ECONNRESET|EPIPE|ETIMEDOUT/.test(e.message);
}

/**
 * The one error boundary, for the whole middleware stack (`bot.catch`, which the runner and the webhook
 * endpoint both call) and for the features (`bot.errorBoundary`). It logs through the update's child
 * logger — update id, chat id, the error's name, code and message (src/logger.ts), never the context,
 * the dependencies or the user's text — and tells the user once, without details: "try again in a
 * moment" while Redis is unavailable (Indonesian unless the person's Telegram speaks English: the
 * session with their choice is in Redis), "something went wrong" otherwise. Provider errors are
 * handled where they happen; what reaches here is Redis, a bug, or Telegram. It never throws.
 *
 * One answer per update: the features' boundary may answer and then the update's closing write
 * (claim-update) fail too, into `bot.catch`; that second failure is only logged. A closing write that
 * fails after an update handled without error (`StateNotSaved`) is no "try again": the person got
 * their answer; they are told once that this step was not saved.
 */
export function createErrorHandler(i18n: I18n<BotContext>, defaultLocale: "id" | "en", logger: Logger): ErrorHandler<BotContext> {
  return async (err) => {
    const ctx = err.ctx;
    const e = err.error;
    const log = ctx.log ?? logger.child({ update_id: ctx.update.update_id, chat_id: ctx.chat?.id });
    try {
      if (answered.has(ctx)) {
        log.warn({ err: e instanceof StateNotSaved ? e.cause : e }, e instanceof StateNotSaved ? "state not saved after the error answer" : "failed again after the error answer");
        return;
      }
      answered.add(ctx);
      if (e instanceof StateNotSaved) {
        log.warn({ err: e.cause }, "state not saved after the update: told the user");
        const lang = ctx.from?.language_code?.slice(0, 2);
        const translate = ctx.t as BotContext["t"] | undefined;
        const text = translate ? translate("error-state-not-saved") : i18n.t(lang === "en" || lang === "id" ? lang : defaultLocale, "error-state-not-saved");
        if (ctx.chat) await ctx.reply(text).catch((sendError: unknown) => log.warn({ err: sendError }, "error notice not sent"));
        return;
      }
      // This update's chat is gone (upgraded to a supergroup; Telegram's refusal named the new one and the
      // bot noted it): a notice there would be refused the same way. A tap can still be told where to go,
      // unless the feature had already answered it. A refusal for another chat (a notice to a group that
      // moved) leaves this chat to be told as usual.
      const refusedChat = (e as { payload?: { chat_id?: unknown } }).payload?.chat_id;
      if (isUpgradedChatRefusal(e) && (refusedChat === undefined || String(refusedChat) === String(ctx.chat?.id))) {
        log.warn({ err: e }, "chat upgraded to a supergroup: nothing more sent there");
        const translate = ctx.t as BotContext["t"] | undefined;
        if (ctx.callbackQuery && translate) await answerUpgradedTap(ctx).catch(() => undefined);
        return;
      }
      // The forum topic was closed or deleted and General refused the post too (keepTopic moves it there):
      // a notice would be refused the same way. A tap not answered yet says so as an alert.
      if (topicGoneError(e)) {
        log.warn({ err: e }, "forum topic gone and General refused too: nothing posted");
        const translate = ctx.t as BotContext["t"] | undefined;
        if (ctx.callbackQuery && translate) await ctx.answerCallbackQuery({ text: translate("error-topic-closed"), show_alert: true }).catch(() => undefined);
        return;
      }
      const storage = ctx.deps?.storage;
      const storageDown = isStorageFailure(e) || (storage !== undefined && !storage.ready());
      if (e instanceof GrammyError) log.error({ method: e.method, code: e.error_code, description: e.description }, "telegram refused a call");
      else if (e instanceof HttpError) log.error({ err: e }, "telegram unreachable");
      else if (storageDown) log.warn({ err: e }, "redis unavailable: answered try-again");
      else log.error({ err: e }, "handler failed");
      if (e instanceof HttpError) return;
      const lang = ctx.from?.language_code?.slice(0, 2);
      const locale = lang === "en" || lang === "id" ? lang : defaultLocale;
      // ctx.t exists once the i18n middleware ran (it comes after sessions, which need Redis).
      const translate = ctx.t as BotContext["t"] | undefined;
      const paidCode = moneyActionOf(ctx);
      const text = paidCode !== undefined
        // A payment was made (or tried) in this update: "try again" would invite paying twice.
        ? (translate ? translate("error-after-payment", { code: paidCode }) : i18n.t(locale, "error-after-payment", { code: paidCode }))
        : translate && !storageDown ? translate("error-internal") : i18n.t(locale, storageDown ? "error-try-again" : "error-internal");
      // A group tap still held for its outcome (held-taps.ts) is the tapper's alone, as its refusals are:
      // the alert stops its spinner, and no "still checking" follows at its deadline.
      if (unhold(ctx)) return void (await ctx.answerCallbackQuery({ text, show_alert: true }).catch((e2: unknown) => log.warn({ err: e2 }, "error alert not sent")));
      // The features never ran: the button's spinner would turn until Telegram gives up.
      if (storageDown && ctx.callbackQuery) await ctx.answerCallbackQuery({ text }).catch(() => undefined);
      if (ctx.chat) await ctx.reply(...tapNotice(ctx, text)).catch((sendError: unknown) => log.warn({ err: sendError }, "error notice not sent"));
    } catch (inner) {
      log.error({ err: inner }, "error handler failed");
    }
  };
}
