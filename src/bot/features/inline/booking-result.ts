import type { InlineQueryResultArticle } from "grammy/types";
import { isPayable, type BookingStatus } from "../../../domain/booking.js";
import type { BookingRecord } from "../../../store/booking-store.js";
import { bookingToShare } from "../../../services/booking-share.js";
import type { BotContext } from "../../context.js";
import { groupStanding } from "../../actor.js";
import { clipLines, escapeHtml } from "../../../presenters/html.js";
import { cutWithEllipsis } from "../../../presenters/cut-text.js";
import { statusTextCut } from "../../../domain/provider-status-text.js";
import { deadline, departure, localeOf } from "../../../presenters/format.js";
import { helpArticle } from "./help-result.js";

type T = (key: string, vars?: Record<string, string | number>) => string;

function statusText(t: T, s: BookingStatus): string {
  return typeof s === "string" ? t(`status-${s}`) : statusTextCut(s.unknown);
}

/** Names and provider text cut before escaping (a cut after it could split an entity): a card line stays short. */
const MAX_VALUE = 100;
const raw = (text: string) => escapeHtml(cutWithEllipsis(text, MAX_VALUE));

/**
 * What the customer may see: no fares at all (agents' net figures stay in the chat's /status). `heldUntil`:
 * an issue of it may still be paying, so the pay-before time alone doesn't ask for money; said the
 * customer's way (the payment is being confirmed), not the agent's ("I won't pay for it again until …").
 */
export function customerStatusCard(t: T, locale: string, timeZone: string, record: BookingRecord, status: BookingStatus, heldUntil?: string): string {
  const b = record.booking;
  const lines = [
    t("inline-booking-card", {
      code: raw(b.code), status: raw(statusText(t, status)), airline: raw(b.airlineName), flight: raw(b.flightCode),
      from: raw(b.from), to: raw(b.to), departs: escapeHtml(departure(b.departsAt, b.from, locale, timeZone)),
    }),
  ];
  if (b.pnr && b.pnr !== b.code) lines.push(t("inline-booking-pnr", { pnr: raw(b.pnr) }));
  // A static message can't count down, so the deadline is shown without "in 2 h".
  if (isPayable(status)) lines.push(t("inline-booking-pay-before", { at: escapeHtml(deadline(b.timelimit, locale, timeZone)) }));
  if (isPayable(status) && heldUntil !== undefined) lines.push(t("inline-booking-payment-checking"));
  lines.push(t("status-passengers"));
  b.passengers.forEach((p, i) => lines.push(`${i + 1}. ${raw(p.title)} ${raw(p.fullName)}`));
  return clipLines(lines);
}

/** One article: the booking's customer card, or "not found" (also when it exists but isn't theirs, so codes can't be probed). */
export async function bookingArticle(ctx: BotContext, code: string, userId: number): Promise<{ article: InlineQueryResultArticle; found: boolean }> {
  const t = ctx.t.bind(ctx);
  const { deps } = ctx;
  const shared = await bookingToShare(deps, userId, code, {
    knownIn: () => deps.seenMembers.groupsOf(userId),
    inGroup: async (chatId) => (await groupStanding(ctx.api, chatId, userId)) !== "outside",
  });
  if (!shared) {
    return { found: false, article: helpArticle(ctx, t("inline-booking-not-found-title", { code }), t("inline-booking-not-found-description")) };
  }
  const { record, status } = shared;
  if (shared.stale) ctx.log.warn({ code: shared.stale.code, endpoint: shared.stale.endpoint }, "inline status fell back to the stored status");
  const locale = localeOf(ctx);
  const b = record.booking;
  const departs = departure(b.departsAt, b.from, locale, deps.settings.timeZone);
  const article: InlineQueryResultArticle = {
    type: "article",
    id: `b-${b.provider}-${b.code}`.slice(0, 64),
    title: t("inline-booking-title", { code: b.code, status: statusText(t, status) }),
    description: t("inline-booking-description", { flight: b.flightCode, from: b.from, to: b.to, departs }),
    input_message_content: { message_text: customerStatusCard(t, locale, deps.settings.timeZone, record, status, shared.heldUntil), parse_mode: "HTML" },
  };
  return { article, found: true };
}
