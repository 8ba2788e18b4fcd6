/**
 * Answers are short: a title and a name, an e-mail, a phone or ID number. Anything longer is refused
 * before a pattern runs on it (Telegram allows 4096 characters in a message).
 */
export const MAX_ANSWER = 120;
