import { isPayable, type BookingStatus } from "../domain/booking.js";
import type { ProviderError } from "../domain/errors.js";
import type { ProviderId } from "../domain/flight.js";
import type { BookingRecord } from "../store/booking-store.js";
import type { IssueIntents } from "../store/issue-ledger.js";
import type { PostedAsk } from "../store/issue-asks.js";
import { isGroup, type AccessDenied, type Actor, type SpendRule } from "./access-policy.js";
import { findBooking, type LookupDeps } from "./booking-lookup.js";

export interface IssueAskDeps extends LookupDeps {
  intents: Pick<IssueIntents, "asks">;
  now: () => Date;
}

export type AskOutcome =
  | { kind: "unknown" }
  | { kind: "denied"; reason: AccessDenied }
  | { kind: "failed"; error: ProviderError }
  /** A private chat: the issuers can't open its bookings there, so there is nobody to ask (the refusal says what to do). */
  | { kind: "private"; rule?: SpendRule }
  /** The asker may pay it: the issue's own confirmation, as if she had tapped Issue. */
  | { kind: "may_issue" }
  /** Booked outside the bot: no card of ours to show the issuers; the refusal as before. */
  | { kind: "not_askable"; rule: SpendRule }
  | { kind: "already_issued" }
  | { kind: "not_issuable"; status: BookingStatus }
  /** Someone asked for this code within the repeat window (`at`, ISO): the issuers are not pinged again. */
  | { kind: "asked_already"; at: string }
  /** Post the request: the booking (for its short card) and who may issue it. */
  | { kind: "ask"; record: BookingRecord; rule: SpendRule };

/**
 * A member who may not spend asks the group's issuers to issue a code. Checked like every booking action
 * (findBooking): someone outside the group, another chat's code or a made-up one reads as unknown, so a
 * forged request button makes the bot post nothing. Nothing is paid here: the request carries the card's
 * Issue, which goes through prepareIssue and its confirmation for whoever taps it.
 */
export async function askIssuers(deps: IssueAskDeps, actor: Actor, code: string, hint: ProviderId | undefined): Promise<AskOutcome> {
  const found = await findBooking(deps, actor, code, hint);
  if (found.kind !== "own" && found.kind !== "outside") return found;
  const provider = found.source.id;
  const account = found.kind === "own" ? found.record.account : found.account;
  const spend = await deps.access.maySpend(actor, provider, account);
  if (spend.allowed) return { kind: "may_issue" };
  if (!isGroup(actor.chat)) return { kind: "private", rule: spend.rule };
  if (found.kind === "outside") return found.status === "issued" ? { kind: "already_issued" } : { kind: "not_askable", rule: spend.rule };
  const { record } = found;
  if (record.issuedAt !== undefined || record.booking.status === "issued") return { kind: "already_issued" };
  if (!isPayable(record.booking.status) || Date.parse(record.booking.timelimit) <= deps.now().getTime()) {
    return { kind: "not_issuable", status: isPayable(record.booking.status) ? "expired" : record.booking.status };
  }
  const claimed = await deps.intents.asks.claim(provider, code, deps.now());
  if (!claimed.ok) return { kind: "asked_already", at: claimed.at };
  return { kind: "ask", record, rule: spend.rule };
}

/** When someone here last asked the issuers for this code, if asking again now would be a repeat (ISO). */
export async function askedRecently(deps: Pick<IssueAskDeps, "intents">, provider: ProviderId, code: string): Promise<string | undefined> {
  return deps.intents.asks.askedAt(provider, code);
}

/**
 * A member who may not issue tapped Issue: whether her refusal is to be posted in the chat (once within a
 * few minutes; the one posted is still on screen with its 🙋 button, so the taps after it get a toast).
 */
export async function mayPostRefusal(deps: Pick<IssueAskDeps, "intents">, chatId: number, userId: number, provider: ProviderId, code: string): Promise<boolean> {
  return deps.intents.asks.claimRefusal(chatId, userId, provider, code);
}

/** Posting the refusal failed: her next tap posts it. */
export async function dropRefusal(deps: Pick<IssueAskDeps, "intents">, chatId: number, userId: number, provider: ProviderId, code: string): Promise<void> {
  await deps.intents.asks.releaseRefusal(chatId, userId, provider, code);
}

/** The request was posted: kept so the issue can say who paid it. */
export async function notePostedAsk(deps: Pick<IssueAskDeps, "intents">, provider: ProviderId, code: string, posted: PostedAsk): Promise<void> {
  await deps.intents.asks.notePosted(provider, code, posted);
}

/** Posting the request failed: the next ask posts it rather than being told it was asked. */
export async function dropAsk(deps: Pick<IssueAskDeps, "intents">, provider: ProviderId, code: string): Promise<void> {
  await deps.intents.asks.release(provider, code);
}

/** Issued: the requests posted for it, to be edited once (and the repeat window closed with them). */
export async function answeredAsks(deps: Pick<IssueAskDeps, "intents">, provider: ProviderId, code: string): Promise<PostedAsk[]> {
  return deps.intents.asks.takePosted(provider, code);
}
