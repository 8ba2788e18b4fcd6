import { isPayable, type BookingStatus, type BookingStatusResult, type IssueResult } from "../domain/booking.js";
import { isProviderError, type ProviderError } from "../domain/errors.js";
import type { FlightProvider } from "../domain/flight-provider.js";
import type { ProviderId } from "../domain/flight.js";
import type { Rupiah } from "../domain/money.js";
import type { BookingStore } from "../store/booking-store.js";
import { paymentMayGoThroughUntil, type IssueLedger, type IssueState } from "../store/issue-ledger.js";

/**
 * How long an issue whose outcome is unknown holds the code against another payment. Our issue call
 * gives up after a minute, but the consolidator and the airline go on: GDS and airline ticketing queues
 * take minutes (MMBC shows them as "pending", or still "waiting" until they finish). Half an hour is past
 * any of them, so a status still "waiting" after it means the first attempt did not pay.
 */
export const ISSUE_DOUBT_HOLD_MS = 30 * 60_000;

export type IssueOutcome =
  | { kind: "issued"; result: IssueResult }
  /** Paid from the deposit just now, the airline still issuing: the e-ticket follows once it is out. */
  | { kind: "paid"; result: IssueResult }
  | { kind: "already_issued"; ticketNumbers: string[] }
  /** Paid earlier (this attempt paid nothing), the airline still issuing when that payment ended. */
  | { kind: "already_paid" }
  | { kind: "in_progress" }
  | { kind: "not_issuable"; status: BookingStatus }
  | { kind: "failed"; error: ProviderError }
  /**
   * The provider may or may not have issued; `status` is what it says now, when it answered. With
   * `heldUntil` (ISO) it may still be paying, and nothing more is paid for this code before then.
   */
  | { kind: "unknown"; status?: BookingStatus; heldUntil?: string; paymentUnconfirmed?: true }
  /**
   * The provider says unpaid, but a payment confirmation sent earlier got no clear answer and may still go
   * through (BookingStatusResult.paymentUnconfirmed): nothing is sent again, the agent settles it with the provider.
   */
  | { kind: "payment_unconfirmed" };

export interface IssueDeps {
  ledger: IssueLedger;
  bookings: BookingStore;
  now: () => Date;
}

/**
 * Issues a booking at most once. Order matters: lock, then ask the provider's status (it may have
 * been issued elsewhere, or by an attempt that crashed), then pay; never retry the payment itself.
 * `confirmedTotal`: the total the agent confirmed, the most the payment may take (FlightProvider.issue).
 */
export async function issueOnce(deps: IssueDeps, provider: FlightProvider, code: string, by: number, confirmedTotal?: Rupiah): Promise<IssueOutcome> {
  const started = deps.now();
  // Should this process die during the call, its lock keeps the code from a second payment as long as a
  // call with no answer would (a provider whose retry finds the earlier payment needs only the short lock).
  const mayPayUntil = provider.issueFindsEarlierPayment ? undefined : new Date(started.getTime() + ISSUE_DOUBT_HOLD_MS);
  const lock = await deps.ledger.begin(provider.id, code, by, started, mayPayUntil);
  if (!lock.ok) {
    if (lock.current?.state === "done") return lock.current.awaitingTickets ? { kind: "already_paid" } : { kind: "already_issued", ticketNumbers: lock.current.ticketNumbers };
    if (lock.current?.state === "in_doubt") return recheck(deps, provider, code, by, lock.current.heldUntil);
    return { kind: "in_progress" };
  }
  const release = () => deps.ledger.release(provider.id, code, lock.token);

  let before: BookingStatus;
  try {
    const read = await provider.status(code);
    before = read.status;
    if (before === "waiting" && read.paymentUnconfirmed) {
      await release();
      return { kind: "payment_unconfirmed" };
    }
  } catch (e) {
    await release();
    if (isProviderError(e)) return { kind: "failed", error: e };
    throw e;
  }
  if (before === "issued") {
    await markIssued(deps, provider, code, by, []);
    return { kind: "already_issued", ticketNumbers: [] };
  }
  if (!isPayable(before)) {
    await release();
    await deps.bookings.setStatus(provider.id, code, before);
    return { kind: "not_issuable", status: before };
  }

  try {
    const result = await provider.issue(code, confirmedTotal);
    if (result.awaitingTickets) {
      await markPaid(deps, provider, code, by);
      return { kind: "paid", result };
    }
    await markIssued(deps, provider, code, by, result.ticketNumbers);
    return { kind: "issued", result };
  } catch (e) {
    if (!isProviderError(e)) throw e;
    if (e.code === "already_issued") {
      await markIssued(deps, provider, code, by, []);
      return { kind: "already_issued", ticketNumbers: [] };
    }
    // An airline's failure ("failed to receive data") may come after the airline ticketed, as a timeout
    // may: the provider's status decides before anyone may pay again. Its own refusals (balance, expired,
    // login) are definite: they charged nothing.
    if (e.code === "outcome_unknown" || e.code === "upstream") return reconcile(deps, provider, code, by, release, e.unexplainedAnswer === true);
    await release();
    return { kind: "failed", error: e };
  }
}

/**
 * The issue call gave no definite answer (no answer, a broken one, or an airline failure that may come
 * after the airline ticketed): only the provider's status decides. Issued: recorded. Cancelled or
 * expired: nothing can be paid, the lock goes. Anything else, "waiting" included, or no answer: the
 * airline may still be at it, so the code is held against another payment for ISSUE_DOUBT_HOLD_MS.
 * A provider whose issue finds an earlier attempt's payment itself (tiket.com) is let go at once only
 * while its status says "waiting" (or can't be read: its issue then only reads, see issue-flow.ts):
 * "pending" or a status of its own means a payment of it is under way (tiket.com: its confirmation went
 * out and got no answer), so it is held like any other. So is an answer the provider gave but did not
 * explain (`unexplained`: tiket.com's 201 notice on a payment): its look for an earlier payment can't tell
 * a payment still being processed from none, so only the hold keeps a second one away.
 */
async function reconcile(deps: IssueDeps, provider: FlightProvider, code: string, by: number, release: () => Promise<void>, unexplained: boolean): Promise<IssueOutcome> {
  let status: BookingStatus | undefined;
  let unconfirmed = false;
  try {
    const read = await provider.status(code);
    status = read.status;
    unconfirmed = status === "waiting" && read.paymentUnconfirmed === true;
  } catch {
    status = undefined;
  }
  if (status === "issued") {
    await markIssued(deps, provider, code, by, []);
    return { kind: "issued", result: { code, ticketNumbers: [], message: "" } };
  }
  // A provider whose issue finds an earlier attempt's payment first is safe to retry at once; a hold would
  // only let the booking's time limit run out while a placed payment waits to be confirmed. Not so once a
  // confirmation of it went out unanswered: that one may still go through.
  if (status === "expired" || status === "cancel" || (provider.issueFindsEarlierPayment && !unexplained && !unconfirmed && (status === undefined || status === "waiting"))) {
    await release();
    return { kind: "unknown", ...(status !== undefined && { status }) };
  }
  const now = deps.now();
  const until = new Date(now.getTime() + ISSUE_DOUBT_HOLD_MS);
  await deps.ledger.holdInDoubt(provider.id, code, by, now, until);
  return { kind: "unknown", heldUntil: until.toISOString(), ...(status !== undefined && { status }), ...(unconfirmed && { paymentUnconfirmed: true as const }) };
}

/** A try while the code is held in doubt: the status is read, and nothing is paid. */
async function recheck(deps: IssueDeps, provider: FlightProvider, code: string, by: number, heldUntil: string): Promise<IssueOutcome> {
  let read: BookingStatusResult;
  try {
    read = await provider.status(code);
  } catch {
    return { kind: "unknown", heldUntil };
  }
  const { status } = read;
  const unconfirmed = status === "waiting" && read.paymentUnconfirmed === true;
  if (status === "issued") {
    await markIssued(deps, provider, code, by, []);
    return { kind: "already_issued", ticketNumbers: [] };
  }
  if (status === "expired" || status === "cancel") {
    await deps.bookings.setStatus(provider.id, code, status);
    return { kind: "not_issuable", status };
  }
  return { kind: "unknown", heldUntil, status, ...(unconfirmed && { paymentUnconfirmed: true as const }) };
}

/**
 * When the hold on this code ends (ISO), if one stands at `now`: a hold in doubt, or an issue call under way
 * or cut off by a process that died during it (its payment may still go through just the same).
 */
export function heldInDoubtUntil(state: IssueState | undefined, now: Date): string | undefined {
  const until = paymentMayGoThroughUntil(state);
  return until !== undefined && until > now.toISOString() ? until : undefined;
}

/**
 * The hold in doubt standing on this code now, if any (its end, ISO). /status, the reminders and an Issue
 * button read it here: while it stands nothing is paid, so none of them may invite a payment.
 */
export async function issueHoldUntil(deps: Pick<IssueDeps, "ledger" | "now">, provider: ProviderId, code: string): Promise<string | undefined> {
  return heldInDoubtUntil(await deps.ledger.get(provider, code), deps.now());
}

/**
 * Whether a hold ending at `heldUntil` runs past the booking's pay-before time: then "issue again once the
 * hold is over" would come after the seat is gone, and the first payment's fate decides the booking.
 */
export function holdOutlastsDeadline(heldUntil: string, payBefore: string | undefined): boolean {
  return payBefore !== undefined && Date.parse(payBefore) <= Date.parse(heldUntil);
}

/** Paid, not yet issued: the ledger keeps any other payment away, the record says "pending" (in progress), not issued. */
async function markPaid(deps: IssueDeps, provider: FlightProvider, code: string, by: number) {
  await deps.ledger.done(provider.id, code, by, [], deps.now(), true);
  await deps.bookings.setStatus(provider.id, code, "pending");
}

async function markIssued(deps: IssueDeps, provider: FlightProvider, code: string, by: number, ticketNumbers: string[]) {
  const now = deps.now();
  await deps.ledger.done(provider.id, code, by, ticketNumbers, now);
  await deps.bookings.update(provider.id, code, (r) => ({
    ...r,
    booking: { ...r.booking, status: "issued" },
    ticketNumbers: ticketNumbers.length > 0 ? ticketNumbers : r.ticketNumbers,
    issuedAt: now.toISOString(),
  }));
}
