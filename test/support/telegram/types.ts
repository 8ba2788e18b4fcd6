import type {
  Chat, Document, InlineKeyboardMarkup, MessageEntity, PhotoSize, Update, User, UserFromGetMe,
} from "grammy/types";
import type { ErrorParameters } from "./errors.js";

export type ChatRef = { id: number; type: "private" | "group" | "supergroup"; title?: string };
export type UserRef = { id: number; first_name: string; username?: string; language_code?: string };

export interface EmulatorOptions {
  token?: string; // default "123456:TEST"
  port?: number; // default: a free port
  botInfo?: Partial<UserFromGetMe>; // username default "AgenTiketBot"
  privacyMode?: boolean; // default true: in groups only commands, replies to the bot and @mentions arrive
  webhookConnections?: number; // default 1 (one update at a time); > 1: like max_connections, one per chat at a time
  onWebhookDelivered?: (update: Update) => void; // an update the webhook answered with 2xx
  /** How old a callback or inline query may be when answered (default TELEGRAM_QUERY_MAX_AGE_MS, 15 s). */
  queryMaxAgeMs?: number;
  /**
   * setWebhook's URL rules. "self-hosted" (default; the bot reaches the emulator at its own API root, as a
   * self-hosted Bot API server): any http(s) URL. "cloud": api.telegram.org's, https only, on port 80, 88, 443 or 8443.
   */
  webhookRules?: "self-hosted" | "cloud";
}

export interface RecordedFile {
  field: string;
  fileName: string;
  bytes: Buffer;
}

export interface RecordedCall {
  method: string;
  payload: Record<string, unknown>; // decoded: JSON strings parsed, uploads as UploadedFile
  ok: boolean;
  response: unknown; // the envelope sent back: { ok, result } or { ok: false, error_code, description, parameters? }
  at: number; // Date.now() when the request arrived
  files?: RecordedFile[];
  injected?: boolean; // true when the answer came from failNext / blockChat
}

/** A message as the chat currently shows it (after edits; deleted ones are gone). */
export interface StoredMessage {
  message_id: number;
  chat: Chat;
  from: User;
  fromBot: boolean;
  date: number;
  edit_date?: number;
  text?: string;
  entities?: MessageEntity[];
  caption?: string;
  caption_entities?: MessageEntity[];
  reply_markup?: InlineKeyboardMarkup;
  document?: Document;
  photo?: PhotoSize[];
  reply_to_message_id?: number;
  /** In a forum: the topic the message is in (absent in General). */
  message_thread_id?: number;
  is_topic_message?: boolean;
  forum_topic_created?: { name: string; icon_color: number };
  migrate_to_chat_id?: number;
  migrate_from_chat_id?: number;
}

export interface InjectedError {
  error_code: number;
  description: string;
  parameters?: ErrorParameters;
}

export interface SendTextParams {
  chat: ChatRef;
  from: UserRef;
  text: string;
  replyToMessageId?: number;
  /** Written in this forum topic (createForumTopic's id); it must be open. */
  threadId?: number;
}

export interface ClickButtonParams {
  chat: ChatRef;
  from: UserRef;
  messageId: number;
  data?: string;
  text?: string;
}

export interface TelegramEmulator {
  apiRoot: string;
  token: string;
  botInfo: UserFromGetMe;
  close(): Promise<void>;
  /** Private chats always deliver; in groups privacy mode may hide the message (null). */
  sendText(p: SendTextParams & { chat: { type: "private" } }): Update;
  sendText(p: SendTextParams): Update | null;
  clickButton(p: ClickButtonParams): Update;
  /** A message without text: voice, photo (optional caption), sticker, document, location, or a shared contact card. */
  sendMedia(p: { chat: ChatRef; from: UserRef; kind: "voice" | "photo" | "sticker" | "document" | "location" | "contact"; caption?: string; replyToMessageId?: number }): Update | null;
  /** The user edits one of their text messages (an edited_message update). */
  editText(p: { chat: ChatRef; from: UserRef; messageId: number; text: string }): Update | null;
  inlineQuery(p: { from: UserRef; query: string; offset?: string }): Update;
  migrateGroup(oldChat: ChatRef, newChatId: number): void;
  /** The bot is added to a group by `by` (a my_chat_member update). */
  addBotToGroup(chat: ChatRef, by: UserRef): Update;
  removeBotFromGroup(chat: ChatRef, by: UserRef): Update;
  /** A callback query with any data on a bot message (a modified client). */
  forgeCallback(p: { chat: ChatRef; from: UserRef; messageId: number; data: string }): Update;
  takeUpdates(): Update[];
  calls: RecordedCall[];
  errors: RecordedCall[];
  chatMessages(chatId: number): StoredMessage[];
  lastBotMessage(chatId: number): StoredMessage | undefined;
  /** Polls `pred` (sync or async) until it is truthy; the default deadline is generous (see WAIT_FOR_DEFAULT_MS). */
  waitFor<T>(pred: () => T | undefined | false | null | PromiseLike<T | undefined | false | null>, timeoutMs?: number): Promise<T>;
  file(fileId: string): Buffer | undefined;
  failNext(method: string, error: InjectedError, times?: number): void;
  blockChat(chatId: number): void;
  setChatAdministrators(chatId: number, userIds: number[]): void;
  /** From now on callback and inline queries older than `ms` are refused when answered, as Telegram refuses them. */
  setQueryMaxAge(ms: number): void;
  /** Removes a member from a group (getChatMember: "kicked"). */
  kickMember(chatId: number, userId: number): void;
  /** Adds a member who hasn't written in the group yet (getChatMember: "member"). */
  addMember(chatId: number, userId: number): void;
  /**
   * Makes the supergroup a forum (is_forum) if it wasn't and opens a topic in it; returns its
   * message_thread_id. From then on the chat's posts are checked against its topics (forum-topics.ts).
   */
  createForumTopic(chat: ChatRef, name?: string): number;
  /** An admin closes the topic: the bot's posts there get 400 "TOPIC_CLOSED" unless the bot is an admin. */
  closeForumTopic(chatId: number, threadId: number): void;
  reopenForumTopic(chatId: number, threadId: number): void;
  /** An admin deletes the topic with all its messages: posts there get 400 "message thread not found". */
  deleteForumTopic(chatId: number, threadId: number): void;
}
