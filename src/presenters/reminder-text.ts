import { InlineKeyboard } from "grammy";
import type { BookingRecord } from "../store/booking-store.js";
import { escapeHtml } from "./html.js";
import { dateTime, untilParts } from "./format.js";
import { bookingActionData, stopRemindersData } from "./booking-keyboard.js";

type T = (key: string, vars?: Record<string, string | number>) => string;

/** In a group the reminder mentions the member who booked, so it reaches them. */
function mention(r: BookingRecord): string {
  return r.chatId < 0 ? `<a href="tg://user?id=${r.bookedBy.id}">${escapeHtml(r.bookedBy.name)}</a> ` : "";
}

export function reminderMessage(t: T, locale: string, timeZone: string, r: BookingRecord, now: Date, late: boolean) {
  const b = r.booking;
  const left = untilParts(b.timelimit, now);
  const text = [
    `${mention(r)}${t("reminder-title", { code: escapeHtml(b.code), from: escapeHtml(b.from), to: escapeHtml(b.to) })}`,
    t("reminder-deadline", { at: escapeHtml(dateTime(b.timelimit, locale, timeZone)), hours: left.hours, minutes: left.minutes }),
    late ? t("reminder-late") : "",
  ].filter(Boolean).join("\n");
  const keyboard = new InlineKeyboard()
    .text(t("button-issue"), bookingActionData("i", b.provider, b.code))
    .text(t("button-status"), bookingActionData("s", b.provider, b.code))
    .row()
    .text(t("button-stop-reminders"), stopRemindersData(b.provider, b.code));
  return { text, keyboard };
}

export function expiryMessage(t: T, r: BookingRecord): string {
  return `${mention(r)}${t("reminder-expired", { code: escapeHtml(r.booking.code), from: escapeHtml(r.booking.from), to: escapeHtml(r.booking.to) })}`;
}
