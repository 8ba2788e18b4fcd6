import { InlineKeyboard } from "grammy";
import { LeanComposer } from "../../lean-composer.js";
import { throttle } from "../../middlewares/throttle.js";
import type { FlightProvider } from "../../../domain/flight-provider.js";
import type { ProviderId } from "../../../domain/flight.js";
import { deliverTicket, requestTicket } from "../../../services/ticket-delivery.js";
import { noteTicketSent } from "../../../services/issue-recovery.js";
import type { BookingRecord } from "../../../store/booking-store.js";
import { telegramDocuments } from "../../../telegram/document-sender.js";
import { statusLabel, ticketCaption } from "../../../presenters/booking-card.js";
import { escapeHtml } from "../../../presenters/html.js";
import { localeOf, maskedEmail, providerName } from "../../../presenters/format.js";
import { bookingActionData, parseBookingAction } from "../../../presenters/booking-keyboard.js";
import { recentBookings } from "../../../services/chat-bookings.js";
import type { BotContext } from "../../context.js";
import { actorOf } from "../../actor.js";
import { providerErrorText } from "../provider-error-text.js";
import { askForCode, commandCode } from "./booking-code.js";
// status.ts imports ticketFor too: the cycle is safe, as neither module uses the other's exports while loading.
import { holdTap, refuse, releaseTap } from "./status.js";
import { refuseOrPointToGroup } from "./group-booking-hint.js";

/** Sends the PDF of a booking the use case already resolved, or says why it can't. */
export async function replyTicket(ctx: BotContext, source: FlightProvider, code: string, record?: BookingRecord): Promise<void> {
  const caption = record ? ticketCaption(ctx.t.bind(ctx), localeOf(ctx), ctx.deps.settings.timeZone, record.booking) : ctx.t("ticket-caption-bare", { code });
  await ctx.replyWithChatAction("upload_document");
  const sent = await deliverTicket(ctx.deps, telegramDocuments(ctx.api), ctx.chat!.id, source, code, caption);
  // Not issued yet is not "try later": it says what to do (for a tap in a group, the tapper's toast, nothing posted).
  if (sent.kind === "failed" && sent.code === "ticket_not_ready") return refuse(ctx, ctx.t("ticket-not-issued", { code }), ctx.t("ticket-not-issued-toast", { code }));
  await releaseTap(ctx);
  // A ticket sent is an issue: one our records never saw (its process died during the call) is noted, so /cek won't send it again.
  if (sent.kind === "sent" && record) await noteTicketSent(ctx.deps, record);
  if (sent.kind === "emailed") {
    // The customer's address whole only in a private chat: a group sees it masked, as on the summary.
    const email = sent.email === undefined ? "-" : ctx.chat?.type === "private" ? sent.email : maskedEmail(sent.email);
    await ctx.reply(ctx.t("ticket-emailed", { email: escapeHtml(email) }), { parse_mode: "HTML" });
  }
  if (sent.kind === "never") await ctx.reply(ctx.t("ticket-never", { code, status: statusLabel(ctx.t.bind(ctx), sent.status) }), { parse_mode: "HTML" });
  if (sent.kind === "ticketing") await ctx.reply(ctx.t("ticket-ticketing", { code }), { parse_mode: "HTML" });
  if (sent.kind === "unsure") await ctx.reply(ctx.t("ticket-unsure", { code, provider: providerName(source.id) }), { parse_mode: "HTML" });
  if (sent.kind === "failed") {
    const text = sent.code === "booking_not_found" ? ctx.t("ticket-failed", { code }) : providerErrorText(ctx, sent, { provider: source.id });
    await ctx.reply(text, { parse_mode: "HTML" });
  }
}

/** A refusal (unknown code, no account here, a failed lookup) is a held group tap's toast, else a reply (status.ts `refuse`). */
export async function ticketFor(ctx: BotContext, code: string, provider?: ProviderId): Promise<void> {
  const r = await requestTicket(ctx.deps, actorOf(ctx), code, provider);
  if (r.kind !== "ready") return refuseOrPointToGroup(ctx, code, "ticket", r);
  // The tap stays held until the provider says whether there is a ticket (replyTicket answers it).
  await replyTicket(ctx, r.source, code, r.record);
}

export const ticketFeature = new LeanComposer<BotContext>();

/** How many of the chat's bookings `/etiket` without a code offers, and how far back it looks for issued ones. */
const OFFERED = 6;
const SCANNED = 20;

const isIssued = (r: BookingRecord) => r.booking.status === "issued" || r.issuedAt !== undefined;

/**
 * `/etiket` without a code: the chat's bookings as buttons, as typed words without a code get them
 * ("kirim etiket nya"), the issued ones (those with an e-ticket) first, newest first within each; the code
 * typed next is taken too. No bookings here (or someone outside the group): how to type the code.
 */
async function offerTickets(ctx: BotContext): Promise<void> {
  const { newest } = ctx.chat && ctx.from ? await recentBookings(ctx.deps, actorOf(ctx), ctx.deps.now(), SCANNED) : { newest: [] };
  if (newest.length === 0) return askForCode(ctx, "ticket", "ticket-usage");
  await ctx.deps.awaitedCodes.expect(ctx.chat!.id, ctx.from!.id, "ticket");
  const offered = [...newest.filter(isIssued), ...newest.filter((r) => !isIssued(r))].slice(0, OFFERED);
  const kb = new InlineKeyboard();
  offered.forEach((r, i) => {
    const b = r.booking;
    kb.text(`${isIssued(r) ? "🎫 " : ""}${b.code} · ${b.from}→${b.to}`, bookingActionData("t", b.provider, b.code));
    if (i % 2 === 1) kb.row();
  });
  const group = ctx.chat!.type === "group" || ctx.chat!.type === "supergroup";
  // In a group it replies to the member's command: several members' requests stay apart.
  const anchor = group && ctx.message ? { reply_parameters: { message_id: ctx.message.message_id, allow_sending_without_reply: true } } : {};
  await ctx.reply(ctx.t("ticket-which-booking", { issued: offered.some(isIssued) ? "yes" : "no" }), { parse_mode: "HTML", reply_markup: kb, ...anchor });
}

// The card's button reads "📄 E-ticket": what it says, typed, is the command too.
ticketFeature.command(["ticket", "etiket", "eticket", "e_ticket"], throttle("lookup"), async (ctx) => {
  const code = await commandCode(ctx, "ticket", "ticket-usage", () => offerTickets(ctx));
  if (code) await ticketFor(ctx, code);
});

ticketFeature.callbackQuery(/^b:t:/, throttle("lookup"), async (ctx) => {
  const parsed = parseBookingAction(ctx.callbackQuery.data);
  // In a group the tap is answered once its outcome is known: a refusal is the tapper's toast (status.ts).
  if (!holdTap(ctx)) await ctx.answerCallbackQuery();
  if (parsed) await ticketFor(ctx, parsed.code, parsed.provider);
  await releaseTap(ctx);
});
