import { LeanComposer } from "../lean-composer.js";
import type { BotContext } from "../context.js";
import { escapeHtml } from "../../presenters/html.js";

/**
 * Flows whose next steps are the same person's taps and answers. A message sent as the group (an admin
 * who "remains anonymous") or as a channel comes from a shared sender, while that person's taps come from
 * their own account: the flow could never be theirs, and in a group every anonymous admin would share it.
 * Read-only commands and the admins' settings still work for them.
 */
const PERSONAL_FLOWS = ["search", "cari", "issue", "issued", "cancel", "batal"];

export const anonymousSendersFeature = new LeanComposer<BotContext>();

anonymousSendersFeature.chatType(["group", "supergroup"]).command(PERSONAL_FLOWS, async (ctx, next) => {
  const as = ctx.senderChat;
  if (!as) return next();
  const key = as.id === ctx.chat.id ? "anonymous-admin" : "anonymous-channel";
  await ctx.reply(ctx.t(key, { name: escapeHtml(as.title ?? "") }), {
    parse_mode: "HTML",
    reply_parameters: { message_id: ctx.msg.message_id, allow_sending_without_reply: true },
  });
});
