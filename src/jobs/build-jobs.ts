import type { Queue, Worker } from "bullmq";
import { loadQueueClass } from "./queue-class.js";
import { Api } from "grammy";
import type { Redis } from "ioredis";
import type { Logger } from "pino";
import type { AccountResolver } from "../domain/account-port.js";
import type { BookingStore } from "../store/booking-store.js";
import type { ChatSettingsStore } from "../store/chat-settings.js";
import type { IssueLedger } from "../store/issue-ledger.js";
import type { JobIndex, SentMarkers } from "../store/job-index.js";
import type { TicketFiles } from "../store/ticket-files.js";
import type { UpgradedGroups } from "../store/upgraded-groups.js";
import type { ChatPacer } from "../store/send-pacer.js";
import { JobScheduler } from "./job-scheduler.js";
import { DigestSchedule } from "./digest-schedule.js";
import type { AccessPolicy } from "../services/access-policy.js";
import { botApiFetch } from "../telegram/bot-api-fetch.js";
import { upgradedChats } from "../telegram/upgraded-chats.js";
import { moveUpgradedGroup, type GroupUpgradeDeps } from "../services/group-upgrade.js";
import { lazyQueue } from "./lazy-queue.js";
import { QUEUE_NAME } from "./queue-name.js";

export interface JobsSetup {
  queue: Queue;
  scheduler: JobScheduler;
  /** Each chat's daily digest, as a BullMQ job scheduler. */
  digests: DigestSchedule;
  worker?: Worker;
  close(): Promise<void>;
}

export interface JobsOptions {
  /** A new connection for BullMQ (one server, Cluster or Sentinel, as the app's). */
  connect: () => Redis;
  offsetsMs: number[];
  ratePerSecond: number;
  runWorker: boolean;
  lateAfterMs?: number;
  concurrency?: number;
  /** Replicas that must have queued jobs before scheduling returns (Sentinel: 1; else 0). */
  waitReplicas?: number;
}

/** What the queue and the worker need; built by the composition root (the worker never sees the bot). */
export interface JobsDeps {
  settings: { token: string; apiRoot: string; timeZone: string; defaultLocale: string };
  translate: (locale: string, key: string, vars?: Record<string, string | number>) => string;
  /** BullMQ's key prefix (one per namespace; a hash tag under Cluster). */
  queuePrefix: string;
  jobIndex: JobIndex;
  sent: SentMarkers;
  pacer: ChatPacer;
  accounts: AccountResolver;
  bookings: BookingStore;
  chatSettings: ChatSettingsStore;
  tickets: TicketFiles;
  access: AccessPolicy;
  /** Reminders read an issue hold (services/issue-booking.ts) so that none asks for a payment during it. */
  ledger: IssueLedger;
  /** What a group upgraded to a supergroup had, moved by whichever process learns of the upgrade first. */
  upgrade: Omit<GroupUpgradeDeps, "bookings" | "chatSettings" | "digests" | "upgradedGroups"> & { upgradedGroups: UpgradedGroups };
  logger: Logger;
  onSent?: (kind: string) => void;
}

/** The queue every process schedules on, and — in worker roles — the worker that sends. */
export async function buildJobs(deps: JobsDeps, options: JobsOptions): Promise<JobsSetup> {
  const prefix = deps.queuePrefix;
  // BullMQ blocks on its connections and wants them not to give up on a command (connect() sets maxRetriesPerRequest: null).
  let queueConnection: Redis | undefined;
  const createQueue = async () => {
    const Queue = await loadQueueClass();
    queueConnection = options.connect();
    return new Queue(QUEUE_NAME, { connection: queueConnection, prefix });
  };
  // A bot-only process loads BullMQ when it first schedules a job (jobs/lazy-queue.ts); workers need it at once.
  const queue = options.runWorker ? await createQueue() : lazyQueue(createQueue).queue;
  // WAIT covers the writes of its own connection: BullMQ adds jobs on the connection given to the queue.
  const confirmQueued = async () => {
    if (!options.waitReplicas || !queueConnection) return;
    const acked = await queueConnection.wait(options.waitReplicas, 500).catch(() => -1);
    if (acked < options.waitReplicas) deps.logger.warn({ acked }, "queued jobs not confirmed by a replica");
  };
  const scheduler = new JobScheduler(queue, deps.jobIndex, options.offsetsMs,
    async (chatId) => (await deps.chatSettings.get(chatId)).reminderOffsetsMs, Date.now, confirmQueued);
  const digests = new DigestSchedule(queue, deps.settings.timeZone);
  let worker: Worker | undefined;
  let workerConnection: Redis | undefined;
  if (options.runWorker) {
    workerConnection = options.connect();
    // A reminder may be the first to hear that its group was upgraded (the service messages never reached the
    // bot): the group's data moves then, as in the bot, and the job goes to the new id (upgraded-chat.ts).
    const logger = deps.logger.child({ role: "worker" });
    const groupUpgraded = (from: number, to: number) =>
      moveUpgradedGroup({ ...deps.upgrade, bookings: deps.bookings, chatSettings: deps.chatSettings, digests }, from, to).then(
        (moved) => void (moved !== undefined && logger.info({ from, to, moved }, "group upgraded to supergroup (learnt from a refusal): bookings moved")),
        (e: unknown) => logger.warn({ err: e, from, to }, "upgraded group not moved"),
      );
    const api = new Api(deps.settings.token, { apiRoot: deps.settings.apiRoot, fetch: botApiFetch() });
    api.config.use(upgradedChats(groupUpgraded));
    // Only worker processes load the worker and what it sends with (documents, reminder texts).
    const { startWorker } = await import("./worker.js");
    worker = startWorker({
      api, translate: deps.translate, queue, sent: deps.sent, bookings: deps.bookings, scheduler,
      pacer: deps.pacer, ratePerSecond: options.ratePerSecond, logger, timeZone: deps.settings.timeZone,
      defaultLocale: deps.settings.defaultLocale, lateAfterMs: options.lateAfterMs ?? 60_000, accounts: deps.accounts, tickets: deps.tickets,
      access: deps.access, chatSettings: deps.chatSettings, ledger: deps.ledger, onSent: deps.onSent,
      upgradedGroups: deps.upgrade.upgradedGroups, groupUpgraded,
    }, { connection: workerConnection, prefix, ratePerSecond: options.ratePerSecond, concurrency: options.concurrency });
  }
  return {
    queue, scheduler, worker, digests,
    close: async () => {
      // BullMQ's graceful close waits on a reconnecting connection forever: force it while Redis is away
      // (an active job is then taken over as stalled elsewhere; its sent marker keeps it at most once).
      await worker?.close(workerConnection?.status !== "ready");
      await queue.close();
      queueConnection?.disconnect();
      workerConnection?.disconnect();
    },
  };
}
