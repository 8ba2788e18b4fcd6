import { InlineKeyboard } from "grammy";
import type { BookingRecord } from "../../../store/booking-store.js";
import { bookingActionData } from "../../../presenters/booking-keyboard.js";
import { payableBookings, recentBookings } from "../../../services/chat-bookings.js";
import type { BotContext } from "../../context.js";
import { actorOf } from "../../actor.js";
import { askForCode } from "./booking-code.js";

/** How many bookings a command without a code offers (three rows of two). */
const OFFERED = 6;

const ACTION_OF = { issue: "i", status: "s" } as const;

/**
 * `/issued` or `/cek` without a code: the bookings it likely means as buttons, as `/etiket` offers its own
 * (ticket.ts); the code typed next is taken too. A button carries only the provider and code: its tap goes
 * through the same use case as the command with that code (b:i → askToIssue, b:s → replyStatus), so a tap
 * forged in another chat answers as an unknown code. None to offer: how to type the code, as before.
 */
async function offer(ctx: BotContext, command: "issue" | "status", records: BookingRecord[], usageKey: string, whichKey: string): Promise<void> {
  if (records.length === 0) return askForCode(ctx, command, usageKey);
  await ctx.deps.awaitedCodes.expect(ctx.chat!.id, ctx.from!.id, command);
  const kb = new InlineKeyboard();
  records.forEach((r, i) => {
    const b = r.booking;
    kb.text(`${b.code} · ${b.from}→${b.to}`, bookingActionData(ACTION_OF[command], b.provider, b.code));
    if (i % 2 === 1) kb.row();
  });
  const group = ctx.chat!.type === "group" || ctx.chat!.type === "supergroup";
  // In a group it replies to the member's command: several members' requests stay apart.
  const anchor = group && ctx.message ? { reply_parameters: { message_id: ctx.message.message_id, allow_sending_without_reply: true } } : {};
  await ctx.reply(ctx.t(whichKey), { parse_mode: "HTML", reply_markup: kb, ...anchor });
}

/** `/issued` without a code: this chat's bookings still to be paid, newest first (services/chat-bookings.ts). */
export async function offerPayable(ctx: BotContext): Promise<void> {
  const records = ctx.chat && ctx.from ? await payableBookings(ctx.deps, actorOf(ctx), ctx.deps.now(), OFFERED) : [];
  return offer(ctx, "issue", records, "issue-usage", "issue-which-booking");
}

/** `/cek` without a code: this chat's newest bookings, as its booking list reads them. */
export async function offerRecent(ctx: BotContext): Promise<void> {
  const { newest } = ctx.chat && ctx.from ? await recentBookings(ctx.deps, actorOf(ctx), ctx.deps.now(), OFFERED) : { newest: [] };
  return offer(ctx, "status", newest, "status-usage", "status-which-booking");
}
