/**
 * Telegram's refusal to edit a message that is no longer there: deleted by the member (in a private chat
 * she can delete the bot's message for both sides), by an admin, or by a cleaner bot in a group. What was
 * to be drawn in it can only come as a new message.
 */
export function messageGone(e: unknown): boolean {
  return /message to edit not found|MESSAGE_ID_INVALID/i.test(String((e as Error | undefined)?.message ?? e));
}
