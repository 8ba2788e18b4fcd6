import type { AddressInfo } from "node:net";
import type { BotCommand, Update, UserFromGetMe } from "grammy/types";
import { ChatState } from "./chat-state.js";
import type { EmulatorContext } from "./context.js";
import {
  addBotToGroup, clickButton, createForumTopic, deleteForumTopic, editText, forgeCallback, inlineQuery, migrateGroup, removeBotFromGroup,
  sendMedia, sendText,
} from "./drivers.js";
import { Faults } from "./faults.js";
import { FileStore } from "./file-store.js";
import { ForumTopics } from "./forum-topics.js";
import { QueryRegistry } from "./query-registry.js";
import { createApiServer } from "./server.js";
import { compact, sleep } from "./timers.js";
import type { EmulatorOptions, RecordedCall, SendTextParams, StoredMessage, TelegramEmulator } from "./types.js";
import { UpdateQueue } from "./update-queue.js";
import { waitFor } from "./wait-for.js";
import { WebhookPusher } from "./webhook.js";

export type {
  ChatRef, ClickButtonParams, EmulatorOptions, InjectedError, RecordedCall, RecordedFile, SendTextParams,
  StoredMessage, TelegramEmulator, UserRef,
} from "./types.js";
export { UploadedFile } from "./uploaded-file.js";
export type { MediaKind } from "./drivers.js";

/**
 * Starts a local Telegram Bot API on 127.0.0.1. Point grammY at it with
 * `new Bot(emulator.token, { botInfo: emulator.botInfo, client: { apiRoot: emulator.apiRoot } })`.
 */
export async function startTelegramEmulator(options: EmulatorOptions = {}): Promise<TelegramEmulator> {
  const token = options.token ?? "123456:TEST";
  const privacyMode = options.privacyMode ?? true;
  const closing = new AbortController();
  const queue = new UpdateQueue();
  const ctx: EmulatorContext = {
    token,
    botInfo: defaultBotInfo(token, privacyMode, options.botInfo),
    privacyMode,
    chats: new ChatState(),
    topics: new ForumTopics(),
    files: new FileStore(),
    queries: new QueryRegistry(options.queryMaxAgeMs),
    webhookRules: options.webhookRules ?? "self-hosted",
    queue,
    webhook: new WebhookPusher(queue, closing.signal, options.webhookConnections, options.onWebhookDelivered),
    commands: new Map<string, BotCommand[]>(),
  };
  const calls: RecordedCall[] = [];
  const errors: RecordedCall[] = [];
  const faults = new Faults();
  const { server, idle } = createApiServer({ ctx, faults, calls, errors });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const snapshot = (m: StoredMessage): StoredMessage => structuredClone(compact(m));

  return {
    apiRoot: `http://127.0.0.1:${port}`,
    token,
    botInfo: ctx.botInfo,
    calls,
    errors,
    async close() {
      closing.abort();
      // Long polls answer with what is queued; give them (and other in-flight calls) a moment to
      // be written before the sockets are cut, but never hang on a stuck handler.
      queue.close();
      await Promise.race([idle(), sleep(1000)]);
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
    sendText: ((p: SendTextParams) => sendText(ctx, p)) as TelegramEmulator["sendText"],
    clickButton: (p) => clickButton(ctx, p),
    sendMedia: (p) => sendMedia(ctx, p),
    editText: (p) => editText(ctx, p),
    inlineQuery: (p) => inlineQuery(ctx, p),
    migrateGroup: (oldChat, newChatId) => migrateGroup(ctx, oldChat, newChatId),
    addBotToGroup: (chat, by) => addBotToGroup(ctx, chat, by),
    removeBotFromGroup: (chat, by) => removeBotFromGroup(ctx, chat, by),
    forgeCallback: (p) => forgeCallback(ctx, p),
    takeUpdates: (): Update[] => queue.take(),
    chatMessages: (chatId) => ctx.chats.messages(chatId).map(snapshot),
    lastBotMessage(chatId) {
      const mine = ctx.chats.messages(chatId).filter((m) => m.fromBot);
      const last = mine[mine.length - 1];
      return last && snapshot(last);
    },
    waitFor: (pred, timeoutMs) => waitFor(pred, calls, timeoutMs),
    file: (fileId) => ctx.files.get(fileId)?.bytes,
    failNext: (method, error, times) => faults.failNext(method, error, times),
    blockChat: (chatId) => ctx.chats.block(chatId),
    setChatAdministrators: (chatId, userIds) => ctx.chats.setAdmins(chatId, userIds),
    setQueryMaxAge: (ms) => ctx.queries.setMaxAge(ms),
    kickMember: (chatId, userId) => ctx.chats.kick(chatId, userId),
    addMember: (chatId, userId) => ctx.chats.join(chatId, userId),
    createForumTopic: (chat, name) => createForumTopic(ctx, chat, name),
    closeForumTopic: (chatId, threadId) => ctx.topics.close(chatId, threadId),
    reopenForumTopic: (chatId, threadId) => ctx.topics.reopen(chatId, threadId),
    deleteForumTopic: (chatId, threadId) => deleteForumTopic(ctx, chatId, threadId),
  };
}

function defaultBotInfo(token: string, privacyMode: boolean, overrides: Partial<UserFromGetMe> = {}): UserFromGetMe {
  const id = Number(token.split(":")[0]);
  return {
    id: Number.isSafeInteger(id) && id > 0 ? id : 123456,
    is_bot: true,
    first_name: "Agen Tiket",
    username: "AgenTiketBot",
    can_join_groups: true,
    can_read_all_group_messages: !privacyMode,
    supports_inline_queries: true,
    can_connect_to_business: false,
    has_main_web_app: false,
    has_topics_enabled: false,
    allows_users_to_create_topics: false,
    can_manage_bots: false,
    supports_join_request_queries: false,
    ...overrides,
  };
}
