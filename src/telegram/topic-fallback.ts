import { GrammyError } from "grammy";

/**
 * Telegram's refusals of a post to a forum topic that is gone: deleted ("message thread not found") or
 * closed ("TOPIC_CLOSED", for a bot that is no admin there). Routine housekeeping in an agency's forum.
 */
export function isTopicGone(e: unknown): boolean {
  return e instanceof GrammyError && isTopicGoneRefusal(e);
}

/** The same refusal as Telegram's answer, before grammY makes it an error (an API transformer sees it so). */
export function isTopicGoneRefusal(res: { ok?: boolean; error_code?: number; description?: string }): boolean {
  return res.ok !== true && res.error_code === 400 && /message thread not found|TOPIC_CLOSED/.test(res.description ?? "");
}

/** Where one post goes: `threadId` (absent: General), and whether it may answer the message it was meant to. */
export interface PostPlace {
  threadId?: number;
  reply: boolean;
}

/** Makes one post, in the place it is given. */
export type TopicPost = <T>(post: (place: PostPlace) => Promise<T>) => Promise<T>;

/**
 * Posts in `threadId` until Telegram says that topic is gone; that post is then made again in General, and
 * so is every later one through the same poster. The retry leaves the reply out too: the message it
 * answers is in the gone topic, and a reply lands in its message's topic. Only a refusal is posted again
 * (a refused post posted nothing), so nothing arrives twice. `forget` is told once, for later jobs.
 */
export function topicPost(threadId: number | undefined, forget: () => Promise<unknown>): TopicPost {
  let gone = false;
  return async <T>(post: (place: PostPlace) => Promise<T>): Promise<T> => {
    if (gone) return post({ reply: false });
    try {
      return await post({ threadId, reply: true });
    } catch (e) {
      if (!isTopicGone(e)) throw e;
      gone = true;
      await forget();
      return post({ reply: false });
    }
  };
}
