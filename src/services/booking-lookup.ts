import type { AccountResolver } from "../domain/account-port.js";
import type { BookingStatus } from "../domain/booking.js";
import { isProviderError, ProviderError } from "../domain/errors.js";
import type { FlightProvider } from "../domain/flight-provider.js";
import { PROVIDER_IDS, type ProviderId } from "../domain/flight.js";
import type { BookingRecord, BookingStore } from "../store/booking-store.js";
import type { AccessDenied, AccessPolicy, Actor } from "./access-policy.js";

export interface LookupDeps {
  access: AccessPolicy;
  accounts: AccountResolver;
  bookings: BookingStore;
}

/**
 * A booking code as this actor may see it:
 * - `own`: booked through the bot in this chat (with the account it was made with);
 * - `outside`: unknown to the bot but known to the provider under the account this chat uses;
 * - `unknown`: anything else — including another chat's booking, which must read exactly like a typo;
 * - `denied`: this person may use no account here, whatever the code.
 */
export type Lookup =
  | { kind: "own"; record: BookingRecord; source: FlightProvider }
  | { kind: "outside"; source: FlightProvider; status: BookingStatus; account?: string }
  | { kind: "unknown" }
  | { kind: "denied"; reason: AccessDenied }
  | { kind: "failed"; error: ProviderError };

export async function findBooking(deps: LookupDeps, actor: Actor, code: string, hint?: ProviderId): Promise<Lookup> {
  const record = hint ? await deps.bookings.get(hint, code) : await deps.bookings.find(code, PROVIDER_IDS);
  if (record && record.chatId === actor.chat.id && (await deps.access.mayRead(actor, record.booking.provider, record.account))) {
    const source = await deps.accounts.forBooking(record.booking.provider, record.account);
    if (!source) return { kind: "failed", error: new ProviderError("unavailable", `provider ${record.booking.provider} is not configured`) };
    return { kind: "own", record, source };
  }
  const access = await deps.access.access(actor);
  if (!access.ok) return { kind: "denied", reason: access.reason };
  // Another chat's booking (or one this chat may no longer read): the provider is not even asked.
  if (record) return { kind: "unknown" };
  const candidates = Object.values(access.providers.byId).filter((p) => !hint || p.id === hint);
  for (const source of candidates) {
    try {
      const { status } = await source.status(code);
      return { kind: "outside", source, status, account: source.id === "mmbc" ? access.providers.account : undefined };
    } catch (e) {
      if (isProviderError(e, "booking_not_found")) continue;
      if (isProviderError(e)) return { kind: "failed", error: e };
      throw e;
    }
  }
  return { kind: "unknown" };
}
