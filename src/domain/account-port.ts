import type { FlightProvider } from "./flight-provider.js";
import type { ProviderId } from "./flight.js";

/** The provider accounts a chat works with right now. */
export interface ChatProviders {
  /** Where searches go: one provider, or several merged. */
  search: FlightProvider;
  /** The provider that owns an offer or a booking, by id (quote, book, issue go there). */
  byId: Partial<Record<ProviderId, FlightProvider>>;
  /** The linked agent account in use for MMBC, when it is not the operator's; stored on bookings. */
  account?: string;
}

/** What a chat has linked: nothing, a login that can't be opened any more, or a working login. */
export type LinkState =
  | { kind: "none" }
  /** The stored login can't be decrypted (CREDENTIALS_KEY changed): never replaced by the operator's account. */
  | { kind: "unreadable"; account: string }
  | {
      kind: "linked";
      account: string;
      ownerId: number;
      /** The agent's own MMBC. */
      mmbc: FlightProvider;
      /** That MMBC merged with the operator's other providers (PROVIDER=both), for people allowed on both. */
      withOperator: FlightProvider;
    };

/** A group's link to an agent's own account, as it was when it ended. */
export interface EndedLink {
  account: string;
  /** The agent whose account it is (the one who linked it). */
  ownerId: number;
  /** Her first name as she linked it. */
  name: string;
}

/**
 * The operator's configured accounts (or the sandbox) and agents' own logins (/login). Which of them
 * an actor may use is decided by the access policy in services/, not here.
 */
export interface AccountResolver {
  readonly operator: ChatProviders;
  /** Whether agents can link their own MMBC login here (/login): off without CREDENTIALS_KEY or MMBC. */
  readonly canLink: boolean;
  /** A private chat's own login, or the login a group admin linked to the group. */
  linkFor(chat: { id: number; type: string }, userId: number): Promise<LinkState>;
  /**
   * Ends the group's link if it is still to `account`; the link when this call ended it (undefined: no
   * such link, or another call ended it first), so whoever ends it says so once.
   */
  endLink(chatId: number, account: string): Promise<EndedLink | undefined>;
  /** The provider to use for a stored booking: the account it was made with. */
  forBooking(provider: ProviderId, account?: string): Promise<FlightProvider | undefined>;
  /** Whether the login an account id names is gone: its owner logged out, or logged in with another username. */
  loggedOut(account: string): Promise<boolean>;
  /** The Telegram user who linked an account (account ids start with it). */
  ownerOf(account: string): number | undefined;
}
