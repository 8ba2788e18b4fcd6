import { LeanComposer } from "../../lean-composer.js";
import { throttle } from "../../middlewares/throttle.js";
import { isPayable, tooLateToIssue } from "../../../domain/booking.js";
import type { ProviderId } from "../../../domain/flight.js";
import { bookingStatus } from "../../../services/booking-status.js";
import { issueHoldUntil } from "../../../services/issue-booking.js";
import { statusCard, statusLabel } from "../../../presenters/booking-card.js";
import { bookingKeyboard, parseBookingAction } from "../../../presenters/booking-keyboard.js";
import { deadline, localeOf } from "../../../presenters/format.js";
import { escapeHtml } from "../../../presenters/html.js";
import type { BotContext } from "../../context.js";
import { actorOf } from "../../actor.js";
import { askForCode, parseBookingCode } from "./booking-code.js";
import { replyNotFound } from "./access-replies.js";
import { ticketFor } from "./ticket.js";

/** Live status from the provider, with the saved details of this chat's own bookings only. */
export async function replyStatus(ctx: BotContext, code: string, provider?: ProviderId): Promise<void> {
  const { deps } = ctx;
  const o = await bookingStatus(deps, actorOf(ctx), code, provider, { deps, locale: localeOf(ctx) });
  const t = ctx.t.bind(ctx);
  if (o.kind === "outside") {
    const heldUntil = isPayable(o.status) ? await issueHoldUntil(deps, o.provider, code) : undefined;
    const hold = heldUntil ? `\n${ctx.t("status-issue-hold", { until: escapeHtml(deadline(heldUntil, localeOf(ctx), deps.settings.timeZone)) })}` : "";
    return void (await ctx.reply(`${ctx.t("status-bare", { code, status: statusLabel(t, o.status) })}${hold}`, { parse_mode: "HTML" }));
  }
  if (o.kind !== "own") return replyNotFound(ctx, o);
  const { status, record } = o;
  const late = tooLateToIssue(record.booking, deps.now());
  // An issue in doubt holds the code: the card says so, and offers no Issue that would only be refused.
  const heldUntil = isPayable(status) ? await issueHoldUntil(deps, record.booking.provider, code) : undefined;
  const actions = status === "issued" ? (["t"] as const) : isPayable(status) ? (late || heldUntil ? (["s"] as const) : (["i", "s"] as const)) : ([] as const);
  const card = statusCard(t, localeOf(ctx), deps.settings.timeZone, record.booking, status, deps.now(), record, heldUntil);
  // Issued while our records had no issue of it (a payment whose process died, or paid elsewhere): the
  // e-ticket is sent as after any issue, so the agent needn't know to ask for it.
  await ctx.reply(o.recovered ? `${card}\n\n${ctx.t("issue-recovered", { code })}` : card, {
    parse_mode: "HTML",
    reply_markup: actions.length ? bookingKeyboard(t, record.booking.provider, code, actions) : undefined,
  });
  if (o.recovered && !o.recovered.ticketScheduled) await ticketFor(ctx, code, record.booking.provider);
}

export const statusFeature = new LeanComposer<BotContext>();

statusFeature.command(["status", "cek"], throttle("lookup"), async (ctx) => {
  const code = parseBookingCode(ctx.match);
  if (!code) return askForCode(ctx, "status", "status-usage");
  await ctx.replyWithChatAction("typing");
  await replyStatus(ctx, code);
});

statusFeature.callbackQuery(/^b:s:/, throttle("lookup"), async (ctx) => {
  const parsed = parseBookingAction(ctx.callbackQuery.data);
  await ctx.answerCallbackQuery();
  if (parsed) await replyStatus(ctx, parsed.code, parsed.provider);
});
