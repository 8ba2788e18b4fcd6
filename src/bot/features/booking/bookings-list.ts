import { InlineKeyboard } from "grammy";
import { LeanComposer } from "../../lean-composer.js";
import type { BotContext } from "../../context.js";
import { escapeHtml } from "../../../presenters/html.js";
import { dateTime, localeOf } from "../../../presenters/format.js";
import { statusLabel } from "../../../presenters/booking-card.js";
import { bookingActionData } from "../../../presenters/booking-keyboard.js";

const LIMIT = 10;

export const bookingsFeature = new LeanComposer<BotContext>();

/** This chat's bookings, newest first, each with a button to its status. */
bookingsFeature.command(["bookings", "pesanan"], async (ctx) => {
  const { records, total } = await ctx.deps.bookings.listForChat(ctx.chat.id, LIMIT);
  if (records.length === 0) return void (await ctx.reply(ctx.t("bookings-empty"), { parse_mode: "HTML" }));
  const t = ctx.t.bind(ctx);
  const lines = [ctx.t("bookings-title", { count: total })];
  const kb = new InlineKeyboard();
  records.forEach((r, i) => {
    const b = r.booking;
    lines.push(ctx.t("bookings-line", {
      n: i + 1, code: escapeHtml(b.code), from: escapeHtml(b.from), to: escapeHtml(b.to), departs: escapeHtml(dateTime(b.departsAt, localeOf(ctx), ctx.deps.settings.timeZone)),
      status: statusLabel(t, b.status), by: escapeHtml(r.bookedBy.name),
    }));
    kb.text(b.code, bookingActionData("s", b.provider, b.code));
    if (i % 3 === 2) kb.row();
  });
  if (total > records.length) lines.push(ctx.t("bookings-more", { more: total - records.length }));
  await ctx.reply(lines.join("\n"), { parse_mode: "HTML", reply_markup: kb });
});
