import type { Chat, Message, User } from "grammy/types";
import { badRequest, forbidden } from "./errors.js";
import { compact } from "./timers.js";
import type { ChatRef, StoredMessage, UserRef } from "./types.js";

interface ChatRecord {
  chat: Chat;
  nextMessageId: number;
  messages: Map<number, StoredMessage>;
  lastSender?: User;
  migratedTo?: number;
  botLeft?: boolean;
}

/** Chats the emulator has seen, their messages, users, blocks and administrators. */
export class ChatState {
  private readonly chats = new Map<number, ChatRecord>();
  private readonly users = new Map<number, User>();
  private readonly blocked = new Set<number>();
  private readonly admins = new Map<number, number[]>();
  private readonly kicked = new Map<number, number[]>();
  private readonly joined = new Map<number, number[]>();

  rememberUser(ref: UserRef): User {
    const user: User = compact({ is_bot: false, ...ref });
    this.users.set(user.id, user);
    return user;
  }

  user(id: number): User {
    return this.users.get(id) ?? { id, is_bot: false, first_name: `User ${id}` };
  }

  /** A user talking in a chat makes it known; private chats take the user's names. */
  ensureChat(ref: ChatRef, from?: User): ChatRecord {
    const existing = this.chats.get(ref.id);
    if (existing?.migratedTo !== undefined) {
      throw new Error(`chat ${ref.id} was migrated to ${existing.migratedTo}; use the new id`);
    }
    if (existing) {
      if (from) existing.lastSender = from;
      return existing;
    }
    const chat: Chat =
      ref.type === "private"
        ? (compact({ id: ref.id, type: "private", first_name: from?.first_name ?? `User ${ref.id}`, username: from?.username }) as Chat)
        : ({ id: ref.id, type: ref.type, title: ref.title ?? `Group ${ref.id}` } as Chat);
    const record: ChatRecord = { chat, nextMessageId: 1, messages: new Map(), lastSender: from };
    this.chats.set(ref.id, record);
    return record;
  }

  find(id: number): ChatRecord | undefined {
    return this.chats.get(id);
  }

  /**
   * Resolves a chat_id parameter the way Telegram answers a bot: unknown → chat not found,
   * migrated group → 400 with migrate_to_chat_id, and for sends a block or a left group → 403.
   */
  requireChat(chatId: unknown, sending: boolean): ChatRecord {
    const id = typeof chatId === "string" && /^-?\d+$/.test(chatId) ? Number(chatId) : chatId;
    const record = typeof id === "number" ? this.chats.get(id) : this.byUsername(String(id));
    if (!record) throw badRequest("chat not found");
    if (record.migratedTo !== undefined) {
      throw badRequest("group chat was upgraded to a supergroup chat", { migrate_to_chat_id: record.migratedTo });
    }
    if (sending && this.blocked.has(record.chat.id)) {
      throw record.chat.type === "private"
        ? forbidden("bot was blocked by the user")
        : forbidden(`bot was kicked from the ${record.chat.type} chat`);
    }
    if (record.botLeft) throw forbidden(`bot is not a member of the ${record.chat.type} chat`);
    return record;
  }

  private byUsername(name: string): ChatRecord | undefined {
    const wanted = name.replace(/^@/, "").toLowerCase();
    return [...this.chats.values()].find((r) => "username" in r.chat && r.chat.username?.toLowerCase() === wanted);
  }

  addMessage(record: ChatRecord, data: Omit<StoredMessage, "message_id" | "chat">): StoredMessage {
    const stored = compact({ message_id: record.nextMessageId++, chat: record.chat, ...data }) as StoredMessage;
    record.messages.set(stored.message_id, stored);
    return stored;
  }

  messages(chatId: number): StoredMessage[] {
    const record = this.chats.get(chatId);
    return record ? [...record.messages.values()].sort((a, b) => a.message_id - b.message_id) : [];
  }

  markLeft(record: ChatRecord): void {
    record.botLeft = true;
  }

  block(chatId: number): void {
    this.blocked.add(chatId);
  }

  setAdmins(chatId: number, userIds: number[]): void {
    this.admins.set(chatId, [...userIds]);
  }

  adminsOf(chatId: number): number[] {
    return this.admins.get(chatId) ?? [];
  }

  /** An admin removes someone: getChatMember says "kicked" from then on (and they're no admin). */
  kick(chatId: number, userId: number): void {
    this.kicked.set(chatId, [...this.kickedFrom(chatId), userId]);
    this.admins.set(chatId, this.adminsOf(chatId).filter((id) => id !== userId));
  }

  /** Someone joins a group without writing in it (getChatMember: "member"), as most members of a busy group are. */
  join(chatId: number, userId: number): void {
    this.joined.set(chatId, [...this.joinedTo(chatId), userId]);
    this.kicked.set(chatId, this.kickedFrom(chatId).filter((id) => id !== userId));
  }

  joinedTo(chatId: number): number[] {
    return this.joined.get(chatId) ?? [];
  }

  kickedFrom(chatId: number): number[] {
    return this.kicked.get(chatId) ?? [];
  }

  migrate(oldRecord: ChatRecord, newChatId: number): ChatRecord {
    const title = "title" in oldRecord.chat ? oldRecord.chat.title : undefined;
    const next = this.ensureChat({ id: newChatId, type: "supergroup", title }, oldRecord.lastSender);
    oldRecord.migratedTo = newChatId;
    this.admins.set(newChatId, this.adminsOf(oldRecord.chat.id));
    return next;
  }

  /** The Message object Telegram would send, with the replied-to message one level deep. */
  toTelegram(stored: StoredMessage, withReply = true): Message {
    const { fromBot: _fromBot, reply_to_message_id, ...rest } = stored;
    const replied =
      withReply && reply_to_message_id !== undefined
        ? this.chats.get(stored.chat.id)?.messages.get(reply_to_message_id)
        : undefined;
    const message = { ...rest, reply_to_message: replied ? this.toTelegram(replied, false) : undefined };
    return structuredClone(compact(message)) as unknown as Message;
  }
}

export type { ChatRecord };
