import { isProviderError, type ProviderErrorCode } from "../../../domain/errors.js";
import type { BotContext } from "../../context.js";
import type { Convo } from "./ask.js";

/** A provider outcome the replay log can hold: the value, or the error's meaning (never a class). */
export type CallResult<T> = { ok: true; value: T } | { ok: false; code: ProviderErrorCode; messages: string[]; balance?: number; bookingCode?: string; unusableCode?: string };

/**
 * Runs a provider call through `conversation.external`, turning provider errors into data so a
 * failure becomes a message and the conversation goes on instead of dying in the error handler.
 */
export function providerCall<T>(conversation: Convo, task: (ctx: BotContext) => Promise<T>): Promise<CallResult<T>> {
  return conversation.external(async (ctx): Promise<CallResult<T>> => {
    try {
      return { ok: true, value: await task(ctx) };
    } catch (e) {
      if (!isProviderError(e)) throw e;
      ctx.log.warn({ code: e.code, endpoint: e.endpoint, raw: e.raw }, "provider call failed");
      return { ok: false, code: e.code, messages: e.messages.slice(0, 10), balance: e.balance, ...(e.bookingCode !== undefined && { bookingCode: e.bookingCode }), ...(e.unusableCode !== undefined && { unusableCode: e.unusableCode }) };
    }
  });
}
