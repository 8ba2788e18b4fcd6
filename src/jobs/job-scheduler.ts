import type { Queue } from "bullmq";
import type { JobIndex } from "../store/job-index.js";
import type { ProviderId } from "../domain/flight.js";
import { jobIds, type JobData } from "./job-data.js";

const KEEP = { removeOnComplete: { age: 24 * 3600, count: 10_000 }, removeOnFail: { age: 7 * 24 * 3600 } };

/**
 * Puts reminder, expiry and e-ticket jobs on the durable queue. Each job's id is derived from the
 * booking (and offset), so scheduling twice never makes a second reminder; a per-chat index lets a
 * blocked chat's jobs be dropped at once.
 */
export class JobScheduler {
  constructor(
    private readonly queue: Queue,
    private readonly jobIndex: JobIndex,
    private readonly offsetsMs: readonly number[],
    /** A chat's own offsets (/settings), when it has them; an empty list means no reminders. */
    private readonly chatOffsets: (chatId: number) => Promise<number[] | undefined> = async () => undefined,
    private readonly now: () => number = Date.now,
    /** After jobs are queued: wait until a replica has them (WAIT on the queue's connection; Sentinel only). */
    private readonly confirmQueued: () => Promise<void> = async () => undefined,
  ) {}

  async scheduleReminders(b: { provider: ProviderId; code: string; timelimit: string; timelimitUnknown?: true }, chatId: number): Promise<number> {
    const deadline = Date.parse(b.timelimit);
    const now = this.now();
    const jobs: { id: string; data: JobData; delay: number }[] = [];
    // No deadline known (Booking.timelimitUnknown): no "pay before" reminder is made up; only the status
    // check at the departure, the latest the deadline can be, is kept.
    const offsets = b.timelimitUnknown ? [] : (await this.chatOffsets(chatId)) ?? this.offsetsMs;
    for (const offsetMs of offsets) {
      const dueAt = deadline - offsetMs;
      if (dueAt <= now) continue; // an offset already past when booking is skipped, not sent late
      jobs.push({ id: jobIds.reminder(b.provider, b.code, offsetMs), data: { kind: "reminder", provider: b.provider, code: b.code, chatId, offsetMs, dueAt }, delay: dueAt - now });
    }
    jobs.push({ id: jobIds.expiry(b.provider, b.code), data: { kind: "expiry", provider: b.provider, code: b.code, chatId, dueAt: deadline }, delay: Math.max(0, deadline - now) });
    await this.queue.addBulk(jobs.map((j) => ({ name: j.data.kind, data: j.data, opts: { jobId: j.id, delay: j.delay, ...KEEP, attempts: 5, backoff: { type: "exponential", delay: 2_000 } } })));
    const ids = jobs.map((j) => j.id);
    await Promise.all([this.jobIndex.addForChat(chatId, ids), this.jobIndex.addForBooking(b.provider, b.code, ids)]);
    await this.confirmQueued();
    return jobs.length - 1;
  }

  async scheduleTicket(provider: ProviderId, code: string, chatId: number, locale: string): Promise<void> {
    const id = jobIds.ticket(provider, code);
    // Its id is kept after it finished (sent, or gave up waiting for the airline): scheduled again (the issue
    // seen later by a /cek), it runs again; a ticket it sent before is not sent twice (its send marker).
    const earlier = await this.queue.getJob(id);
    if (earlier && ((await earlier.isCompleted()) || (await earlier.isFailed()))) await earlier.remove();
    // A ticket paid while the airline still issues (tiket.com's queue) may take hours: 12 tries from 5 s, doubling, wait ~2.8 h in all.
    await this.queue.add("ticket", { kind: "ticket", provider, code, chatId, locale }, { jobId: id, ...KEEP, attempts: 12, backoff: { type: "exponential", delay: 5_000 } });
    await this.jobIndex.addForChat(chatId, [id]);
    await this.confirmQueued();
  }

  /** Issued, cancelled or "stop reminders": remove what is still waiting for this booking; how many were. */
  async cancelReminders(provider: ProviderId, code: string): Promise<number> {
    const ids = (await this.jobIndex.ofBooking(provider, code)).filter((id) => !id.startsWith("tkt-"));
    // Counted only while still to come: a reminder already sent is removed too, but it stopped nothing.
    const states = await Promise.all(ids.map((id) => this.queue.getJobState(id).catch(() => "unknown")));
    const removed = await Promise.all(ids.map((id) => this.queue.remove(id).catch(() => 0)));
    return removed.filter((r, i) => r === 1 && (states[i] === "delayed" || states[i] === "waiting" || states[i] === "prioritized")).length;
  }

  /** The bot was blocked or removed: nothing more goes to that chat. */
  async cancelChat(chatId: number): Promise<number> {
    const ids = await this.jobIndex.takeOfChat(chatId);
    const removed = await Promise.all(ids.map((id) => this.queue.remove(id).catch(() => 0)));
    return removed.filter((r) => r === 1).length;
  }
}
