import { Queue } from "bullmq";
import { Redis } from "ioredis";
import { pino } from "pino";
import { createConfig } from "../../src/config.js";
import type { Booking } from "../../src/domain/booking.js";
import { jobIds } from "../../src/jobs/job-data.js";
import { QUEUE_NAME } from "../../src/jobs/worker.js";
import { assemble } from "../../src/main/assemble.js";
import { startMmbcSandbox } from "../../src/sandbox/mmbc/index.js";
import { bookingRecord } from "../../src/store/booking-store.js";
import { inBatches } from "./batches.js";
import type { PlannedReminder } from "./plan.js";
import { describeJob, pendingJobs, type Side, type SideContext } from "./side.js";

/**
 * Bookings whose timelimit is this far off get exactly one reminder (the other default offsets,
 * 3h and 1h, would already be past) and an expiry notice that falls due after the run.
 */
const OFFSET = "15m";
const OFFSET_MS = 15 * 60_000;

/**
 * Ours: the app's own code end to end. This process plays the bot (ROLE=bot: saves booking records,
 * schedules through JobScheduler.scheduleReminders); the workers are `src/main.ts` with ROLE=worker,
 * checking each booking's status at the MMBC sandbox before sending.
 */
export async function ourSide(ctx: SideContext): Promise<Side> {
  const sandbox = await startMmbcSandbox();
  sandbox.controls.setLatency("getstatusbooking-json", ctx.options.statusLatencyMs);
  const env: Record<string, string> = {
    BOT_TOKEN: ctx.emulator.token, TELEGRAM_API_ROOT: ctx.emulator.apiRoot, REDIS_URL: ctx.redisUrl, REDIS_NAMESPACE: ctx.namespace,
    MMBC_BASE_URL: sandbox.baseUrl, MMBC_USERNAME: sandbox.credentials.username, MMBC_PASSWORD: sandbox.credentials.password,
    REMINDER_OFFSETS: OFFSET, SEND_RATE_PER_SECOND: String(ctx.options.rate), LOG_LEVEL: "info", DEFAULT_LOCALE: "id",
  };
  const app = await assemble(createConfig({ ...env, ROLE: "bot" }), { logger: pino({ level: "warn" }), runWorker: false });
  const { scheduler } = app.jobs;
  // The app's own queue in a bot-only process is a lazy proxy (src/jobs/lazy-queue.ts) whose every member
  // is an async function, so toKey() and opts are not what they are on a Queue; the bench reads keys,
  // the prefix and job counts through a plain Queue on the same prefix instead.
  const connection = new Redis(ctx.redisUrl, { maxRetriesPerRequest: null });
  const queue = new Queue(QUEUE_NAME, { connection, prefix: app.keys.queuePrefix });
  let expiries = 0;
  const chatOf = new Map<string, number>();
  const deadline = (r: PlannedReminder, t0: number) => t0 + r.dueOffsetMs + OFFSET_MS;
  const jobId = (code: string) => jobIds.reminder("mmbc", code, OFFSET_MS);

  return {
    name: "ours",
    queue,
    workerSpec: (i) => ({ label: `ours-worker-${i}`, script: "src/main.ts", env: { ...env, ROLE: "worker" }, readyLine: /worker only: not taking updates/ }),
    async prepare(reminders, t0) {
      for (const r of reminders) chatOf.set(r.code, r.chatId);
      sandbox.controls.seedBookings(reminders.map((r) => ({ code: r.code, timelimitAt: deadline(r, t0) })));
      const now = new Date();
      await inBatches(reminders, 64, (r) =>
        app.deps.bookings.save(bookingRecord(booking(r.code, deadline(r, t0)), r.chatId, { id: r.chatId, name: `Agen ${r.chatId}` }, now, "id")));
    },
    async schedule(r, t0) {
      const reminders = await scheduler.scheduleReminders({ provider: "mmbc", code: r.code, timelimit: new Date(deadline(r, t0)).toISOString() }, r.chatId);
      expiries++;
      return reminders === 1;
    },
    pending: (backlog) => pendingJobs(queue, expiries + backlog),
    keysOf: (code) => [queue.toKey(jobId(code)), queue.toKey(jobIds.expiry("mmbc", code)), app.keys.bookingJobs("mmbc", code), app.keys.chatJobs(chatOf.get(code) ?? 0)],
    async explain(code) {
      const id = jobId(code);
      const marker = await app.redis.exists(app.keys.jobSent(id));
      return describeJob(await queue.getJob(id), ` sent-marker=${marker === 1 ? "set" : "absent"}`);
    },
    close: async () => {
      await queue.close();
      connection.disconnect();
      await app.close();
      await sandbox.close();
    },
  };
}

/** A plausible unpaid MMBC booking; the reminder shows its code, route and timelimit. */
function booking(code: string, timelimitAt: number): Booking {
  return {
    provider: "mmbc", code, airlineName: "Lion Air", flightCode: "JT-610", from: "CGK", to: "SUB",
    departsAt: new Date(timelimitAt + 7 * 86_400_000).toISOString(), stops: 0,
    passengers: [{ title: "MR", fullName: "Budi Santoso", type: "Adult" }],
    fares: { publish: 900_000, tax: 100_000, total: 1_000_000, nta: 970_000, commission: 30_000 },
    timelimit: new Date(timelimitAt).toISOString(), status: "waiting",
  };
}
