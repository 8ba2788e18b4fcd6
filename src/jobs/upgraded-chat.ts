import { DelayedError, type Job } from "bullmq";
import { GrammyError } from "grammy";

export interface UpgradedChatDeps {
  upgradedGroups: { upgradedTo(chatId: number): Promise<number | undefined> };
  /** The move of an upgraded group's data to its supergroup (services/group-upgrade.ts): once, whoever asks. */
  groupUpgraded: (from: number, to: number) => Promise<void>;
}

/**
 * The chat a job sends to: the supergroup when the group it was scheduled for has been upgraded. The
 * move is asked for again (nothing when it is done): one its process left part-way is finished first,
 * so the supergroup finds its bookings when it asks about what the job sends.
 */
export async function currentChat(deps: UpgradedChatDeps, chatId: number): Promise<number> {
  if (chatId > 0) return chatId;
  const to = await deps.upgradedGroups.upgradedTo(chatId);
  if (to === undefined) return chatId;
  await deps.groupUpgraded(chatId, to);
  return to;
}

/**
 * Telegram refused the chat as a group upgraded to a supergroup (its service messages never reached the
 * bot): the worker's Api moved the group's data on that refusal (upgraded-chats.ts), so the job runs again
 * at once, on the new id (no attempt spent; its sent marker was taken back, so it still sends once). When
 * the new id could not be recorded, a run at once would be refused the same way: it is retried with the
 * job's backoff instead. Undefined for every other failure.
 */
export async function upgradedChatRetry(deps: UpgradedChatDeps, e: unknown, sentTo: number, job: Job, token?: string): Promise<Error | undefined> {
  const to = e instanceof GrammyError ? e.parameters.migrate_to_chat_id : undefined;
  if (to === undefined) return undefined;
  const known = await deps.upgradedGroups.upgradedTo(sentTo).catch(() => undefined);
  if (known !== to || !token) return new Error(`group upgraded to a supergroup (${to}): sent there on the next try`);
  await job.moveToDelayed(Date.now(), token);
  return new DelayedError();
}
