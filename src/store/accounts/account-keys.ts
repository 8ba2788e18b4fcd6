import type { RedisKeys } from "../keys.js";

/**
 * The accounts' Redis keys, kept here rather than in store/keys.ts so the feature stays in one
 * folder; they share the deployment's namespace prefix.
 */
export function accountKeys(keys: RedisKeys) {
  const ns = keys.sessionPrefix.split(":")[0] ?? "agt";
  return {
    /** A person's linked login (sealed). */
    user: (userId: number) => `${ns}:acct:user:${userId}`,
    /** Which linked account a group uses (plain: an id and the admin's name, nothing secret). */
    chat: (chatId: number) => `${ns}:acct:chat:${chatId}`,
    /** The groups using an account, so /logout can unlink them. */
    chatsOf: (accountId: string) => `${ns}:acct:chats:${accountId}`,
    /** A /login or /resetpassword in progress (sealed: it holds a username or e-mail). */
    flow: (chatId: number, userId: number) => `${ns}:acct:flow:${chatId}:${userId}`,
  };
}
export type AccountKeys = ReturnType<typeof accountKeys>;
