import { isPayable, type BookingStatus, type IssueResult } from "../domain/booking.js";
import { isProviderError, type ProviderError } from "../domain/errors.js";
import type { FlightProvider } from "../domain/flight-provider.js";
import type { BookingStore } from "../store/booking-store.js";
import type { IssueLedger } from "../store/issue-ledger.js";

export type IssueOutcome =
  | { kind: "issued"; result: IssueResult }
  | { kind: "already_issued"; ticketNumbers: string[] }
  | { kind: "in_progress" }
  | { kind: "not_issuable"; status: BookingStatus }
  | { kind: "failed"; error: ProviderError }
  /** The provider may or may not have issued; `status` is what it says now, when it answered. */
  | { kind: "unknown"; status?: BookingStatus };

export interface IssueDeps {
  ledger: IssueLedger;
  bookings: BookingStore;
  now: () => Date;
}

/**
 * Issues a booking at most once. Order matters: lock, then ask the provider's status (it may have
 * been issued elsewhere, or by an attempt that crashed), then pay; never retry the payment itself.
 */
export async function issueOnce(deps: IssueDeps, provider: FlightProvider, code: string, by: number): Promise<IssueOutcome> {
  const lock = await deps.ledger.begin(provider.id, code, by, deps.now());
  if (!lock.ok) {
    if (lock.current?.state === "done") return { kind: "already_issued", ticketNumbers: lock.current.ticketNumbers };
    return { kind: "in_progress" };
  }
  const release = () => deps.ledger.release(provider.id, code, lock.token);

  let before: BookingStatus;
  try {
    before = (await provider.status(code)).status;
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
    const result = await provider.issue(code);
    await markIssued(deps, provider, code, by, result.ticketNumbers);
    return { kind: "issued", result };
  } catch (e) {
    if (!isProviderError(e)) throw e;
    if (e.code === "already_issued") {
      await markIssued(deps, provider, code, by, []);
      return { kind: "already_issued", ticketNumbers: [] };
    }
    if (e.code === "outcome_unknown") return reconcile(deps, provider, code, by, release);
    // An airline's failure ("failed to receive data") may come after the airline ticketed: the provider's
    // status decides before anyone may pay again; its own refusals (balance, expired, login) charged nothing.
    if (e.code === "upstream") return reconcile(deps, provider, code, by, release, e);
    await release();
    return { kind: "failed", error: e };
  }
}

async function reconcile(deps: IssueDeps, provider: FlightProvider, code: string, by: number, release: () => Promise<void>, failure?: ProviderError): Promise<IssueOutcome> {
  try {
    const { status } = await provider.status(code);
    if (status === "issued") {
      await markIssued(deps, provider, code, by, []);
      return { kind: "issued", result: { code, ticketNumbers: [], message: "" } };
    }
    // The provider says it is still unpaid: the attempt did not go through, so the agent may try again.
    if (status === "waiting" || status === "expired" || status === "cancel") {
      await release();
      if (failure && status === "waiting") return { kind: "failed", error: failure };
    }
    return { kind: "unknown", status };
  } catch {
    // Still no answer: keep the lock until it expires, so nobody pays a second time meanwhile.
    return { kind: "unknown" };
  }
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
