import { ProviderError } from "./errors.js";
import type { FlightProvider } from "./flight-provider.js";

/**
 * A booking made with a linked account whose login is gone (/logout, or replaced by another username).
 * Its credentials are deliberately not kept for outstanding bookings: every call is refused as a
 * login failure, so callers show their "login refused" text and the job worker gives up, and code that
 * knows about accounts can tell it apart (`isAccountUnlinked`) to say the owner must /login again.
 * `inGroup`: asked in the group that booked on it, which no longer has it linked (a login alone won't do
 * there): its login is gone (`logged_out`), or it is logged in but not linked to the group (`not_linked`).
 */
export class AccountUnlinkedError extends ProviderError {
  constructor(readonly account: string, readonly inGroup?: "logged_out" | "not_linked") {
    super("invalid_credentials", "the linked account of this booking is logged out", { endpoint: "account" });
  }
}

export function isAccountUnlinked(e: unknown): e is AccountUnlinkedError {
  return e instanceof AccountUnlinkedError;
}

export function unlinkedAccount(account: string, sandbox: boolean): FlightProvider {
  const refuse = async (): Promise<never> => {
    throw new AccountUnlinkedError(account);
  };
  return {
    id: "mmbc", sandbox,
    airports: refuse, airlines: refuse, search: refuse, quote: refuse, book: refuse, issue: refuse,
    status: refuse, ticket: refuse, downloadTicket: refuse, balance: refuse,
  };
}
