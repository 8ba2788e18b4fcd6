import type { AccountResolver } from "../domain/account-port.js";
import type { BookingStatus } from "../domain/booking.js";
import { isProviderError, ProviderError } from "../domain/errors.js";
import type { FlightProvider } from "../domain/flight-provider.js";
import { PROVIDER_IDS, type ProviderId } from "../domain/flight.js";
import type { Rupiah } from "../domain/money.js";
import type { BookingRecord, BookingStore } from "../store/booking-store.js";
import { AccountUnlinkedError } from "../domain/unlinked-account.js";
import type { AccessDenied, AccessPolicy, Actor } from "./access-policy.js";

export interface LookupDeps {
  access: AccessPolicy;
  accounts: AccountResolver;
  bookings: BookingStore;
}

/**
 * A booking code as this actor may see it:
 * - `own`: booked through the bot in this chat (with the account it was made with);
 * - `outside`: unknown to the bot but known to the provider under the account this chat uses (every
 *   provider is asked at once; `doubt` is another provider's failure, which leaves the owner uncertain;
 *   `total`: what paying it would take now, when the provider's answer says);
 * - `unknown`: anything else — including another chat's booking, which must read exactly like a typo
 *   (decided from the bot's own records before any provider is asked, then the providers are asked only
 *   as they are about a made-up code, so even an outage or a slow provider answers the same);
 * - `denied`: this person may use no account here, whatever the code.
 */
export type Lookup =
  | { kind: "own"; record: BookingRecord; source: FlightProvider }
  | { kind: "outside"; source: FlightProvider; status: BookingStatus; total?: Rupiah; account?: string; doubt?: { provider: ProviderId; error: ProviderError } }
  | { kind: "unknown" }
  | { kind: "denied"; reason: AccessDenied }
  | { kind: "failed"; error: ProviderError };

export async function findBooking(deps: LookupDeps, actor: Actor, code: string, hint?: ProviderId): Promise<Lookup> {
  // Someone outside the group (a public supergroup's card tapped, a member removed since) learns nothing of any code.
  if (await deps.access.outsider(actor)) return { kind: "unknown" };
  const record = hint ? await deps.bookings.get(hint, code) : await deps.bookings.find(code, PROVIDER_IDS);
  if (record && record.chatId === actor.chat.id && (await deps.access.mayRead(actor, record.booking.provider, record.account))) {
    const source = await deps.accounts.forBooking(record.booking.provider, record.account);
    if (!source) return { kind: "failed", error: new ProviderError("unavailable", `provider ${record.booking.provider} is not configured`) };
    return { kind: "own", record, source };
  }
  const access = await deps.access.access(actor);
  if (!access.ok) return { kind: "denied", reason: access.reason };
  // This chat's own booking, made on a linked account it no longer has (its owner logged out, or the link
  // ended): a member (outsiders left above) is told so and how to link it again, not "unknown" under its
  // own card. No provider is asked, so that deposit is never reached from here.
  if (record && record.chatId === actor.chat.id && record.booking.provider === "mmbc" && record.account !== undefined) {
    const gone = await deps.accounts.loggedOut(record.account);
    return { kind: "failed", error: new AccountUnlinkedError(record.account, gone ? "logged_out" : "not_linked") };
  }
  // Another chat's booking (or one this chat may no longer read) is asked about exactly like a typo, and
  // whatever the providers know of it is dropped: only an outage shows, as it would for a made-up code.
  // A code booked here whose record has expired is still that chat's: never "booked outside the bot" to another.
  const foreign = record !== undefined || (await ownedElsewhere(deps, actor, code, hint));
  // A provider that reads only the bot's own bookings (tiket.com) answers a made-up code with no call: another
  // chat's code is not sent to it either, which would read it with the owner's e-mail for a stranger.
  const candidates = Object.values(access.providers.byId).filter((p) => (!hint || p.id === hint) && !(foreign && p.readsOnlyOwnBookings));
  const answers = await Promise.allSettled(candidates.map((p) => p.status(code)));
  const known: { source: FlightProvider; status: BookingStatus; total?: Rupiah }[] = [];
  const failed: { provider: ProviderId; error: ProviderError }[] = [];
  answers.forEach((a, i) => {
    if (a.status === "fulfilled") known.push({ source: candidates[i]!, status: a.value.status, total: a.value.total });
    else if (isProviderError(a.reason, "booking_not_found")) return;
    else if (isProviderError(a.reason)) failed.push({ provider: candidates[i]!.id, error: a.reason });
    else throw a.reason;
  });
  if (foreign) return failed[0] ? { kind: "failed", error: failed[0].error } : { kind: "unknown" };
  if (known.length > 1) return { kind: "failed", error: ambiguous(code, known.map((k) => k.source.id)) };
  const owner = known[0];
  if (!owner) return failed[0] ? { kind: "failed", error: failed[0].error } : { kind: "unknown" };
  const account = owner.source.id === "mmbc" ? access.providers.account : undefined;
  // Another provider could not say whether the code is also theirs: fine for reading, not for paying.
  return { kind: "outside", source: owner.source, status: owner.status, total: owner.total, account, ...(failed[0] && { doubt: failed[0] }) };
}

async function ownedElsewhere(deps: LookupDeps, actor: Actor, code: string, hint?: ProviderId): Promise<boolean> {
  const owner = await deps.bookings.ownerChat(code, hint ? [hint] : PROVIDER_IDS);
  return owner !== undefined && owner !== actor.chat.id;
}

function ambiguous(code: string, ids: ProviderId[]): ProviderError {
  return new ProviderError("validation", `booking code ${code} is known to more than one provider (${ids.join(", ")})`, { messages: [`${code}: ${ids.join(", ")}`] });
}
