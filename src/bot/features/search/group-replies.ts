import type { MiddlewareFn } from "grammy";
import type { ConvoContext } from "../../context.js";

/**
 * In groups every message of a member's booking flow replies to that member's message (the command or
 * their last answer, followed along the chain for button presses). With privacy mode on, that is what
 * makes a selective ForceReply reach only them, and it tells others whose flow a message belongs to.
 */
export const replyToMemberInGroups: MiddlewareFn<ConvoContext> = async (ctx, next) => {
  const group = ctx.chat?.type === "group" || ctx.chat?.type === "supergroup";
  const anchor = ctx.message?.message_id ?? ctx.callbackQuery?.message?.reply_to_message?.message_id;
  if (group && anchor !== undefined) {
    ctx.api.config.use((prev, method, payload, signal) =>
      (method === "sendMessage" || method === "sendPhoto") && !("reply_parameters" in payload && payload.reply_parameters)
        ? prev(method, { ...payload, reply_parameters: { message_id: anchor, allow_sending_without_reply: true } }, signal)
        : prev(method, payload, signal),
    );
  }
  await next();
};
