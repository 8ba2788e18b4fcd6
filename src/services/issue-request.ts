import type { OtherFlightBooked } from "../domain/booked-other-flight.js";
import { isPayable, tooLateToIssue, type BookingStatus } from "../domain/booking.js";
import { isProviderError, ProviderError } from "../domain/errors.js";
import type { FlightProvider } from "../domain/flight-provider.js";
import type { ProviderId } from "../domain/flight.js";
import type { Rupiah } from "../domain/money.js";
import type { BookingRecord } from "../store/booking-store.js";
import type { IssueIntents, IssueLedger, ShownIntent } from "../store/issue-ledger.js";
import type { AccessDenied, Actor, SpendRule } from "./access-policy.js";
import { findBooking, type Lookup, type LookupDeps } from "./booking-lookup.js";
import { heldInDoubtUntil, issueOnce, type IssueOutcome } from "./issue-booking.js";
import { recoverIssue, type Recovered } from "./issue-recovery.js";
import type { ReminderScheduler } from "./scheduler-port.js";

export interface IssueRequestDeps extends LookupDeps {
  intents: IssueIntents;
  ledger: IssueLedger;
  now: () => Date;
  jobs?: ReminderScheduler;
}

type Common = { kind: "unknown" } | { kind: "denied"; reason: AccessDenied } | { kind: "failed"; error: ProviderError } | { kind: "not_allowed"; rule: SpendRule; provider?: ProviderId };

export type PrepareOutcome =
  | Common
  /** `recovered`: our records had no issue of it (a call cut off, or paid elsewhere); now they do, and the e-ticket is on its way. */
  | { kind: "already_issued"; recovered?: Recovered }
  | { kind: "not_issuable"; status: BookingStatus }
  /** `provider`: whose deposit it is (with two providers configured, the agent must know which one pays). */
  | { kind: "insufficient"; amount: Rupiah; balance: Rupiah; provider: ProviderId }
  /**
   * An earlier issue of this code gave no definite answer and may still be paying: no confirmation before
   * `until` (ISO). `payBefore`: the booking's time limit, when the bot made it (the advice depends on it).
   * `started` (ISO): the earlier issue's call is under way or was cut off (its process died), not answered.
   */
  | { kind: "in_doubt"; until: string; status: BookingStatus; provider: ProviderId; payBefore?: string; started?: string; paymentUnconfirmed?: true }
  /** Unpaid at the provider, but a payment confirmation sent earlier may still go through: never sent again (IssueOutcome). */
  | { kind: "payment_unconfirmed"; provider: ProviderId; payBefore?: string }
  /** Unpaid, but the session it is paid with is gone at the provider (BookingStatusResult.paySessionLost): the bot can't pay it. */
  | { kind: "session_lost"; provider: ProviderId; payBefore?: string }
  /** Unpaid, its booking's last step never went through at the provider (BookingStatusResult.checkoutUnfinished): the bot can't pay it. */
  | { kind: "checkout_unfinished"; provider: ProviderId; payBefore: string }
  /** The flight leaves too soon (or has left) for a ticket to be of use: nothing is paid. */
  | { kind: "departed"; departsAt: string }
  /** The provider booked another flight, route or day than asked: not issued here, whoever asks (see OtherFlightBooked). */
  | { kind: "other_flight"; other: OtherFlightBooked }
  /** `owner` knows the code but `down` could not say it isn't also theirs: nothing is paid until it can. */
  | { kind: "unsure"; owner: ProviderId; down: ProviderId }
  /** Booked outside the bot, and `provider` says no total for it: no amount to confirm, so nothing is paid. */
  | { kind: "no_total"; provider: ProviderId }
  /** Ask for the confirmation of `amount`: the booking's, or the provider's total of one booked outside the bot. */
  | { kind: "confirm"; intentId: string; amount: Rupiah; balance: Rupiah; provider: ProviderId };

/** The account that would pay, as stored on an intent and on a booking (undefined: the operator's). */
function payingAccount(found: Extract<Lookup, { kind: "own" | "outside" }>): string | undefined {
  return found.kind === "own" ? found.record.account : found.account;
}

/** Issued by our records (an issue through the bot, or one found issued since), or by the provider's answer just read. */
function issuedAsKnown(found: Extract<Lookup, { kind: "own" | "outside" }>): boolean {
  return found.kind === "own" ? found.record.issuedAt !== undefined || found.record.booking.status === "issued" : found.status === "issued";
}

/**
 * Step one of issuing: whose booking, whose money, whether it can be paid, and an intent that only the
 * asking person in this chat can confirm. Nothing is spent here. `locale`: the e-ticket caption's, should the
 * provider say issued where our records did not (recoverIssue).
 */
export async function prepareIssue(deps: IssueRequestDeps, actor: Actor, code: string, hint: ProviderId | undefined, locale: string): Promise<PrepareOutcome> {
  const found = await findBooking(deps, actor, code, hint);
  if (found.kind !== "own" && found.kind !== "outside") return found;
  if (found.kind === "outside" && found.doubt) return { kind: "unsure", owner: found.source.id, down: found.doubt.provider };
  // Before anything else is asked: no confirmation, no payment, for a flight nobody chose.
  if (found.kind === "own" && found.record.booking.otherFlight) return { kind: "other_flight", other: found.record.booking.otherFlight };
  const provider = found.source.id;
  const account = payingAccount(found);
  const spend = await deps.access.maySpend(actor, provider, account);
  // Already paid, as far as we know: that is the answer for whoever may see the booking (a stale Issue
  // button tapped later), not that they may not pay it.
  // `provider`: the refusal's "🙋 Ask an issuer" names the booking it asks about.
  if (!spend.allowed) return issuedAsKnown(found) ? { kind: "already_issued" } : { kind: "not_allowed", rule: spend.rule, provider };
  if (found.kind === "own" && tooLateToIssue(found.record.booking, deps.now())) return { kind: "departed", departsAt: found.record.booking.departsAt };
  try {
    const [read, balance] = await Promise.all([found.kind === "own" ? found.source.status(code) : { status: found.status, paymentUnconfirmed: undefined }, found.source.balance()]);
    const { status } = read;
    const payBefore = found.kind === "own" ? { payBefore: found.record.booking.timelimit } : {};
    const unconfirmed = status === "waiting" && read.paymentUnconfirmed === true;
    if (status === "issued") {
      const recovered = found.kind === "own" ? await recoverIssue(deps, found.record, status, locale) : undefined;
      return { kind: "already_issued", ...(recovered && { recovered }) };
    }
    if (!isPayable(status)) return { kind: "not_issuable", status };
    const held = await deps.ledger.get(provider, code);
    const until = heldInDoubtUntil(held, deps.now());
    if (until) {
      const started = held?.state === "in_progress" ? held.at : undefined;
      return { kind: "in_doubt", until, status, provider, ...payBefore, ...(started && { started }), ...(unconfirmed && { paymentUnconfirmed: true as const }) };
    }
    if (unconfirmed) return { kind: "payment_unconfirmed", provider, ...payBefore };
    if (found.kind === "own" && "paySessionLost" in read && read.paySessionLost) return { kind: "session_lost", provider, ...payBefore };
    if (found.kind === "own" && "checkoutUnfinished" in read && read.checkoutUnfinished) return { kind: "checkout_unfinished", provider, payBefore: found.record.booking.timelimit };
    // Nobody pays an amount they were not shown: one booked outside the bot needs the provider's own total,
    // and so does one whose booking was not confirmed (Booking.unconfirmed): our record of it may not be what the provider holds.
    const amount = found.kind === "outside" ? found.total : found.record.booking.unconfirmed ? ("total" in read ? read.total : undefined) : found.record.booking.fares.nta;
    if (amount === undefined) return { kind: "no_total", provider };
    if (balance < amount) return { kind: "insufficient", amount, balance, provider };
    const intentId = await deps.intents.create({ provider, code, chatId: actor.chat.id, userId: actor.userId, account, amount });
    return { kind: "confirm", intentId, amount, balance, provider };
  } catch (e) {
    if (!isProviderError(e)) throw e;
    return { kind: "failed", error: e };
  }
}

/**
 * The intent as seen from the actor's chat. Another chat's confirmation does not exist there: its
 * token, forged into a callback elsewhere, reads exactly as a made-up one ("gone"), so a stranger can't
 * learn that a payment is waiting. Neither does one of the group's for someone no longer in it (a member
 * removed, tapping what is still on his screen). Only another member of the same chat is told it isn't theirs.
 */
export async function intentSeenFrom(deps: Pick<IssueRequestDeps, "intents" | "access">, actor: Actor, intentId: string) {
  if (await deps.access.outsider(actor)) return undefined;
  const intent = await deps.intents.peek(intentId);
  return intent && intent.chatId === actor.chat.id ? intent : undefined;
}

export type ConfirmOutcome =
  | Common
  /** Already used (a double tap), cancelled or expired. */
  | { kind: "gone" }
  /** Another member of the asker's chat: the intent is left for its owner (another chat's reads as "gone"). */
  | { kind: "not_yours" }
  | { kind: "departed"; departsAt: string }
  | { kind: "no_total"; provider: ProviderId }
  /** `amount`: the most the payment could take (the total confirmed). */
  | { kind: "done"; code: string; provider: ProviderId; amount?: Rupiah; outcome: IssueOutcome; source: FlightProvider; record?: BookingRecord; ticketScheduled: boolean };

/**
 * Step two: the confirmation. Only the asker, in the chat where they asked, may use the intent; the
 * booking and the right to spend are checked again (an approval may have been revoked meanwhile), the
 * intent is consumed atomically (a double tap pays once), then issueOnce guards the code itself.
 */
export async function confirmIssue(deps: IssueRequestDeps, actor: Actor, intentId: string, locale: string): Promise<ConfirmOutcome> {
  const intent = await intentSeenFrom(deps, actor, intentId);
  if (!intent) return { kind: "gone" };
  if (intent.userId !== actor.userId) return { kind: "not_yours" };
  const found = await findBooking(deps, actor, intent.code, intent.provider);
  if (found.kind !== "own" && found.kind !== "outside") {
    await deps.intents.drop(intentId);
    return found;
  }
  // The chat switched accounts since the confirmation was shown: that money was not the one agreed to.
  if (payingAccount(found) !== intent.account || found.source.id !== intent.provider) {
    await deps.intents.drop(intentId);
    return { kind: "gone" };
  }
  const spend = await deps.access.maySpend(actor, intent.provider, intent.account);
  if (!spend.allowed) {
    await deps.intents.drop(intentId);
    return { kind: "not_allowed", rule: spend.rule };
  }
  // Confirmed too late: the flight left (or boards) since the question was shown.
  if (found.kind === "own" && tooLateToIssue(found.record.booking, deps.now())) {
    await deps.intents.drop(intentId);
    return { kind: "departed", departsAt: found.record.booking.departsAt };
  }
  // The total the confirmation showed (prepareIssue): the payment may not take more. Booked outside the bot,
  // the provider's total is read again now: risen since (or no longer said), nothing is paid.
  const confirmed = found.kind === "own" && !found.record.booking.unconfirmed ? found.record.booking.fares.nta : intent.amount;
  if (found.kind === "outside" && (confirmed === undefined || found.total === undefined || found.total > confirmed)) {
    await deps.intents.drop(intentId);
    if (confirmed === undefined || found.total === undefined) return { kind: "no_total", provider: intent.provider };
    return { kind: "failed", error: new ProviderError("charge_mismatch", "the provider's total rose since the agent confirmed it", { amounts: { charged: found.total, expected: confirmed } }) };
  }
  if (!(await deps.intents.consume(intentId))) return { kind: "gone" };
  const outcome = await issueOnce({ ledger: deps.ledger, bookings: deps.bookings, now: deps.now }, found.source, intent.code, actor.userId, confirmed);
  let ticketScheduled = false;
  // Paid with the airline still issuing: no more "pay before", and the e-ticket job waits for the ticket.
  if (outcome.kind === "issued" || outcome.kind === "already_issued" || outcome.kind === "paid") {
    await deps.jobs?.cancelReminders(intent.provider, intent.code);
    // With a worker the PDF is fetched and sent by a retried job, so a slow provider never holds the chat.
    if (deps.jobs) {
      await deps.jobs.scheduleTicket(intent.provider, intent.code, actor.chat.id, locale);
      ticketScheduled = true;
    }
  }
  const record = found.kind === "own" ? found.record : undefined;
  return { kind: "done", code: intent.code, provider: intent.provider, ...(confirmed !== undefined && { amount: confirmed }), outcome, source: found.source, record, ticketScheduled };
}

/**
 * A tap on Issue prepared confirmation `intentId`: whether to post it. Not when the same member's tap posted
 * one for this code a moment ago that can still pay (a double tap): that one is the answer, and this intent
 * is dropped unseen.
 */
export async function firstConfirmationOfTap(deps: Pick<IssueRequestDeps, "intents">, actor: Actor, provider: ProviderId, code: string, intentId: string): Promise<boolean> {
  if (await deps.intents.claimTapped(actor.chat.id, actor.userId, provider, code, intentId)) return true;
  await deps.intents.drop(intentId);
  return false;
}

/** A confirmation is on screen: /cancel of its asker in its chat withdraws it (issue-request's third way out). */
export async function noteConfirmationShown(deps: Pick<IssueRequestDeps, "intents">, actor: Actor, shown: ShownIntent): Promise<void> {
  await deps.intents.shown(actor.chat.id, actor.userId, shown);
}

/**
 * An asker's confirmations on screen in this chat that a tap could still confirm: what typed words at them
 * are pointed to. One whose booking was issued since (through another confirmation of it, by a colleague,
 * or found issued at the provider) pays nothing any more: its tap says "already issued", so words typed
 * after the issue are read for themselves rather than pointed at it.
 */
export async function confirmationsOnScreen(deps: Pick<IssueRequestDeps, "intents" | "ledger">, actor: Actor): Promise<ShownIntent[]> {
  const shown = await deps.intents.onScreen(actor.chat.id, actor.userId);
  const open = await Promise.all(shown.map(async (s) => {
    const intent = await deps.intents.peek(s.intentId);
    const issue = intent && (await deps.ledger.get(intent.provider, intent.code));
    return intent && issue?.state !== "done" ? s : undefined;
  }));
  return open.filter((s): s is ShownIntent => s !== undefined);
}

/**
 * /cancel: the asker's confirmations on screen in this chat can no longer pay; those that still could.
 * One whose booking was issued since could not pay anyway: withdrawn, but not reported as a payment
 * called off ("deposit not used" would be false of an issued booking).
 */
export async function withdrawConfirmations(deps: Pick<IssueRequestDeps, "intents" | "ledger">, actor: Actor): Promise<ShownIntent[]> {
  const open = new Set((await confirmationsOnScreen(deps, actor)).map((s) => s.intentId));
  const withdrawn = await deps.intents.withdraw(actor.chat.id, actor.userId);
  return withdrawn.filter((s) => open.has(s.intentId));
}

/** The cancel button of a confirmation: only its asker, in its chat (from another chat it reads as "gone"). */
export async function cancelIssue(deps: Pick<IssueRequestDeps, "intents" | "access">, actor: Actor, intentId: string): Promise<{ kind: "cancelled"; code: string } | { kind: "gone" | "not_yours" }> {
  const intent = await intentSeenFrom(deps, actor, intentId);
  if (!intent) return { kind: "gone" };
  if (intent.userId !== actor.userId) return { kind: "not_yours" };
  await deps.intents.drop(intentId);
  return { kind: "cancelled", code: intent.code };
}
