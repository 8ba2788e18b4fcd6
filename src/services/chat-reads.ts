import type { BookingRecord } from "../store/booking-store.js";
import type { AccessPolicy, Actor } from "./access-policy.js";

/**
 * The chat itself as the one who reads, for what the bot says there unasked (reminders, the expiry notice,
 * reminders scheduled again when it is back in a chat): a private chat is its person; a group is nobody in
 * particular, so only what the group as such may read counts (the operator's account while it is approved,
 * a linked login while the group is still linked to it), never one member's own login.
 */
export function chatReader(chatId: number): Actor {
  return chatId > 0
    ? { userId: chatId, chat: { id: chatId, type: "private" }, standing: async () => "member" }
    : { userId: 0, chat: { id: chatId, type: "supergroup" }, standing: async () => "member" };
}

/**
 * Whether the booking's chat may still read it, on the account it was made with, through the same rule
 * as /cek (AccessPolicy.mayRead): a group whose approval was revoked (removed, added back by someone who
 * is no issuer) hears nothing more of its bookings on the operator's login.
 */
export function chatMayRead(access: AccessPolicy, record: BookingRecord): Promise<boolean> {
  return access.mayRead(chatReader(record.chatId), record.booking.provider, record.account);
}
