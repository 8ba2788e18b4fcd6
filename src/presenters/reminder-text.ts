import { InlineKeyboard } from "grammy";
import type { ProviderId } from "../domain/flight.js";
import type { BookingRecord } from "../store/booking-store.js";
import { escapeHtml } from "./html.js";
import { deadline, untilParts } from "./format.js";
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
    t("reminder-deadline", { at: escapeHtml(deadline(b.timelimit, locale, timeZone)), days: left.days, hours: left.hours, minutes: left.minutes }),
    late ? t("reminder-late") : "",
  ].filter(Boolean).join("\n");
  return { text, keyboard: reminderKeyboard(t, b.provider, b.code) };
}

/** Issue now · Status, and Stop reminders while they run (a stopped reminder keeps the first two). */
export function reminderKeyboard(t: T, provider: ProviderId, code: string, running = true): InlineKeyboard {
  const keyboard = new InlineKeyboard()
    .text(t("button-issue"), bookingActionData("i", provider, code))
    .text(t("button-status"), bookingActionData("s", provider, code));
  if (running) keyboard.row().text(t("button-stop-reminders"), stopRemindersData(provider, code));
  return keyboard;
}

export function expiryMessage(t: T, r: BookingRecord): string {
  return `${mention(r)}${t("reminder-expired", { code: escapeHtml(r.booking.code), from: escapeHtml(r.booking.from), to: escapeHtml(r.booking.to) })}`;
}
