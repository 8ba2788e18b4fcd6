import { InlineKeyboard } from "grammy";
import { LeanComposer } from "../../lean-composer.js";
import type { BotContext } from "../../context.js";
import { escapeHtml } from "../../../presenters/html.js";
import { departure, localeOf } from "../../../presenters/format.js";
import { statusLabel } from "../../../presenters/booking-card.js";
import { bookingActionData } from "../../../presenters/booking-keyboard.js";
import { chatBookingsPage } from "../../../services/chat-bookings.js";
import type { AccessDenied } from "../../../services/access-policy.js";
import { actorOf } from "../../actor.js";
import { answeringTyped, refuseNotFound } from "./status.js";

const PAGE = 10;
/** Bookings live 90 days; a busy group may have hundreds, reached page by page. */
const MAX_PAGE = 999;

export const bookingsFeature = new LeanComposer<BotContext>();

/**
 * One page of this chat's bookings, newest first, each with a button to its status; undefined when empty
 * (or asked by someone outside the group); `denied` when none may be read here any more.
 */
async function bookingsPage(ctx: BotContext, wanted: number): Promise<{ text: string; keyboard: InlineKeyboard } | { denied: AccessDenied } | undefined> {
  const found = ctx.chat && ctx.from ? await chatBookingsPage(ctx.deps, actorOf(ctx), wanted, PAGE) : undefined;
  if (!found) return undefined;
  if (found.denied) return { denied: found.denied };
  const { records, total, page, pages } = found;
  const t = ctx.t.bind(ctx);
  const lines = [ctx.t("bookings-title", { count: total })];
  const keyboard = new InlineKeyboard();
  records.forEach((r, i) => {
    const b = r.booking;
    lines.push(ctx.t("bookings-line", {
      n: page * PAGE + i + 1, code: escapeHtml(b.code), from: escapeHtml(b.from), to: escapeHtml(b.to), departs: escapeHtml(departure(b.departsAt, b.from, localeOf(ctx), ctx.deps.settings.timeZone)),
      // A booking whose last step got no clear answer carries its mark (Booking.unconfirmed), issued ones excepted.
      status: b.unconfirmed && b.status !== "issued" ? `${statusLabel(t, b.status)} · ${t("booking-unconfirmed-mark")}` : statusLabel(t, b.status), by: escapeHtml(r.bookedBy.name),
    }));
    keyboard.text(b.code, bookingActionData("s", b.provider, b.code));
    if (i % 3 === 2) keyboard.row();
  });
  if (pages > 1) {
    keyboard.row()
      .text(page > 0 ? "◀" : " ", page > 0 ? `bk:p:${page - 1}` : "c:noop")
      .text(`${Math.min(page + 1, pages)}/${pages}`, "c:noop")
      .text(page < pages - 1 ? "▶" : " ", page < pages - 1 ? `bk:p:${page + 1}` : "c:noop");
  }
  return { text: lines.join("\n"), keyboard };
}

bookingsFeature.command(["bookings", "pesanan"], async (ctx) => {
  const shown = await bookingsPage(ctx, 0);
  // In a group the list replies to the member's /bookings: in a busy chat she reads it as hers.
  if (!shown) return void (await ctx.reply(ctx.t("bookings-empty"), { parse_mode: "HTML", ...answeringTyped(ctx) }));
  // The operator revoked the group: its bookings on that account are refused as /cek refuses one of them.
  if ("denied" in shown) return refuseNotFound(ctx, { kind: "denied", reason: shown.denied });
  await ctx.reply(shown.text, { parse_mode: "HTML", reply_markup: shown.keyboard, ...answeringTyped(ctx) });
});

/**
 * Older pages, in the same message; the list is this chat's, so a button only ever reads its own chat.
 * Only a bookings list turns the page: forged data on another message (a confirmation…) changes nothing.
 */
bookingsFeature.callbackQuery(/^bk:p:(\d{1,3})$/, async (ctx) => {
  const page = Math.min(Number(ctx.match[1]), MAX_PAGE);
  const onList = ctx.callbackQuery.message?.reply_markup?.inline_keyboard.flat().some((b) => "callback_data" in b && b.callback_data.startsWith("bk:p:"));
  const shown = onList ? await bookingsPage(ctx, page) : undefined;
  // Not a list, someone outside the group paging it, or a list no longer readable: a button that no longer works.
  if (!shown || "denied" in shown) return void (await ctx.answerCallbackQuery({ text: ctx.t("button-stale") }));
  await ctx.answerCallbackQuery();
  await ctx.editMessageText(shown.text, { parse_mode: "HTML", reply_markup: shown.keyboard }).catch((e: unknown) => {
    if (!String((e as Error).message).includes("message is not modified")) throw e;
  });
});
