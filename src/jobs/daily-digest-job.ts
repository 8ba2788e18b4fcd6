import { DelayedError, UnrecoverableError, Worker, type Job, type Queue } from "bullmq";
import { GrammyError } from "grammy";
import { z } from "zod";
import { digestMessage } from "../presenters/digest-message.js";
import { dailyDigest, digestActor, type DigestScheduler, type DigestSettings } from "../services/daily-digest.js";
import type { ProcessorDeps, Outcome } from "./job-processor.js";

/** The job name of digests: the processor routes on it before reading booking jobs. */
export const DIGEST_JOB = "digest";

const digestJob = z.object({ kind: z.literal("digest"), chatId: z.number().int(), by: z.number().int().optional() });

/** One scheduler per chat: upserting it again (a changed time, a restart) replaces it, never adds a second. */
export const digestSchedulerId = (chatId: number) => `digest-${chatId}`;

/** Once per chat and local day, whichever worker, restart or changed time runs it. */
const sentId = (chatId: number, day: string) => `digest-${chatId}-${day}`;

const KEEP = { removeOnComplete: { age: 24 * 3600, count: 1_000 }, removeOnFail: { age: 7 * 24 * 3600 } };

/** BullMQ job schedulers: a cron pattern at the chat's time in the configured zone. */
export class DigestSchedule implements DigestScheduler {
  constructor(private readonly queue: Queue, private readonly timeZone: string) {}

  async apply(chatId: number, digest: DigestSettings): Promise<void> {
    const id = digestSchedulerId(chatId);
    if (!digest.enabled) return void (await this.queue.removeJobScheduler(id));
    const [hh, mm] = digest.time.split(":").map(Number) as [number, number];
    await this.queue.upsertJobScheduler(id, { pattern: `0 ${mm} ${hh} * * *`, tz: this.timeZone }, {
      name: DIGEST_JOB,
      data: { kind: "digest", chatId, by: digest.by },
      opts: { ...KEEP, attempts: 4, backoff: { type: "exponential", delay: 10_000 } },
    });
  }
}

/**
 * One chat's morning digest. The settings are read again (turned off meanwhile: nothing); nothing to
 * report sends nothing; a marker per chat and local day, set just before sending, keeps it to one a day
 * across workers, restarts and a time changed after it went.
 */
export async function processDigest(deps: ProcessorDeps, job: Job, token?: string): Promise<Outcome> {
  const parsed = digestJob.safeParse(job.data);
  if (!parsed.success) throw new UnrecoverableError("malformed digest job");
  const { chatId, by } = parsed.data;
  const settings = await deps.chatSettings.get(chatId);
  if (!settings.digest?.enabled) return "skipped";
  const digest = await dailyDigest(deps, digestActor(chatId, by), new Date(), deps.timeZone);
  if (digest.empty) return "skipped";
  const locale = settings.locale ?? deps.defaultLocale;
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
    await deps.api.sendMessage(chatId, text, { parse_mode: "HTML", reply_markup: keyboard });
    deps.onSent?.("digest");
    return "sent";
  } catch (e) {
    await deps.sent.unmark(id);
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
