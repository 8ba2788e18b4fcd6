import { ReturnTrips } from "../store/return-trips.js";
import { PastedDetails } from "../store/pasted-details.js";
import type { Bot } from "grammy";
import type { UserFromGetMe } from "grammy/types";
import type { Redis } from "ioredis";
import type { Logger } from "pino";
import type { BotContext } from "../bot/context.js";
import { createBot } from "../bot/create-bot.js";
import type { BotDeps } from "../bot/deps.js";
import { createI18n } from "../bot/i18n.js";
import { redisTopology, type Config } from "../config.js";
import { appRedis, connectAtStart, queuePrefixFor, queueRedis } from "../store/redis-connection.js";
import { replicaAckFor } from "../store/replica-ack.js";
import { buildProviders, type BuiltProviders } from "../providers/build-provider.js";
import { AirportDirectory } from "../services/airport-directory.js";
import { TicketFiles } from "../store/ticket-files.js";
import { AccessPolicy } from "../services/access-policy.js";
import { GroupApprovals } from "../store/group-approvals.js";
import { UpgradedGroups } from "../store/upgraded-groups.js";
import { buildAccounts } from "../accounts/build-accounts.js";
import { BookingStore } from "../store/booking-store.js";
import { ContactStore } from "../store/contact-store.js";
import { ChatSettingsStore } from "../store/chat-settings.js";
import { IssueIntents, IssueLedger } from "../store/issue-ledger.js";
import { redisKeys, type RedisKeys } from "../store/keys.js";
import { SearchCache } from "../store/search-cache.js";
import { CancelledFlows } from "../store/cancelled-flows.js";
import { UncertainBookings } from "../store/uncertain-bookings.js";
import { MessageOwners } from "../store/message-owners.js";
import { SeenMembers } from "../store/seen-members.js";
import { AwaitedCodes } from "../store/awaited-codes.js";
import { DaySearchIndex } from "../store/day-search-index.js";
import { CredentialCipher } from "../store/accounts/credential-cipher.js";
import { JobIndex, SentMarkers } from "../store/job-index.js";
import { ChatPacer } from "../store/send-pacer.js";
import { AirportCache } from "../store/airport-cache.js";
import { grammyStorage } from "../store/grammy-storage.js";
import { DEFAULT_UPDATE_LOG_OPTIONS, UpdateLog } from "../store/update-log.js";
import { UpdateJournal } from "../store/update-journal.js";
import { UpdateLocks } from "../store/update-locks.js";
import { RateLimits } from "../store/rate-limits.js";
import { InlineOfferCache } from "../store/inline-offer-cache.js";
import { PersonalDataRequests } from "../store/personal-data-requests.js";
import { RedisTiketTokenStore } from "../store/tiket-token-store.js";
import { buildJobs, type JobsSetup } from "../jobs/build-jobs.js";
import { createMetrics, providerCallRecorder, type Metrics } from "../server/metrics.js";

export interface App {
  bot: Bot<BotContext>;
  deps: BotDeps;
  /** For health checks, tools and tests; the bot itself reaches Redis only through store/. */
  redis: Redis;
  keys: RedisKeys;
  built: BuiltProviders;
  jobs: JobsSetup;
  metrics: Metrics;
  /** Updates Telegram will not deliver again, kept until handled (store/update-journal.ts). */
  journal: UpdateJournal;
  close(): Promise<void>;
}

export interface AssembleOptions {
  logger: Logger;
  /** Separates deployments or test runs sharing one Redis. */
  namespace?: string;
  botInfo?: UserFromGetMe;
  now?: () => Date;
  autoRetry?: { maxRetryAttempts: number; maxDelaySeconds: number };
  /** Use already built providers (tests share sandboxes). */
  providers?: BuiltProviders;
  /** Overrides ROLE for whether this process runs the job worker. */
  runWorker?: boolean;
  workerLateAfterMs?: number;
  /** How long a held tap or an inline query waits for the provider before it is answered (BotSettings.answerDeadlineMs). */
  answerDeadlineMs?: number;
}

/** The composition root: config → Redis → provider → stores and services → bot. */
export async function assemble(config: Config, options: AssembleOptions): Promise<App> {
  const { logger } = options;
  // Fail-fast commands, retried connection (store/redis-connection.ts); one server, a Cluster or Sentinel.
  const topology = redisTopology(config);
  const redis = appRedis(topology);
  // Unreachable at start: one line naming the setting and where it points (no password), then exit 1 (below).
  await connectAtStart(redis, topology);
  let redisDown = false;
  redis.on("error", (err) => {
    if (!redisDown) logger.warn({ err: err.message }, "redis error");
    redisDown = true;
  });
  redis.on("ready", () => {
    if (redisDown) logger.info("redis reconnected");
    redisDown = false;
  });
  const namespace = options.namespace ?? config.REDIS_NAMESPACE;
  const keys = redisKeys(namespace);
  // Under Sentinel the writes an agent is told about wait until the replica has them.
  const replication = await replicaAckFor(topology, keys.replicaAckMarker, (acked) => logger.warn({ acked }, "write not confirmed by a replica"));
  const { ack } = replication;
  // The queue is built after the metrics that report on it.
  const counts: { of?: () => Promise<Record<string, number>> } = {};
  const metrics = createMetrics(() => counts.of?.() ?? Promise.resolve({}));
  const built = options.providers ?? (await buildProviders(config, logger, new RedisTiketTokenStore(redis, keys.tiketTokenPrefix), providerCallRecorder(metrics)));
  const provider = built.search;
  // Agents' own MMBC logins (/login); chats without one use the configured account or the sandbox.
  const accounts = buildAccounts({ config, built, redis, keys, logger, onCall: providerCallRecorder(metrics) });
  // The logins' key also seals passengers' personal data in conversation state (README "Retention").
  const cipher = config.CREDENTIALS_KEY ? new CredentialCipher(config.CREDENTIALS_KEY) : undefined;
  const chatSettings = new ChatSettingsStore(redis, keys);
  const approvals = new GroupApprovals(redis, keys);
  const upgradedGroups = new UpgradedGroups(redis, keys);
  const contacts = new ContactStore(redis, keys);
  const access = new AccessPolicy({ issuerIds: config.ISSUER_IDS, agentIds: config.AGENT_IDS, accounts, approvals, chatSettings });
  const i18n = createI18n(config.DEFAULT_LOCALE);
  const tickets = new TicketFiles(redis, keys);
  const bookings = new BookingStore(redis, keys, ack);
  const ledger = new IssueLedger(redis, keys, ack);
  const jobs = await buildJobs({
    settings: { token: config.BOT_TOKEN, apiRoot: config.TELEGRAM_API_ROOT, timeZone: config.TIMEZONE, defaultLocale: config.DEFAULT_LOCALE },
    translate: (locale, key, vars) => i18n.t(locale, key, vars),
    queuePrefix: queuePrefixFor(topology, keys.queuePrefix), jobIndex: new JobIndex(redis, keys), sent: new SentMarkers(redis, keys),
    pacer: new ChatPacer(redis, keys.chatPace, keys.globalPace),
    accounts, bookings, chatSettings, tickets, access, ledger, logger,
    upgrade: { upgradedGroups, contacts, approvals, accountLinks: accounts.store },
    onSent: (kind) => metrics.remindersSent.inc({ kind }),
  }, {
    connect: () => queueRedis(topology), offsetsMs: config.REMINDER_OFFSETS, ratePerSecond: config.SEND_RATE_PER_SECOND,
    runWorker: options.runWorker ?? config.ROLE !== "bot", lateAfterMs: options.workerLateAfterMs, waitReplicas: replication.replicas,
  });
  counts.of = () => jobs.queue.getJobCounts("waiting", "active", "delayed", "failed", "completed");
  // Without a listener BullMQ prints each reconnection failure to stderr; the outage is logged above.
  jobs.queue.on("error", (err) => logger.debug({ err: err.message }, "job queue error"));
  const journal = new UpdateJournal(redis, keys);
  const deps: BotDeps = {
    settings: {
      token: config.BOT_TOKEN, apiRoot: config.TELEGRAM_API_ROOT, defaultLocale: config.DEFAULT_LOCALE, timeZone: config.TIMEZONE,
      issuerIds: config.ISSUER_IDS, conversationTimeoutMs: config.CONVERSATION_TIMEOUT_MINUTES * 60_000, reminderOffsetsMs: config.REMINDER_OFFSETS,
      autoRetry: options.autoRetry ?? { maxRetryAttempts: 5, maxDelaySeconds: 60 },
      answerDeadlineMs: options.answerDeadlineMs,
    },
    logger, provider, providers: built.byId,
    storage: grammyStorage(redis, keys, cipher),
    // Updates Telegram won't deliver again (polled, or answered early by the webhook) are journaled until handled.
    updates: new UpdateLog(redis, keys, { ...DEFAULT_UPDATE_LOG_OPTIONS, journal }),
    // Only webhook mode can have several bot processes take one person's updates (polling allows one poller).
    updateLocks: config.BOT_MODE === "webhook" ? new UpdateLocks(redis, keys.updateLockPrefix) : undefined,
    limits: new RateLimits(redis, keys.rateLimitPrefix),
    inlineOffers: new InlineOfferCache(redis, keys),
    personalData: new PersonalDataRequests(redis, keys.personalDataPrefix, cipher),
    bookings,
    searches: new SearchCache(redis, keys),
    cancelledFlows: new CancelledFlows(redis, keys, cipher),
    returnTrips: new ReturnTrips(redis, keys, cipher),
    pastedDetails: new PastedDetails(redis, keys, cipher),
    uncertain: new UncertainBookings(redis, keys),
    awaitedCodes: new AwaitedCodes(redis, keys),
    messageOwners: new MessageOwners(redis, keys),
    seenMembers: new SeenMembers(redis, keys),
    fareDays: new DaySearchIndex(redis, keys),
    contacts,
    chatSettings, approvals, access,
    upgradedGroups,
    ledger,
    intents: new IssueIntents(redis, keys, ack),
    tickets,
    airports: new AirportDirectory(new AirportCache(redis, keys), provider),
    accounts,
    now: options.now ?? (() => new Date()),
    jobs: jobs.scheduler,
    digests: jobs.digests,
    metrics,
  };
  const bot = createBot(deps, options.botInfo);
  return {
    bot, deps, built, jobs, metrics, redis, keys, journal,
    close: async () => {
      await jobs.close();
      await accounts.close();
      if (!options.providers) await built.close();
      await redis.quit().catch(() => redis.disconnect());
      replication.close();
    },
  };
}
