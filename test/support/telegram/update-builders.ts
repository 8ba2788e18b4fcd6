import type { MessageEntity, UserFromGetMe } from "grammy/types";
import type { StoredMessage } from "./types.js";

/**
 * The entities Telegram's clients attach to what a user types: bot_command for /cmd and
 * /cmd@SomeBot, mention for @username. grammY's bot.command() and privacy mode depend on them.
 */
export function detectEntities(text: string): MessageEntity[] {
  const entities: MessageEntity[] = [];
  const pattern = /(^|[\s([{,;])(\/[A-Za-z0-9_]{1,64}(?:@[A-Za-z0-9_]{3,32})?|@[A-Za-z0-9_]{4,32})(?![A-Za-z0-9_@])/g;
  for (const m of text.matchAll(pattern)) {
    const token = m[2] ?? "";
    const offset = (m.index ?? 0) + (m[1]?.length ?? 0);
    entities.push({ type: token.startsWith("/") ? "bot_command" : "mention", offset, length: token.length });
  }
  return entities;
}

/**
 * Privacy mode in groups: the bot sees commands meant for it (/cmd or /cmd@ThisBot), replies to
 * its own messages and messages that @mention it. Private chats and service messages always pass.
 */
export function visibleToBot(
  message: StoredMessage,
  repliedTo: StoredMessage | undefined,
  bot: UserFromGetMe,
  privacyMode: boolean,
): boolean {
  if (!privacyMode || message.chat.type === "private") return true;
  if (repliedTo?.fromBot) return true;
  const text = message.text ?? "";
  const me = bot.username.toLowerCase();
  for (const e of message.entities ?? []) {
    const token = text.slice(e.offset, e.offset + e.length).toLowerCase();
    if (e.type === "mention" && token === `@${me}`) return true;
    if (e.type === "bot_command" && e.offset === 0) {
      const target = token.split("@")[1];
      if (target === undefined || target === me) return true;
    }
  }
  return false;
}
