import type { FlightProvider } from "../domain/flight-provider.js";
import type { ProviderId } from "../domain/flight.js";

/** The provider accounts a chat works with right now. */
export interface ChatProviders {
  /** Where searches go: one provider, or several merged. */
  search: FlightProvider;
  /** The provider that owns an offer or a booking, by id (quote, book, issue go there). */
  byId: Partial<Record<ProviderId, FlightProvider>>;
  /** The linked agent account in use, when it is not the default one; stored on bookings. */
  account?: string;
}

/**
 * Which provider account serves a chat. The default resolver always answers the configured account
 * (or the sandbox); per-agent accounts (/login) plug in behind the same interface.
 */
export interface AccountResolver {
  forChat(chat: { id: number; type: string }, userId: number): Promise<ChatProviders>;
  /** The provider to use for a stored booking: the account it was made with. */
  forBooking(provider: ProviderId, account?: string): Promise<FlightProvider | undefined>;
}

export class DefaultAccounts implements AccountResolver {
  constructor(private readonly search: FlightProvider, private readonly byId: Partial<Record<ProviderId, FlightProvider>>) {}

  async forChat(): Promise<ChatProviders> {
    return { search: this.search, byId: this.byId };
  }

  async forBooking(provider: ProviderId): Promise<FlightProvider | undefined> {
    return this.byId[provider];
  }
}
