import type { ReturnTrips } from "../store/return-trips.js";
import type { PastedDetails } from "../store/pasted-details.js";
import type { MessageOwners } from "../store/message-owners.js";
import type { SeenMembers } from "../store/seen-members.js";
import type { Logger } from "pino";
import type { FlightProvider } from "../domain/flight-provider.js";
import type { ProviderId } from "../domain/flight.js";
import type { BookingStore } from "../store/booking-store.js";
import type { ContactStore } from "../store/contact-store.js";
import type { ChatSettingsStore } from "../store/chat-settings.js";
import type { IssueIntents, IssueLedger } from "../store/issue-ledger.js";
import type { UpdateLog } from "../store/update-log.js";
import type { UpdateLocks } from "../store/update-locks.js";
import type { RateLimits } from "../store/rate-limits.js";
import type { GrammyStorage } from "../store/grammy-storage.js";
import type { InlineOfferCache } from "../store/inline-offer-cache.js";
import type { PersonalDataRequests } from "../store/personal-data-requests.js";
import type { SearchCache } from "../store/search-cache.js";
import type { CancelledFlows } from "../store/cancelled-flows.js";
import type { UncertainBookings } from "../store/uncertain-bookings.js";
import type { AwaitedCodes } from "../store/awaited-codes.js";
import type { DaySearchIndex } from "../store/day-search-index.js";
import type { AirportDirectory } from "../services/airport-directory.js";
import type { TicketFiles } from "../store/ticket-files.js";
import type { ReminderScheduler } from "../services/scheduler-port.js";
import type { DigestScheduler } from "../services/daily-digest.js";
import type { AccountResolver } from "../domain/account-port.js";
import type { AccessPolicy } from "../services/access-policy.js";
import type { GroupApprovals } from "../store/group-approvals.js";
import type { UpgradedGroups } from "../store/upgraded-groups.js";
import type { Metrics } from "../server/metrics.js";

export interface BotSettings {
  token: string;
  apiRoot: string;
  defaultLocale: "id" | "en";
  timeZone: string;
  /** ISSUER_IDS: use and spend the operator's account anywhere, approve groups (see AccessPolicy). */
  issuerIds: number[];
  conversationTimeoutMs: number;
  /** REMINDER_OFFSETS: the reminders of a chat that chose none (shown on its /settings panel). */
  reminderOffsetsMs?: readonly number[];
  /** Small values in tests; Telegram's 429 waits can be long in production. */
  autoRetry?: { maxRetryAttempts: number; maxDelaySeconds: number };
  /**
   * How long a held group tap or an inline query waits for the provider before it is answered with what is
   * known (default ANSWER_DEADLINE_MS, 8 s: Telegram refuses answers to queries older than about 10-15 s).
   */
  answerDeadlineMs?: number;
}

/** Everything the bot needs, built once by the composition root (or a test). */
export interface BotDeps {
  settings: BotSettings;
  logger: Logger;
  /** Sessions and conversation state (store/ owns every Redis access). */
  storage: GrammyStorage;
  updates: UpdateLog;
  /** One update per person at a time across processes (absent: only within this process). */
  updateLocks?: UpdateLocks;
  /** Per-user limits on everything that calls the provider. */
  limits: RateLimits;
  inlineOffers: InlineOfferCache;
  personalData: PersonalDataRequests;
  /** The provider new searches go to. */
  provider: FlightProvider;
  providers: Partial<Record<ProviderId, FlightProvider>>;
  bookings: BookingStore;
  searches: SearchCache;
  /** A member's flow cancelled in a chat, kept for its ↩️ Resume button, and how far a booking flow has got. */
  cancelledFlows: CancelledFlows;
  /** The return a member's search asked for, offered once the outbound is booked. */
  returnTrips: ReturnTrips;
  /** The passengers and contact pasted under a member's search, for a booking from its list. */
  pastedDetails: PastedDetails;
  uncertain: UncertainBookings;
  /** A /status, /issued or /etiket sent without a code, waiting for the code typed next. */
  awaitedCodes: AwaitedCodes;
  messageOwners: MessageOwners;
  /** Group members by username, for `/allow @username`. */
  seenMembers: SeenMembers;
  /** Which search answered a day the fare calendar asked about (so it is not asked again). */
  fareDays: DaySearchIndex;
  contacts: ContactStore;
  chatSettings: ChatSettingsStore;
  ledger: IssueLedger;
  intents: IssueIntents;
  tickets: TicketFiles;
  airports: AirportDirectory;
  accounts: AccountResolver;
  /** The trust model: who may use which account and spend its deposit. */
  access: AccessPolicy;
  approvals: GroupApprovals;
  /** Groups upgraded to a supergroup: taps on the old group's buttons are sent there. */
  upgradedGroups: UpgradedGroups;
  now: () => Date;
  /** Reminders and e-ticket delivery; without it tickets are sent inline and nothing is reminded. */
  jobs?: ReminderScheduler;
  /** Each chat's daily digest (/settings); without it the digest is only sent on /digest. */
  digests?: DigestScheduler;
  metrics?: Metrics;
}
