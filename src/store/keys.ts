/**
 * Every Redis key the app uses, in one place. Cluster-safe by construction: every transaction and Lua
 * script in store/ touches exactly one of these keys, so no key needs a hash tag and the names are the
 * same on one server, Sentinel or Cluster (BullMQ's prefix alone is hash-tagged under Cluster:
 * redis-connection.ts). test/scale/cluster-keys.test.ts runs the stores on a Cluster. `ns` separates deployments (and test runs) sharing a
 * Redis. Sessions and conversations get their own prefixes because grammY's adapters add none.
 */
export function redisKeys(ns: string) {
  return {
    sessionPrefix: `${ns}:sess:`,
    conversationPrefix: `${ns}:conv:`,
    update: (updateId: number) => `${ns}:upd:${updateId}`,
    /** Updates Telegram will not deliver again, kept until handled (store/update-journal.ts). */
    acceptedUpdates: `${ns}:upd-journal`,
    updateSweepLock: `${ns}:upd-journal:sweep`,
    search: (id: string) => `${ns}:search:${id}`,
    /** The results list a member has on screen in a chat (which search, which message, sort and filters). */
    resultsBoard: (chatId: number, userId: number) => `${ns}:board:${chatId}:${userId}`,
    booking: (provider: string, code: string) => `${ns}:booking:${provider}:${code}`,
    /** Which chat booked a code: outlives the record, so the code never reads as "booked outside the bot" to another chat. */
    bookingOwner: (provider: string, code: string) => `${ns}:booking-owner:${provider}:${code}`,
    chatBookings: (chatId: number) => `${ns}:chat:${chatId}:bookings`,
    lastContact: (chatId: number) => `${ns}:chat:${chatId}:contact`,
    issue: (provider: string, code: string) => `${ns}:issue:${provider}:${code}`,
    issueIntent: (id: string) => `${ns}:intent:${id}`,
    /** A member who may not issue asked the group's issuers to issue a code: when (issue-asks.ts). */
    issueAsk: (provider: string, code: string) => `${ns}:issue-ask:${provider}:${code}`,
    /** The request messages posted for a code, edited to say who issued it (issue-asks.ts). */
    issueAskMessages: (provider: string, code: string) => `${ns}:issue-ask-msgs:${provider}:${code}`,
    /** The reminders sent for a code, edited once it is issued, cancelled or expired (sent-reminders.ts). */
    reminderMessages: (provider: string, code: string) => `${ns}:reminder-msgs:${provider}:${code}`,
    /** A member who may not issue was refused a tapped Issue in a chat with a posted message: taps again within TTL.issueRefusalRepeat are toasts (issue-asks.ts). */
    issueRefusal: (chatId: number, userId: number, provider: string, code: string) => `${ns}:issue-refused:${chatId}:${userId}:${provider}:${code}`,
    /** Bookings a member made in a chat whose answer never came (outcome unknown), by flight. */
    uncertainBookings: (chatId: number, userId: number) => `${ns}:unsure:${chatId}:${userId}`,
    /** A command sent without a booking code, waiting for the code typed next (awaited-codes.ts). */
    awaitedCode: (chatId: number, userId: number) => `${ns}:await-code:${chatId}:${userId}`,
    /** The member a bot message in a group was sent for (message-owners.ts). */
    messageOwner: (chatId: number, messageId: number) => `${ns}:msg-owner:${chatId}:${messageId}`,
    /** A group member the bot has seen there, by username, for `/allow @username` (seen-members.ts). */
    seenMember: (chatId: number, username: string) => `${ns}:seen:${chatId}:${username.toLowerCase()}`,
    /** The groups a person was last seen in and not seen leaving (a set of chat ids): who may be asked about where (inline sharing, seen-members.ts). */
    seenGroups: (userId: number) => `${ns}:seen-groups:${userId}`,
    /** How far a member's booking flow in a chat has got (flight, passengers, contact), noted as it asks (cancelled-flows.ts). */
    flowDraft: (chatId: number, userId: number) => `${ns}:flow-draft:${chatId}:${userId}`,
    /** A member's flow cancelled in a chat, kept for its ↩️ Resume button (cancelled-flows.ts). */
    cancelledFlow: (chatId: number, userId: number) => `${ns}:cancelled-flow:${chatId}:${userId}`,
    /** The return a member's search asked for, offered after the outbound is booked (return-trips.ts). */
    returnTrip: (chatId: number, userId: number) => `${ns}:return-trip:${chatId}:${userId}`,
    /** Passengers and contact pasted under a member's search ("cgk dps besok 2 dewasa\nTn Budi…"), for its booking (pasted-details.ts; sealed). */
    pastedDetails: (chatId: number, userId: number) => `${ns}:pasted:${chatId}:${userId}`,
    /** The outbound's passengers and contact, offered again for its return's booking (return-trips.ts; sealed). */
    returnParty: (chatId: number, userId: number) => `${ns}:return-party:${chatId}:${userId}`,
    /** The issue confirmation a member has on screen in a chat, so /cancel can withdraw it. */
    shownIntent: (chatId: number, userId: number) => `${ns}:intent-shown:${chatId}:${userId}`,
    /** The issue confirmation of a code just posted for a member's tap in a chat: a double tap posts no second one (issue-ledger.ts). */
    tappedIntent: (chatId: number, userId: number, provider: string, code: string) => `${ns}:intent-tapped:${chatId}:${userId}:${provider}:${code}`,
    ticketFile: (provider: string, code: string) => `${ns}:ticketfile:${provider}:${code}`,
    airports: (provider: string) => `${ns}:airports:${provider}`,
    chatJobs: (chatId: number) => `${ns}:chat:${chatId}:jobs`,
    bookingJobs: (provider: string, code: string) => `${ns}:booking:${provider}:${code}:jobs`,
    chatSettings: (chatId: number) => `${ns}:chat:${chatId}:settings`,
    /** A group the operator let use the operator's provider account (/approve, or added by an issuer). */
    groupApproval: (chatId: number) => `${ns}:chat:${chatId}:approved`,
    /** The supergroup a group was upgraded to (store/upgraded-groups.ts). */
    upgradedGroup: (chatId: number) => `${ns}:chat:${chatId}:upgraded-to`,
    /** The move of an upgraded group's bookings and settings to its supergroup: under way, or done (services/group-upgrade.ts). */
    upgradedGroupMove: (chatId: number) => `${ns}:chat:${chatId}:upgrade-move`,
    /** BullMQ's own prefix for this namespace. */
    queuePrefix: `${ns}:bull`,
    tiketTokenPrefix: `${ns}:tiket:`,
    personalDataPrefix: `${ns}:pd:`,
    rateLimitPrefix: `${ns}:rl:`,
    chatPace: (chatId: number) => `${ns}:pace:${chatId}`,
    globalPace: `${ns}:pace:all`,
    jobSent: (jobId: string) => `${ns}:sent:${jobId}`,
    /** A person's updates run one at a time across processes (store/update-locks.ts). */
    updateLockPrefix: `${ns}:lock:`,
    /** Written just before WAIT, so WAIT covers every earlier write (store/replica-ack.ts). */
    replicaAckMarker: `${ns}:replica-ack`,
  };
}
export type RedisKeys = ReturnType<typeof redisKeys>;

export const TTL = {
  update: 24 * 3600,
  search: 2 * 3600,
  booking: 90 * 24 * 3600,
  /**
   * At least as long as the bot keeps anything of a booking (its issue record, its e-ticket file: a year),
   * and until well after its flight (booked up to a year ahead, the provider keeps it and its e-ticket).
   */
  bookingOwner: 365 * 24 * 3600,
  bookingOwnerAfterFlight: 90 * 24 * 3600,
  contact: 365 * 24 * 3600,
  issueInProgress: 5 * 60,
  issueDone: 365 * 24 * 3600,
  intent: 15 * 60,
  /** A second tap on Issue this soon after one that posted a confirmation is a double tap: pointed to that one. */
  intentDoubleTap: 10,
  /** Asking the issuers again within this long is answered "already asked at HH:MM" (no spam for them). */
  issueAskRepeat: 10 * 60,
  /** A request message stays editable ("issued by …") for about a hold's life and then some. */
  issueAskMessages: 3 * 24 * 3600,
  /**
   * How long after a booking's pay-before time its reminders' ids are kept: the expiry notice comes then, and
   * may wait out an issue hold (30 min) and its retries first. No later edit needs them.
   */
  reminderMessagesAfterDeadline: 6 * 3600,
  /** The refusal posted for a tapped Issue stays on screen with its 🙋 button: tapping again this soon gets a toast, not a second post. */
  issueRefusalRepeat: 5 * 60,
  /** About an unpaid hold's life: after that, the booking would have lapsed anyway. */
  uncertainBooking: 3 * 3600,
  /** Long enough to look the code up, short enough not to catch a code typed for something else later. */
  awaitedCode: 5 * 60,
  ticketFile: 365 * 24 * 3600,
  /** As long as a paused flow lives: a reply to an older message is no longer an answer anyway. */
  messageOwner: 24 * 3600,
  airports: 24 * 3600,
  /** A return asked with a search: the outbound is usually booked the same day, the return searched right after. */
  returnTrip: 24 * 3600,
  /** As long as sessions: a member quiet for a year is named by a reply to her message again. */
  seenMember: 365 * 24 * 3600,
  // Sessions hold only a language choice; writes are skipped when unchanged, so the TTL is long.
  session: 365 * 24 * 3600,
  conversation: 24 * 3600,
  /**
   * Telegram keeps an upgraded group's history, buttons and all, for good; a tap there is told where to
   * go for as long as the bot keeps the bookings those buttons name (their owner record: a year).
   */
  upgradedGroup: 365 * 24 * 3600,
  /** A move whose process died part-way is taken up by the next one to learn of the upgrade after this. */
  upgradedGroupMoveLease: 120,
} as const;
