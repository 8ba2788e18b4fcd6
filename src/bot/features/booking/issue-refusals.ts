import type { BookingStatus } from "../../../domain/booking.js";
import { isProviderError } from "../../../domain/errors.js";
import type { ProviderId } from "../../../domain/flight.js";
import type { Actor } from "../../../services/access-policy.js";
import { findBooking, type Lookup } from "../../../services/booking-lookup.js";
import { statusLabel } from "../../../presenters/booking-card.js";
import type { BotContext } from "../../context.js";
import { notAllowedText } from "./access-replies.js";
import { refuse, refuseNotFound } from "./status.js";

/** Pending is not a dead end like cancelled: the provider is at work, and paying again could pay twice. */
export function notIssuableText(ctx: BotContext, code: string, status: BookingStatus): string {
  return status === "pending" ? ctx.t("issue-pending", { code }) : ctx.t("issue-not-possible", { code, status: statusLabel(ctx.t.bind(ctx), status) });
}

/**
 * What confirmIssue would refuse with, asked first without paying anything: the booking as this person
 * may see it now (findBooking: the same lookup), then the right to spend the account the confirmation
 * named, then a booking that ended (expired, cancelled: issueOnce would find it so after the toast). A
 * lookup that failed is left to confirmIssue, which tries again and says what happened.
 */
export async function refusalAtConfirm(ctx: BotContext, actor: Actor, intent: { code: string; provider: ProviderId; account?: string }): Promise<(() => Promise<void>) | undefined> {
  const found = await findBooking(ctx.deps, actor, intent.code, intent.provider);
  if (found.kind === "unknown" || found.kind === "denied") return () => refuseNotFound(ctx, found);
  if (found.kind === "failed") return undefined;
  const spend = await ctx.deps.access.maySpend(actor, intent.provider, intent.account);
  if (!spend.allowed) {
    const text = await notAllowedText(ctx, spend.rule);
    return () => refuse(ctx, text);
  }
  const status = await endedStatus(ctx, found);
  return status && (() => refuse(ctx, notIssuableText(ctx, intent.code, status)));
}

/**
 * The booking's end, when it has one: a code booked outside the bot was just looked up; one of ours is
 * asked only once its own pay-before time has passed (the provider decides: its clock, not ours). No
 * answer is left to confirmIssue.
 */
async function endedStatus(ctx: BotContext, found: Extract<Lookup, { kind: "own" | "outside" }>): Promise<BookingStatus | undefined> {
  const ended = (s: BookingStatus | undefined) => (s === "expired" || s === "cancel" ? s : undefined);
  if (found.kind === "outside") return ended(found.status);
  if (Date.parse(found.record.booking.timelimit) > ctx.deps.now().getTime()) return undefined;
  const answer = await found.source.status(found.record.booking.code).catch((e: unknown) => {
    if (isProviderError(e)) return undefined;
    throw e;
  });
  return ended(answer?.status);
}

