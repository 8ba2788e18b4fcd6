import type { Chat, User } from "grammy/types";

/**
 * Telegram's own accounts that stand in as a message's sender for whoever is not writing as herself:
 * "Telegram" (777000: a linked channel's posts forwarded into its discussion group, service notices),
 * GroupAnonymousBot (an admin posting as the group) and Channel_Bot (a post sent as a channel). The same
 * account for everyone who posts that way, so none of them is a person to name, list or ask about.
 */
const STAND_INS = new Set([777000, 1087968824, 136817688]);

/**
 * Whether a message (or tap) is a person's own: no chat it was sent as (`sender_chat`: a channel, the
 * group itself, an automatic forward), and a sender that is neither a bot nor one of Telegram's stand-ins.
 */
export function isPerson(from: User, senderChat?: Chat): boolean {
  return senderChat === undefined && !from.is_bot && !STAND_INS.has(from.id);
}
