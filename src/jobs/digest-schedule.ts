import type { Queue } from "bullmq";
import type { DigestScheduler, DigestSettings } from "../services/daily-digest.js";

// Scheduling only: a bot process (ROLE=bot) imports this with the queue, and must not load BullMQ's
// worker side (daily-digest-job.ts) to do it.

/** The job name of digests: the processor routes on it before reading booking jobs. */
export const DIGEST_JOB = "digest";

/** One scheduler per chat: upserting it again (a changed time, a restart) replaces it, never adds a second. */
export const digestSchedulerId = (chatId: number) => `digest-${chatId}`;

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
