import { Queue, type Worker } from "bullmq";
import type { I18n } from "@grammyjs/i18n";
import { Api } from "grammy";
import { Redis } from "ioredis";
import type { BotContext } from "../bot/context.js";
import type { BotDeps } from "../bot/deps.js";
import { ChatPacer } from "./chat-pacer.js";
import { JobScheduler } from "./job-scheduler.js";
import { QUEUE_NAME, startWorker } from "./worker.js";

export interface JobsSetup {
  queue: Queue;
  scheduler: JobScheduler;
  worker?: Worker;
  close(): Promise<void>;
}

export interface JobsOptions {
  redisUrl: string;
  offsetsMs: number[];
  ratePerSecond: number;
  runWorker: boolean;
  lateAfterMs?: number;
  concurrency?: number;
}

/** The queue every process schedules on, and — in worker roles — the worker that sends. */
export async function buildJobs(deps: BotDeps, i18n: I18n<BotContext>, options: JobsOptions): Promise<JobsSetup> {
  const prefix = `${deps.keys.sessionPrefix.split(":")[0]}:bull`;
  // BullMQ blocks on its connections and wants them not to give up on a command (maxRetriesPerRequest: null).
  const queueConnection = new Redis(options.redisUrl, { maxRetriesPerRequest: null });
  const queue = new Queue(QUEUE_NAME, { connection: queueConnection, prefix });
  const scheduler = new JobScheduler(queue, deps.redis, { chat: deps.keys.chatJobs, booking: deps.keys.bookingJobs }, options.offsetsMs,
    async (chatId) => (await deps.chatSettings.get(chatId)).reminderOffsetsMs);
  let worker: Worker | undefined;
  let workerConnection: Redis | undefined;
  if (options.runWorker) {
    workerConnection = new Redis(options.redisUrl, { maxRetriesPerRequest: null });
    const api = new Api(deps.settings.token, { apiRoot: deps.settings.apiRoot });
    worker = startWorker({
      api, i18n, queue, redis: deps.redis, sentKey: deps.keys.jobSent, providers: deps.providers, bookings: deps.bookings, scheduler,
      pacer: new ChatPacer(deps.redis, deps.keys.chatPace, deps.keys.globalPace), ratePerSecond: options.ratePerSecond, logger: deps.logger.child({ role: "worker" }), timeZone: deps.settings.timeZone,
      defaultLocale: deps.settings.defaultLocale, lateAfterMs: options.lateAfterMs ?? 60_000, botDeps: deps,
      onSent: (kind) => deps.metrics?.remindersSent.inc({ kind }),
    }, { connection: workerConnection, prefix, ratePerSecond: options.ratePerSecond, concurrency: options.concurrency });
  }
  return {
    queue, scheduler, worker,
    close: async () => {
      await worker?.close();
      await queue.close();
      queueConnection.disconnect();
      workerConnection?.disconnect();
    },
  };
}
