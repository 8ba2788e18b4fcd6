import { InlineKeyboard } from "grammy";
import type { Booking } from "../../../domain/booking.js";
import type { BookingRecord } from "../../../store/booking-store.js";
import { issueHoldLine } from "../../../presenters/booking-card.js";
import { localeOf } from "../../../presenters/format.js";
import { escapeHtml } from "../../../presenters/html.js";
import { bookingActionData } from "../../../presenters/booking-keyboard.js";
import { payableBookings, recentBookings } from "../../../services/chat-bookings.js";
import type { BotContext } from "../../context.js";
import { actorOf } from "../../actor.js";
import { askForCode } from "./booking-code.js";
import { notAllowedText } from "./access-replies.js";
import { refuse } from "./status.js";

/** How many bookings a command without a code offers (three rows of two). */
const OFFERED = 6;

const ACTION_OF = { issue: "i", status: "s" } as const;

/**
 * `/issued` or `/cek` without a code: the bookings it likely means as buttons, as `/etiket` offers its own
 * (ticket.ts); the code typed next is taken too. A button carries only the provider and code: its tap goes
 * through the same use case as the command with that code (b:i → askToIssue, b:s → replyStatus), so a tap
 * forged in another chat answers as an unknown code. None to offer: how to type the code, as before.
 */
async function offer(ctx: BotContext, command: "issue" | "status", records: BookingRecord[], usageKey: string, which: string): Promise<void> {
  if (records.length === 0) return askForCode(ctx, command, usageKey);
  await ctx.deps.awaitedCodes.expect(ctx.chat!.id, ctx.from!.id, command);
  await ctx.reply(which, { parse_mode: "HTML", reply_markup: codeButtons(records.map((r) => r.booking), command), ...answering(ctx) });
}

/** One button per booking, two a row: its tap goes through the command's use case with that code. */
function codeButtons(bookings: Booking[], command: "issue" | "status"): InlineKeyboard {
  const kb = new InlineKeyboard();
  bookings.forEach((b, i) => {
    kb.text(`${b.code} · ${b.from}→${b.to}`, bookingActionData(ACTION_OF[command], b.provider, b.code));
    if (i % 2 === 1) kb.row();
  });
  return kb;
}

/** In a group it replies to the member's command: several members' requests stay apart. */
function answering(ctx: BotContext) {
  const group = ctx.chat!.type === "group" || ctx.chat!.type === "supergroup";
  return group && ctx.message ? { reply_parameters: { message_id: ctx.message.message_id, allow_sending_without_reply: true } } : {};
}

/**
 * `/issued` without a code (and "issued dong" meaning none in particular, with `heading` its own question):
 * this chat's bookings still to be paid, newest first (services/chat-bookings.ts). One an issue of which got
 * no clear answer is no button to pay: it is said to be checked, as /status says it, with its Status button.
 */
export async function offerPayable(ctx: BotContext, heading?: string): Promise<void> {
  const { payable, held, refused } = ctx.chat && ctx.from ? await payableBookings(ctx.deps, actorOf(ctx), OFFERED) : { payable: [], held: [] };
  // Someone who may pay none of them hears so now, in words, not after tapping a code.
  if (refused) return refuse(ctx, await notAllowedText(ctx, refused));
  if (held.length === 0) return offer(ctx, "issue", payable, "issue-usage", heading ?? ctx.t("issue-which-booking"));
  await ctx.deps.awaitedCodes.expect(ctx.chat!.id, ctx.from!.id, "issue");
  const kb = codeButtons(payable.map((r) => r.booking), "issue");
  if (payable.length % 2 === 1) kb.row();
  held.forEach(({ record: { booking: b } }, i) => {
    kb.text(ctx.t("digest-status-button", { code: b.code }), bookingActionData("s", b.provider, b.code));
    if (i % 2 === 1) kb.row();
  });
  const { timeZone } = ctx.deps.settings;
  const lines = held.map(({ record: { booking: b }, until }) => `${ctx.t("issue-offer-held", { code: escapeHtml(b.code), from: escapeHtml(b.from), to: escapeHtml(b.to) })}\n${issueHoldLine(ctx.t.bind(ctx), localeOf(ctx), timeZone, b.timelimit, until)}`);
  const lead = payable.length > 0 ? heading ?? ctx.t("issue-which-booking") : ctx.t("issue-usage");
  await ctx.reply([lead, ...lines].join("\n\n"), { parse_mode: "HTML", reply_markup: kb, ...answering(ctx) });
}

/** `/cek` without a code: this chat's newest bookings, as its booking list reads them. */
export async function offerRecent(ctx: BotContext): Promise<void> {
  const { newest } = ctx.chat && ctx.from ? await recentBookings(ctx.deps, actorOf(ctx), ctx.deps.now(), OFFERED) : { newest: [] };
  return offer(ctx, "status", newest, "status-usage", ctx.t("status-which-booking"));
}
