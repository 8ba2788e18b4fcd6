import { DelayedError, UnrecoverableError, Worker, type Job } from "bullmq";
import { GrammyError } from "grammy";
import { z } from "zod";
import { digestMessage } from "../presenters/digest-message.js";
import { dailyDigest, digestActor } from "../services/daily-digest.js";
import type { ProcessorDeps, Outcome } from "./job-processor.js";
import { jobLocale } from "./job-locale.js";
import { topicPost } from "../telegram/topic-fallback.js";
import { currentChat, upgradedChatRetry } from "./upgraded-chat.js";

import { digestSchedulerId } from "./digest-schedule.js";

export { DIGEST_JOB } from "./digest-schedule.js";

const digestJob = z.object({ kind: z.literal("digest"), chatId: z.number().int(), by: z.number().int().optional() });

/** Once per chat and local day, whichever worker, restart or changed time runs it. */
const sentId = (chatId: number, day: string) => `digest-${chatId}-${day}`;

/**
 * One chat's morning digest. The settings are read again (turned off meanwhile: nothing); nothing to
 * report sends nothing; a marker per chat and local day, set just before sending, keeps it to one a day
 * across workers, restarts and a time changed after it went.
 */
export async function processDigest(deps: ProcessorDeps, job: Job, token?: string): Promise<Outcome> {
  const parsed = digestJob.safeParse(job.data);
  if (!parsed.success) throw new UnrecoverableError("malformed digest job");
  const { by } = parsed.data;
  // Scheduled for a group upgraded since: its supergroup (where its settings and bookings went) gets it.
  const chatId = await currentChat(deps, parsed.data.chatId);
  const settings = await deps.chatSettings.get(chatId);
  if (!settings.digest?.enabled) return "skipped";
  const digest = await dailyDigest(deps, digestActor(chatId, by), new Date(), deps.timeZone);
  if (!digest || digest.empty) return "skipped";
  // A private chat's digest in its person's current language; a group's in its /settings language.
  const locale = await jobLocale(deps.chatSettings, chatId, settings, undefined, deps.defaultLocale);
  const t = (key: string, vars?: Record<string, string | number>) => deps.translate(locale, key, vars);
  let wait = await deps.pacer.take(chatId);
  if (wait === 0) wait = await deps.pacer.takeGlobal(deps.ratePerSecond);
  if (wait > 0 && token) {
    await job.moveToDelayed(Date.now() + wait, token);
    throw new DelayedError();
  }
  const id = sentId(chatId, digest.day);
  if (!(await deps.sent.mark(id))) return "skipped";
  try {
    const { text, keyboard } = digestMessage(t, locale, deps.timeZone, digest);
    // Set up in a forum topic: there, or in General once Telegram says that topic was deleted or closed.
    const topic = settings.digest.threadId;
    const post = topicPost(topic, () => deps.chatSettings.forgetDigestTopic(chatId, topic!));
    await post(({ threadId }) => deps.api.sendMessage(chatId, text, { parse_mode: "HTML", message_thread_id: threadId, reply_markup: keyboard }));
    deps.onSent?.("digest");
    return "sent";
  } catch (e) {
    await deps.sent.unmark(id);
    const upgraded = await upgradedChatRetry(deps, e, chatId, job, token);
    if (upgraded) throw upgraded;
    if (!(e instanceof GrammyError)) throw e;
    if (e.error_code === 429) {
      await deps.queue.rateLimit((e.parameters.retry_after ?? 1) * 1000);
      throw Worker.RateLimitError();
    }
    // Blocked or removed: no more digests for this chat.
    if (e.error_code === 403) await deps.queue.removeJobScheduler(digestSchedulerId(chatId));
    throw new UnrecoverableError(e.description);
  }
}
