import type { BookingStatus } from "../domain/booking.js";
import { isProviderError, type ProviderError } from "../domain/errors.js";
import type { ProviderId } from "../domain/flight.js";
import type { BookingRecord } from "../store/booking-store.js";
import type { AccessDenied, Actor } from "./access-policy.js";
import { findBooking, type LookupDeps } from "./booking-lookup.js";

export type StatusOutcome =
  | { kind: "own"; record: BookingRecord; status: BookingStatus }
  | { kind: "outside"; provider: ProviderId; code: string; status: BookingStatus }
  | { kind: "unknown" }
  | { kind: "denied"; reason: AccessDenied }
  | { kind: "failed"; error: ProviderError };

/** /status and the Status buttons: the live status, and the saved details only for this chat's own bookings. */
export async function bookingStatus(deps: LookupDeps, actor: Actor, code: string, hint?: ProviderId): Promise<StatusOutcome> {
  const found = await findBooking(deps, actor, code, hint);
  if (found.kind !== "own") {
    return found.kind === "outside" ? { kind: "outside", provider: found.source.id, code, status: found.status } : found;
  }
  try {
    const { status } = await found.source.status(code);
    const { provider } = found.record.booking;
    const record = (await deps.bookings.setStatus(provider, code, status)) ?? found.record;
    return { kind: "own", record, status };
  } catch (e) {
    if (!isProviderError(e)) throw e;
    // A booking this chat made that the provider no longer knows is still not another chat's secret.
    return { kind: "failed", error: e };
  }
}
