import type { BotCommand, UserFromGetMe } from "grammy/types";
import type { ChatState } from "./chat-state.js";
import type { FileStore } from "./file-store.js";
import type { ForumTopics } from "./forum-topics.js";
import type { QueryRegistry } from "./query-registry.js";
import type { UpdateQueue } from "./update-queue.js";
import type { WebhookPusher } from "./webhook.js";

/** Everything the method handlers and drivers share. */
export interface EmulatorContext {
  token: string;
  botInfo: UserFromGetMe;
  privacyMode: boolean;
  chats: ChatState;
  topics: ForumTopics;
  files: FileStore;
  queries: QueryRegistry;
  /** Which setWebhook URLs are refused (EmulatorOptions.webhookRules). */
  webhookRules: "self-hosted" | "cloud";
  queue: UpdateQueue;
  webhook: WebhookPusher;
  commands: Map<string, BotCommand[]>;
}

export type Payload = Record<string, unknown>;

export type MethodHandler = (ctx: EmulatorContext, p: Payload, signal: AbortSignal) => unknown;
