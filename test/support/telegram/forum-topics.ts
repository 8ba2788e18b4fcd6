import type { ChatRecord } from "./chat-state.js";
import { badRequest } from "./errors.js";

type TopicState = "open" | "closed";

/**
 * Forum topics of the supergroups a test made forums (createForumTopic). A topic's id is the id of the
 * service message that created it, as on Telegram. Posting in a forum checks the topic the way Telegram
 * answers a bot: a topic that never existed or was deleted → 400 "message thread not found"; a closed
 * one → 400 "TOPIC_CLOSED" unless the bot is an administrator (can_manage_topics). A post without
 * message_thread_id that replies to a message in a topic lands in that topic and is checked the same.
 * Chats no test made a forum are not checked (tests that fake is_forum in updates keep working).
 */
export class ForumTopics {
  private readonly forums = new Map<number, Map<number, TopicState>>();

  isForum(chatId: number): boolean {
    return this.forums.has(chatId);
  }

  open(chatId: number, threadId: number): void {
    const topics = this.forums.get(chatId) ?? new Map<number, TopicState>();
    topics.set(threadId, "open");
    this.forums.set(chatId, topics);
  }

  close(chatId: number, threadId: number): void {
    if (this.state(chatId, threadId) === "open") this.forums.get(chatId)!.set(threadId, "closed");
  }

  /** Only a closed topic reopens: a deleted one is gone for good. */
  reopen(chatId: number, threadId: number): void {
    if (this.state(chatId, threadId) === "closed") this.forums.get(chatId)!.set(threadId, "open");
  }

  /** Gone with its messages (the caller deletes them); the chat stays a forum. */
  delete(chatId: number, threadId: number): void {
    this.forums.get(chatId)?.delete(threadId);
  }

  state(chatId: number, threadId: number): TopicState | undefined {
    return this.forums.get(chatId)?.get(threadId);
  }

  /**
   * The topic a post lands in (undefined: General, or a chat that is no forum), or Telegram's refusal.
   * `repliedThread`: the topic of the message the post replies to, when it names none itself.
   */
  postTarget(record: ChatRecord, threadId: unknown, repliedThread: number | undefined, botIsAdmin: boolean): number | undefined {
    const topics = this.forums.get(record.chat.id);
    if (!topics) return undefined;
    const target = typeof threadId === "number" ? threadId : repliedThread;
    if (target === undefined) return undefined;
    const state = topics.get(target);
    if (state === undefined) throw badRequest("message thread not found");
    if (state === "closed" && !botIsAdmin) throw badRequest("TOPIC_CLOSED");
    return target;
  }
}
