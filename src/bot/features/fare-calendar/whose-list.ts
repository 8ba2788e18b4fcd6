import type { BotContext } from "../../context.js";

/**
 * In a group, a results list (and the quote, the ±3 calendar and the flight picker opened from it) is the
 * member's who searched: another member's tap on its 📤 or ±3 buttons, or on a day of its calendar, is
 * answered with a toast saying whose it is, as the list's other buttons are (search/results-actions.ts).
 * Opened as the tapper's own, a calendar and a day's results would land under the colleague's /cari, and
 * the colleague answering them would be told they are someone else's. Returns the owner's name when the
 * tapped message is another member's; undefined in private chats, for the tapper's own, and for messages
 * of nobody's (a booking card belongs to the group).
 */
export async function colleagueOf(ctx: BotContext): Promise<string | undefined> {
  const tapped = ctx.callbackQuery?.message;
  if (!tapped || !ctx.from || (tapped.chat.type !== "group" && tapped.chat.type !== "supergroup")) return undefined;
  // A flow's messages (results, quotes) are noted as their member's when sent (foreign-replies.ts).
  const noted = await ctx.deps.messageOwners.ownerOf(tapped.chat.id, tapped.message_id);
  if (noted) return noted.id === ctx.from.id ? undefined : noted.name;
  // The calendar and the picker reply to the member's own message. In a forum topic every message
  // "replies" to the topic's creation, which names its creator, not the searcher.
  const replied = tapped.reply_to_message;
  const owner = replied && !replied.forum_topic_created ? replied.from : undefined;
  return owner && !owner.is_bot && owner.id !== ctx.from.id ? owner.first_name : undefined;
}
