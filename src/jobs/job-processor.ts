import { setTimeout as sleep } from "node:timers/promises";
import { DelayedError, UnrecoverableError, Worker, type Job, type Queue } from "bullmq";
import { GrammyError, type Api } from "grammy";
import type { Logger } from "pino";
import { tooLateToIssue, type BookingStatus } from "../domain/booking.js";
import type { BookingRecord, BookingStore } from "../store/booking-store.js";
import type { AccountResolver } from "../domain/account-port.js";
import { isAccountUnlinked } from "../domain/unlinked-account.js";
import { ticketCaption } from "../presenters/booking-card.js";
import { escapeHtml } from "../presenters/html.js";
import { maskedEmail } from "../presenters/format.js";
import { deliverTicket } from "../services/ticket-delivery.js";
import { noteTicketSent, recoverIssue } from "../services/issue-recovery.js";
import { issueHoldUntil } from "../services/issue-booking.js";
import type { IssueLedger } from "../store/issue-ledger.js";
import type { TicketFiles } from "../store/ticket-files.js";
import type { SentMarkers } from "../store/job-index.js";
import { telegramDocuments } from "../telegram/document-sender.js";
import { topicPost } from "../telegram/topic-fallback.js";
import type { ChatPacer } from "../store/send-pacer.js";
import { jobData, type JobData } from "./job-data.js";
import type { JobScheduler } from "./job-scheduler.js";
import { expiryMessage, expiryStillWaitingMessage, reminderIssuedText, reminderMessage } from "../presenters/reminder-text.js";
import { noteReminderSent, settledReminders } from "../services/sent-reminders.js";
import { retireReminders } from "../telegram/retire-reminders.js";
import { offersIssue } from "../presenters/pay-offer.js";
import { issuersToMention, memberActor } from "../telegram/issuer-names.js";
import type { AccessPolicy } from "../services/access-policy.js";
import type { ChatSettingsStore } from "../store/chat-settings.js";
import { DIGEST_JOB, processDigest } from "./daily-digest-job.js";
import { jobLocale } from "./job-locale.js";
import { chatMayRead } from "../services/chat-reads.js";
import { currentChat, upgradedChatRetry, type UpgradedChatDeps } from "./upgraded-chat.js";

export interface ProcessorDeps extends UpgradedChatDeps {
  api: Api;
  translate: (locale: string, key: string, vars?: Record<string, string | number>) => string;
  queue: Queue;
  sent: SentMarkers;
  bookings: BookingStore;
  scheduler: JobScheduler;
  pacer: ChatPacer;
  logger: Logger;
  timeZone: string;
  defaultLocale: string;
  /** A reminder more than this late is marked late (it was due while everything was down). */
  lateAfterMs: number;
  /** Messages per second for the whole bot (all workers). */
  ratePerSecond: number;
  accounts: AccountResolver;
  tickets: TicketFiles;
  /** The daily digest reads a chat's settings and its deposit through the access policy. */
  access: AccessPolicy;
  chatSettings: ChatSettingsStore;
  /** Read through issueHoldUntil only: a reminder during an issue hold must not ask for the payment. */
  ledger: IssueLedger;
  onSent?: (kind: string) => void;
}

export type Outcome = "sent" | "skipped" | "dropped";

/** Handles one job: check the booking at the provider first, then send at most once. */
export async function processJob(deps: ProcessorDeps, job: Job, token?: string): Promise<Outcome> {
  if (job.name === DIGEST_JOB) return processDigest(deps, job, token);
  const parsed = jobData.safeParse(job.data);
  if (!parsed.success) throw new UnrecoverableError("malformed job data");
  const data = parsed.data;
  const record = await deps.bookings.get(data.provider, data.code);
  if (!record) return "dropped";
  // "Stop reminders" was pressed after this job was queued (or it was queued again since): nothing more of them.
  if (data.kind !== "ticket" && record.remindersStoppedAt) return "skipped";
  const provider = await deps.accounts.forBooking(data.provider, record.account);
  if (!provider) throw new UnrecoverableError(`no provider ${data.provider}`);
  // The record follows a group's upgrade to a supergroup (the job keeps the id it was scheduled with), and a
  // group known to be upgraded whose record was not moved yet is sent to at its new id.
  const chatId = await currentChat(deps, record.chatId);
  // A reminder, an expiry notice or the e-ticket reads the booking for its chat: only while the chat may still
  // read it on the account it was made with (a group whose approval was revoked since hears nothing, not even a
  // ticket still waited for at the airline: the operator hands it over with /etiket). Ends here, not retried.
  if (!(await chatMayRead(deps.access, record))) {
    deps.logger.info({ job: job.id, chat_id: chatId, kind: data.kind }, "chat may no longer read the booking: nothing sent");
    return "skipped";
  }
  // A chat's current settings apply to what was scheduled before they changed: reminders turned off
  // (or an offset no longer chosen) are not sent, and the language is the one the chat has now (jobLocale).
  const settings = await deps.chatSettings.get(chatId);
  if (data.kind === "reminder" && settings.reminderOffsetsMs && !settings.reminderOffsetsMs.includes(data.offsetMs)) return "skipped";
  // In a group the e-ticket too speaks the booking's language (its booker's where each person has their own), as
  // its card and reminders do: not its issuer's, whose language the job was scheduled in. A private chat's issuer
  // is its booker: the language of the issue, the newer.
  const fallback = data.kind !== "ticket" ? record.locale : chatId > 0 ? data.locale : record.locale ?? data.locale;
  const locale = await jobLocale(deps.chatSettings, chatId, settings, fallback, deps.defaultLocale, record.bookedBy.id);
  const t = (key: string, vars?: Record<string, string | number>) => deps.translate(locale, key, vars);
  // Its forum topic, until Telegram says it was deleted or closed: then General, for this job and the later ones.
  const post = topicPost(record.threadId, async () => {
    deps.logger.info({ job: job.id, chat_id: chatId, kind: data.kind }, "booking's forum topic is gone: posting to General");
    await deps.bookings.forgetTopic(data.provider, data.code);
  });

  if (data.kind === "ticket") {
    // Someone had it already (/etiket, the card's e-ticket button, while this job waited for the airline): not sent twice.
    if (await deps.tickets.fileId(data.provider, data.code)) return "skipped";
    await pace(deps, job, chatId, token);
    const caption = ticketCaption(t, locale, deps.timeZone, record.booking);
    try {
      return await sendOnce(deps, job, data, chatId, token, async () => {
        const sent = await deliverTicket(deps, telegramDocuments(deps.api, post), chatId, provider, data.code, caption, record.messageId);
        // Not ready yet at the provider: throwing puts the job back for a retry with backoff.
        if (sent.kind === "failed") throw new Error(`e-ticket not ready: ${sent.code}`);
        if (sent.kind === "unsure") throw new Error("e-ticket not ready, status unreadable");
        if (sent.kind === "ticketing") throw new StillIssuing("e-ticket not ready: paid, the airline still issuing");
        // Paid while the airline was still issuing: the ticket out is the issue, recorded (its time, the digest's sale).
        if (sent.kind === "sent") await noteTicketSent({ ledger: deps.ledger, bookings: deps.bookings, now: () => new Date() }, record);
        if (sent.kind === "emailed") {
          // The customer's address whole only in a private chat: a group sees it masked, as on the summary.
          const email = sent.email === undefined ? "-" : chatId > 0 ? sent.email : maskedEmail(sent.email);
          await post(({ threadId }) => deps.api.sendMessage(chatId, t("ticket-emailed", { email: escapeHtml(email) }), { parse_mode: "HTML", message_thread_id: threadId }));
        }
      });
    } catch (e) {
      if (!(e instanceof StillIssuing) || job.attemptsMade + 1 < (job.opts.attempts ?? 1)) throw e;
      // The last try, and the airline still issues: the chat was promised the e-ticket, so it hears why it hasn't
      // come. A later /cek that finds it issued schedules this job again (issue-recovery.ts, job-scheduler.ts).
      await post(({ threadId }) => deps.api.sendMessage(chatId, t("ticket-still-issuing", { code: data.code }), { parse_mode: "HTML", message_thread_id: threadId }));
      return "skipped";
    }
  }

  const read = await provider.status(data.code).catch((e: unknown) => {
    // The account it was booked with is logged out: retrying cannot help.
    throw isAccountUnlinked(e) ? new UnrecoverableError("booking's account is logged out") : e;
  });
  const status: BookingStatus = read.status;
  // Unpaid at the provider, but a confirmation the bot sent may still go through: the reminder says so (no Issue).
  const unconfirmed = status === "waiting" && read.paymentUnconfirmed === true;
  // Nor when the session it would be paid with is gone: where to pay it instead.
  const sessionLost = status === "waiting" && read.paySessionLost === true;
  // Nor when its booking's last step never went through (as read now: a checkout found done since is payable).
  const checkoutUnfinished = status === "waiting" && read.checkoutUnfinished === true;
  // Nor when whether it went through couldn't be read now: said so, not that it can't be paid.
  const checkoutUnknown = status === "waiting" && read.checkoutUnknown === true;
  if (typeof status === "string" && status !== record.booking.status) await deps.bookings.setStatus(data.provider, data.code, status);
  // Issued where our records never saw it (the process issuing it died during the call, or it was paid
  // elsewhere): recorded, and its e-ticket goes out as after any issue, without waiting for a /cek.
  if (status === "issued") await recoverIssue({ ledger: deps.ledger, bookings: deps.bookings, now: () => new Date(), jobs: deps.scheduler }, record, status, locale);
  if (status === "issued" || status === "cancel") {
    await deps.scheduler.cancelReminders(data.provider, data.code);
    // The reminders already sent lose their Issue (issued elsewhere, or cancelled: nothing left to pay).
    await retireSent(deps, record, status === "issued");
    return "skipped";
  }
  // Payment or ticketing under way at the provider: "pay before" would ask for a second payment, and
  // "expired" would invite a second booking. The expiry check waits (retried) until the status settles.
  if (status === "pending") {
    if (data.kind === "expiry") throw new Error("pending at the provider: expiry not decided yet");
    return "skipped";
  }
  const now = Date.now();
  const expired = status === "expired" || now >= Date.parse(record.booking.timelimit);
  // "Pay before" for a flight that leaves within the issue cut-off (or has left) asks for money the bot won't spend.
  if (data.kind === "reminder" && (expired || tooLateToIssue(record.booking, new Date(now)))) return "skipped";
  if (data.kind === "expiry" && !expired) throw new Error("not expired yet at the provider"); // retried with backoff
  // An issue of it got no clear answer and may still be paying: the reminder says so instead of "pay before",
  // and "expired, search again to rebook" waits for the hold's end unless the provider itself says expired
  // (the first payment may still go through, and a second booking would be paid too).
  const heldUntil = status === "expired" ? undefined : await issueHoldUntil({ ledger: deps.ledger, now: () => new Date(now) }, data.provider, data.code);
  if (data.kind === "expiry" && heldUntil !== undefined && token) {
    await job.moveToDelayed(Date.parse(heldUntil) + 1_000, token);
    throw new DelayedError();
  }
  // Our clock passed the deadline, the provider's says waiting: only the provider says "expired" (MMBC's
  // deadline has no zone, and the earlier reading is kept, see parseWireTimelimit), so it is asked again
  // a few times; still waiting after that, the chat is told so, never "search again to rebook".
  if (data.kind === "expiry" && status !== "expired") {
    const rechecks = data.rechecks ?? 0;
    const wait = EXPIRY_RECHECKS_MS[rechecks];
    if (wait !== undefined && token) {
      await job.updateData({ ...data, rechecks: rechecks + 1 });
      await job.moveToDelayed(now + wait, token);
      throw new DelayedError();
    }
    // No deadline was known (the check ran at departure): there is no "pay-before time passed" to tell.
    if (record.booking.timelimitUnknown) return "skipped";
  }
  // A group's reminder reaches someone who can pay it: the booker, and when she may not, those who may.
  const hold = { heldUntil, paymentUnconfirmed: unconfirmed, sessionLost, checkoutUnfinished, checkoutUnknown };
  const issuers = data.kind === "reminder" && chatId < 0 && offersIssue(hold) ? await issuersBesideBooker(deps, record, chatId) : [];
  await pace(deps, job, chatId, token);
  let reminder: { chatId: number; messageId: number } | undefined;
  const outcome = await sendOnce(deps, job, data, chatId, token, async () => {
    const replyTo = (reply: boolean) => (reply && record.messageId ? { message_id: record.messageId, allow_sending_without_reply: true } : undefined);
    if (data.kind === "expiry") {
      const text = status === "expired" ? expiryMessage(t, record) : expiryStillWaitingMessage(t, record);
      await post(({ threadId, reply }) => deps.api.sendMessage(chatId, text, { parse_mode: "HTML", message_thread_id: threadId, reply_parameters: replyTo(reply) }));
    } else {
      const { text, keyboard } = reminderMessage(t, locale, deps.timeZone, record, new Date(now), now - data.dueAt > deps.lateAfterMs, hold, issuers);
      const sent = await post(({ threadId, reply }) => deps.api.sendMessage(chatId, text, { parse_mode: "HTML", message_thread_id: threadId, reply_parameters: replyTo(reply), reply_markup: keyboard }));
      reminder = { chatId: sent.chat.id, messageId: sent.message_id };
    }
  });
  // Expired: the notice says so, and the reminders before it keep no button that could only be refused.
  if (outcome === "sent" && data.kind === "expiry" && status === "expired") await retireSent(deps, record, false);
  // Noted after sendOnce: a failure to note must not make the job send the reminder again.
  if (reminder) await noteReminder(deps, record, { ...reminder, locale });
  return outcome;
}

/**
 * Keeps a reminder just sent, so its Issue can go once the booking is settled. Issued while it was on its way
 * (the status read before the payment): whoever issued it took the reminders before this one was noted, so it
 * is retired here.
 */
async function noteReminder(deps: ProcessorDeps, record: BookingRecord, sent: { chatId: number; messageId: number; locale: string }): Promise<void> {
  const { provider, code } = record.booking;
  try {
    await noteReminderSent(deps, record, sent);
    const now = await deps.bookings.get(provider, code);
    if (now?.issuedAt !== undefined || now?.booking.status === "issued") await retireSent(deps, now, true);
  } catch (e) {
    deps.logger.warn({ err: e, booking: code, chat_id: sent.chatId }, "reminder sent but not noted: its Issue stays after the issue");
  }
}

/** The reminders sent for a settled booking: issued ones say so, the others (cancelled, expired) lose their buttons. */
async function retireSent(deps: ProcessorDeps, record: BookingRecord, issued: boolean): Promise<void> {
  const { provider, code } = record.booking;
  const sent = await settledReminders(deps, provider, code);
  if (sent.length === 0) return;
  const text = issued ? (locale: string) => reminderIssuedText((key, vars) => deps.translate(locale, key, vars), record) : undefined;
  await retireReminders(deps.api, sent, text, (e, r) => deps.logger.warn({ err: e, chat_id: r.chatId, message_id: r.messageId, booking: code }, "reminder not edited after its booking settled"));
}

/** Who may issue a group's booking its booker may not pay (none when she may): asked as the reminder goes out. */
async function issuersBesideBooker(deps: ProcessorDeps, record: BookingRecord, chatId: number): Promise<{ id: number; name: string }[]> {
  const spend = await deps.access.maySpend(memberActor(deps.api, chatId, record.bookedBy.id), record.booking.provider, record.account);
  return spend.allowed ? [] : issuersToMention(deps.api, chatId, spend.rule);
}

/**
 * After our clock passed a deadline the provider still calls waiting: when to ask it again. Over two hours
 * in all, past the one- and two-hour gaps between WIB and a WITA or WIT departure's clock.
 */
const EXPIRY_RECHECKS_MS = [5, 15, 45, 60].map((m) => m * 60_000);

/** Paid, the airline still issuing: the ticket job tries again later, and on its last try says so. */
class StillIssuing extends Error {}

/** Longest wait for the bot-wide send slot that a job spends in place rather than back in the delayed set. */
const GLOBAL_WAIT_IN_PLACE_MS = 2_000;

/**
 * Per-chat pacing shared across processes: too soon → back to the delayed set, no attempt spent.
 * The bot-wide slot frees within about a second, so a job waits for it in place: sent back to the
 * delayed set it would spend another start of BullMQ's limiter and race every other job for the
 * slot, and with a queue of due jobs that waste keeps sends well under the rate, so the queue
 * never drains (reminders end up seconds late at 0.8 × the rate).
 */
async function pace(deps: ProcessorDeps, job: Job, chatId: number, token?: string): Promise<void> {
  let wait = await deps.pacer.take(chatId);
  while (wait === 0) {
    const global = await deps.pacer.takeGlobal(deps.ratePerSecond);
    if (global === 0) return;
    if (global > GLOBAL_WAIT_IN_PLACE_MS) wait = global;
    else await sleep(global);
  }
  if (wait > 0 && token) {
    await job.moveToDelayed(Date.now() + wait, token);
    throw new DelayedError();
  }
}

/**
 * A marker set just before sending makes delivery at most once even if a worker dies and the job is
 * taken over as stalled; it is removed again when Telegram refused the message, so a retry can send.
 */
async function sendOnce(deps: ProcessorDeps, job: Job, data: JobData, chatId: number, token: string | undefined, send: () => Promise<void>): Promise<Outcome> {
  const id = job.id ?? `${data.kind}-${data.code}`;
  if (!(await deps.sent.mark(id))) return "skipped";
  try {
    await send();
    deps.onSent?.(data.kind);
    return "sent";
  } catch (e) {
    await deps.sent.unmark(id);
    throw (await upgradedChatRetry(deps, e, chatId, job, token)) ?? (await telegramFailure(deps, e, data));
  }
}

/** 429 pauses the whole queue for retry_after; 403 drops the chat's jobs; 400 is logged and not retried. */
async function telegramFailure(deps: ProcessorDeps, e: unknown, data: JobData): Promise<unknown> {
  if (!(e instanceof GrammyError)) return e;
  if (e.error_code === 429) {
    const ms = (e.parameters.retry_after ?? 1) * 1000;
    deps.logger.warn({ retry_after: e.parameters.retry_after }, "telegram flood limit: pausing sends");
    await deps.queue.rateLimit(ms);
    return Worker.RateLimitError();
  }
  if (e.error_code === 403) {
    const dropped = await deps.scheduler.cancelChat(data.chatId);
    deps.logger.warn({ chat_id: data.chatId, dropped, description: e.description }, "chat unreachable: its jobs are dropped");
    return new UnrecoverableError(e.description);
  }
  if (e.error_code === 400) {
    deps.logger.error({ chat_id: data.chatId, description: e.description, payload: e.payload }, "telegram refused a reminder");
    return new UnrecoverableError(e.description);
  }
  return e;
}
