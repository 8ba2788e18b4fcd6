import type { Context, NextFunction } from "grammy";
import { editsBecomeMessages } from "../../telegram/harmless-refusals.js";
import { keepTopic, topicOf } from "../../telegram/topic-thread.js";

/**
 * Where an update's answers go, set on its `api` (the update's own, and each conversation step's):
 * a tap on a message Telegram no longer shows the bot (date 0) answers with a new message instead of an
 * edit; an update from a forum topic is answered in that topic.
 */
export function placeAnswers(ctx: Context): void {
  const tapped = ctx.callbackQuery?.message;
  if (tapped && tapped.date === 0) ctx.api.config.use(editsBecomeMessages(tapped.chat.id, tapped.message_id));
  const topic = topicOf(ctx.msg);
  if (topic) ctx.api.config.use(keepTopic(topic.chatId, topic.threadId, ctx.from));
}

export async function answersInPlace(ctx: Context, next: NextFunction): Promise<void> {
  placeAnswers(ctx);
  await next();
}
