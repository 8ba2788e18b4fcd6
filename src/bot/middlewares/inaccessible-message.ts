import type { Context, NextFunction } from "grammy";
import { editsBecomeMessages } from "../../telegram/harmless-refusals.js";

/** A tap on a message Telegram no longer shows the bot (date 0) answers with a new message instead of an edit. */
export function redrawInaccessible(ctx: Context): void {
  const message = ctx.callbackQuery?.message;
  if (message && message.date === 0) ctx.api.config.use(editsBecomeMessages(message.chat.id, message.message_id));
}

export async function inaccessibleMessage(ctx: Context, next: NextFunction): Promise<void> {
  redrawInaccessible(ctx);
  await next();
}
