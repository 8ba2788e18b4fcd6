import type { BookingStatus } from "../domain/booking.js";
import { isProviderError, type ProviderError } from "../domain/errors.js";
import type { ProviderId } from "../domain/flight.js";
import type { BookingRecord } from "../store/booking-store.js";
import type { AccessDenied, Actor } from "./access-policy.js";
import { findBooking, type LookupDeps } from "./booking-lookup.js";
import { recoverIssue, type IssueRecoveryDeps, type Recovered } from "./issue-recovery.js";

export type StatusOutcome =
  /** `recovered`: the provider says issued where our records did not; now they do, and the e-ticket is on its way. */
  | { kind: "own"; record: BookingRecord; status: BookingStatus; recovered?: Recovered; paymentUnconfirmed?: true; paySessionLost?: true; checkoutUnfinished?: true; checkoutUnknown?: true }
  | { kind: "outside"; provider: ProviderId; code: string; status: BookingStatus }
  | { kind: "unknown" }
  | { kind: "denied"; reason: AccessDenied }
  | { kind: "failed"; error: ProviderError };

/**
 * What a lookup may do when it finds an issue we never recorded (recoverIssue): the ledger and the ticket
 * path, and the language the e-ticket's caption is written in. A caller without a way to send the ticket
 * (the worker's digest) leaves it out, and the next lookup that has one does it.
 */
export interface RecoverIssues {
  deps: IssueRecoveryDeps;
  locale: string;
}

/** /status and the Status buttons: the live status, and the saved details only for this chat's own bookings. */
export async function bookingStatus(deps: LookupDeps, actor: Actor, code: string, hint?: ProviderId, recover?: RecoverIssues): Promise<StatusOutcome> {
  const found = await findBooking(deps, actor, code, hint);
  if (found.kind !== "own") {
    return found.kind === "outside" ? { kind: "outside", provider: found.source.id, code, status: found.status } : found;
  }
  try {
    const { status, paymentUnconfirmed, paySessionLost, checkoutUnfinished, checkoutUnknown } = await found.source.status(code);
    // Unpaid, as the provider says, with the bot's note that a confirmation it sent may still go through,
    // or that the session it would be paid with is gone, or that its checkout is unfinished or couldn't be
    // checked now (no Issue offered that can't work).
    const note = status !== "waiting" ? {} : paymentUnconfirmed ? { paymentUnconfirmed: true as const } : paySessionLost ? { paySessionLost: true as const }
      : checkoutUnfinished ? { checkoutUnfinished: true as const } : checkoutUnknown ? { checkoutUnknown: true as const } : {};
    const { provider } = found.record.booking;
    // Only here, on this chat's own booking: a stranger's lookup of the code must set nothing off.
    const recovered = recover ? await recoverIssue(recover.deps, found.record, status, recover.locale) : undefined;
    if (recovered) return { kind: "own", record: recovered.record, status, recovered };
    const record = (await deps.bookings.setStatus(provider, code, status)) ?? found.record;
    return { kind: "own", record, status, ...note };
  } catch (e) {
    if (!isProviderError(e)) throw e;
    // A booking this chat made that the provider no longer knows is still not another chat's secret.
    return { kind: "failed", error: e };
  }
}
